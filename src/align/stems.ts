import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as russian } from '@orama/stemmers/russian';
import { foldTypography } from '../text/fold.js';

/** A run of letters and digits: one word of a script written with spaces. */
const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The stemmed words of a clause, in order: NFKC, lower-cased, typography folded (`foldTypography`:
 * ʼ, a letter, splits a word as ' does; ё is е), split into runs of letters and digits, each
 * stemmed by the Snowball stemmer of its script (Cyrillic → Russian, else English).
 */
export function wordStems(text: string): string[] {
  const words = foldTypography(text.normalize('NFKC').toLowerCase()).match(WORD) ?? [];
  return words.map((word) => (CYRILLIC.test(word) ? russian(word) : english(word)));
}

/** 32-bit FNV-1a hash of a string's UTF-16 units. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/** Sorted distinct codes of a clause's stemmed words: its fingerprint in the word measure. */
export function wordCodes(text: string): Uint32Array {
  const stems = wordStems(text);
  const codes = new Uint32Array(stems.length);
  for (let k = 0; k < stems.length; k++) codes[k] = hashWord(stems[k]!);
  return distinctSorted(codes);
}

/** The sorted distinct values of `codes` (sorts it in place; returns a view). */
export function distinctSorted(codes: Uint32Array): Uint32Array {
  if (codes.length === 0) return codes;
  codes.sort();
  let size = 1;
  for (let k = 1; k < codes.length; k++) if (codes[k] !== codes[size - 1]) codes[size++] = codes[k]!;
  return codes.subarray(0, size);
}

/** Union of two fingerprints (sorted distinct codes). */
export function unionCodes(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return distinctSorted(out);
}
