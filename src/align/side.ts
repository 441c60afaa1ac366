import { foldText } from '../text/fold.js';
import { flattenClauses, flattenSections } from '../tree/flatten.js';
import type { Clause, Declaration, SectionInfo } from '../types.js';
import { bigrams } from './grams.js';

/** One declaration prepared for alignment: clauses, their folded texts, lazily built fingerprints. */
export interface Side {
  /** Clauses in reading order. */
  clauses: Clause[];
  /** `foldText` of each clause, computed once. */
  folded: string[];
  /** Sections in reading order, the preamble first. */
  sections: SectionInfo[];
  /** Bigram fingerprint of clause `i`, built on first request and cached. */
  grams(i: number): Uint32Array;
}

/**
 * Flatten a declaration and fold each clause once. Folding (OpenCC) is the costly part, so texts
 * already folded for the other side are looked up in `folds` (raw text → folded) instead.
 */
export function prepareSide(declaration: Declaration, folds: Map<string, string> = new Map()): Side {
  const clauses = flattenClauses(declaration);
  const folded = clauses.map((clause) => {
    let text = folds.get(clause.text);
    if (text === undefined) {
      text = foldText(clause.text);
      folds.set(clause.text, text);
    }
    return text;
  });
  const cache: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(clauses.length);
  return {
    clauses,
    folded,
    sections: flattenSections(declaration),
    grams: (i) => (cache[i] ??= bigrams(folded[i] ?? '')),
  };
}
