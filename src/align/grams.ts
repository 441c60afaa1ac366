/**
 * Character-bigram fingerprints of folded clause texts and the set measures built on them.
 * A fingerprint is a sorted array of distinct 32-bit codes (two UTF-16 units per code).
 */

/** Sorted distinct character bigrams of a folded text (a one-character text gives its one unigram). */
export function bigrams(text: string): Uint32Array {
  const n = text.length;
  if (n === 0) return new Uint32Array(0);
  if (n === 1) return Uint32Array.of(text.charCodeAt(0));
  const codes = new Uint32Array(n - 1);
  for (let i = 0; i < n - 1; i++) codes[i] = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  codes.sort();
  let size = 1;
  for (let i = 1; i < codes.length; i++) {
    if (codes[i] !== codes[size - 1]) codes[size++] = codes[i]!;
  }
  return codes.subarray(0, size);
}

/** The character bigrams of a text in reading order, repeats kept (a one-character text gives its one unigram). */
export function bigramSequence(text: string): Uint32Array {
  const n = text.length;
  if (n < 2) return n === 0 ? new Uint32Array(0) : Uint32Array.of(text.charCodeAt(0));
  const codes = new Uint32Array(n - 1);
  for (let i = 0; i < n - 1; i++) codes[i] = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  return codes;
}

/** Number of codes two fingerprints share (a linear merge). */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Dice coefficient of two fingerprints in [0, 1]; two empty texts are identical (1). */
export function dice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * overlap(a, b)) / total;
}

/** Share of `part`'s codes found in `whole`, in [0, 1]; an empty part is contained (1). */
export function containment(part: Uint32Array, whole: Uint32Array): number {
  return part.length === 0 ? 1 : overlap(part, whole) / part.length;
}
