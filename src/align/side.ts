import { foldText } from '../text/fold.js';
import { flattenSections } from '../tree/flatten.js';
import type { Declaration, Section, SectionInfo } from '../types.js';
import { bigramSequence, bigrams } from './grams.js';
import { distinctSorted, hashWord, wordStems } from './stems.js';

/** How clauses are fingerprinted: character bigrams of the folded text (Chinese), or stemmed words (alphabetic scripts). */
export type Tokens = 'bigrams' | 'words';

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
  /** Fingerprint of clause `i` (bigrams of its folded text, or codes of its stemmed words), built on first request and cached. */
  grams(i: number): Uint32Array;
  /** Fingerprint of the listed clauses read as one text (a split's pieces or a merge's parts). */
  joined(indices: readonly number[]): Uint32Array;
  /** Clause `i` as a sequence of codes in reading order (bigrams of its folded text, or words), for verbatim runs; built on first request and cached (not to be modified). */
  units(i: number): Uint32Array;
  /** Which fingerprints this side uses. */
  tokens: Tokens;
}

/**
 * Flatten a declaration. Folding is the costly part, so it is done lazily: clauses whose raw text
 * already matched exactly are never folded. (A cache shared by both sides found 45 texts in
 * 5,300 on the 10,000-clause benchmark: equal raw texts have paired before anything is folded.)
 */
export function prepareSide(declaration: Declaration, tokens: Tokens = 'bigrams'): Side {
  const { texts, sectionOf } = flattenTexts(declaration);
  const folded: (string | undefined)[] = new Array<string | undefined>(texts.length);
  const grams: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(texts.length);
  const units: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(texts.length);
  const fold = (i: number): string => (folded[i] ??= foldText(texts[i]!));
  const words = (i: number): Uint32Array => Uint32Array.from(wordStems(texts[i]!), hashWord);
  const fingerprint = tokens === 'words' ? (i: number) => distinctSorted(words(i)) : (i: number) => bigrams(fold(i));
  return {
    tokens,
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
    grams: (i) => (grams[i] ??= fingerprint(i)),
    joined: (indices) => {
      if (tokens === 'bigrams') return bigrams(indices.map(fold).join(''));
      const all = indices.map(words);
      const codes = new Uint32Array(all.reduce((sum, list) => sum + list.length, 0));
      let at = 0;
      for (const list of all) {
        codes.set(list, at);
        at += list.length;
      }
      return distinctSorted(codes);
    },
    units: (i) => (units[i] ??= tokens === 'words' ? words(i) : bigramSequence(fold(i))),
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
