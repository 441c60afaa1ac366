import { foldText } from '../text/fold.js';
import { flattenClauses, flattenSections } from '../tree/flatten.js';
import type { Clause, Declaration, SectionInfo } from '../types.js';
import { bigrams } from './grams.js';

/** One declaration prepared for alignment: clauses, and their folded texts and fingerprints on demand. */
export interface Side {
  /** Clauses in reading order. */
  clauses: Clause[];
  /** Number of clauses. */
  size: number;
  /** Sections in reading order, the preamble first. */
  sections: SectionInfo[];
  /** `foldText` of clause `i`, computed on first request and cached. */
  fold(i: number): string;
  /** Bigram fingerprint of clause `i`'s folded text, built on first request and cached. */
  grams(i: number): Uint32Array;
}

/**
 * Flatten a declaration. Folding (OpenCC) is the costly part, so it is done lazily: clauses whose
 * raw text already matched exactly are never folded, and a text folded for one side is looked up
 * in `folds` (raw text → folded) for the other.
 */
export function prepareSide(declaration: Declaration, folds: Map<string, string> = new Map()): Side {
  const clauses = flattenClauses(declaration);
  const folded: (string | undefined)[] = new Array<string | undefined>(clauses.length);
  const grams: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(clauses.length);
  const fold = (i: number): string => {
    let text = folded[i];
    if (text === undefined) {
      const raw = clauses[i]!.text;
      text = folds.get(raw);
      if (text === undefined) {
        text = foldText(raw);
        folds.set(raw, text);
      }
      folded[i] = text;
    }
    return text;
  };
  return {
    clauses,
    size: clauses.length,
    sections: flattenSections(declaration),
    fold,
    grams: (i) => (grams[i] ??= bigrams(fold(i))),
  };
}
