import { foldText } from '../text/fold.js';
import { flattenSections } from '../tree/flatten.js';
import type { Declaration, Section, SectionInfo } from '../types.js';
import { bigrams } from './grams.js';

/**
 * One declaration prepared for alignment: clause texts and sections, and their folded texts and
 * fingerprints on demand. Arrays rather than an object per clause: everything built here lives
 * to the end of the alignment, and the garbage collector copies each object it finds alive.
 */
export interface Side {
  /** Clause texts in reading order. */
  texts: string[];
  /** Index in `sections` of each clause's innermost section (0: the preamble). */
  sectionOf: Int32Array;
  /** Number of clauses. */
  size: number;
  /** Sections in reading order, the preamble first. */
  sections: SectionInfo[];
  /** `foldText` of clause `i`, computed on first request and cached. */
  fold(i: number): string;
  /** Fold the listed clauses; returns the cache, indexed by clause (undefined where not folded yet). */
  foldAll(indices: readonly number[]): ReadonlyArray<string | undefined>;
  /** Bigram fingerprint of clause `i`'s folded text, built on first request and cached. */
  grams(i: number): Uint32Array;
}

/**
 * Flatten a declaration. Folding is the costly part, so it is done lazily: clauses whose raw text
 * already matched exactly are never folded. (A cache shared by both sides found 45 texts in
 * 5,300 on the 10,000-clause benchmark: equal raw texts have paired before anything is folded.)
 */
export function prepareSide(declaration: Declaration): Side {
  const { texts, sectionOf } = flattenTexts(declaration);
  const folded: (string | undefined)[] = new Array<string | undefined>(texts.length);
  const grams: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(texts.length);
  const fold = (i: number): string => (folded[i] ??= foldText(texts[i]!));
  return {
    texts,
    sectionOf,
    size: texts.length,
    sections: flattenSections(declaration),
    fold,
    foldAll: (indices) => {
      // Its own small loop: optimised early, where a caller's loop would inline the whole fold.
      for (let n = 0; n < indices.length; n++) fold(indices[n]!);
      return folded;
    },
    grams: (i) => (grams[i] ??= bigrams(fold(i))),
  };
}

/** Clause texts in reading order and the index of each one's section, in `flattenSections` order. */
function flattenTexts(declaration: Declaration): { texts: string[]; sectionOf: Int32Array } {
  const texts: string[] = [...declaration.preamble];
  const sections: number[] = [];
  let sectionIndex = 0;
  const walk = (list: readonly Section[]): void => {
    for (const section of list) {
      sectionIndex += 1;
      const clauses = section.clauses;
      // Indexed: unoptimised, `for…of` would allocate a result per clause.
      for (let k = 0; k < clauses.length; k++) {
        texts.push(clauses[k]!);
        sections.push(sectionIndex);
      }
      walk(section.children);
    }
  };
  walk(declaration.sections);
  const sectionOf = new Int32Array(texts.length);
  sectionOf.set(sections, declaration.preamble.length);
  return { texts, sectionOf };
}
