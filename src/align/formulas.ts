import type { Side } from './side.js';

/** Characters of a clause's raw beginning or end that group clauses for the count. */
const KEY = 6;

/**
 * Counts, over the clauses of both sides, how many begin (or end) with a given run of units:
 * a run that a verbatim-run pair shares with other clauses too is a formula of the documents
 * ("成员国注意到…关于建立…", a stock phrase), not the text one clause kept through a rewording.
 * Clauses are grouped by a few characters of their raw text, built on first use; in Chinese the
 * group's raw texts are compared (folding every clause would cost more than the count is worth),
 * in alphabetic scripts their words.
 */
export class RunCounter {
  /** Clauses of both sides by key (`group`), built on first use. */
  private heads: Groups | undefined;
  private tails: Groups | undefined;

  constructor(
    private readonly sideA: Side,
    private readonly sideB: Side,
  ) {}

  /**
   * How many clauses of both sides begin (`run` > 0) or end (`run` < 0) with the same |run| units
   * as A clause `a`, counting up to `enough` (the answer is at most `enough`).
   */
  count(a: number, run: number, enough = Infinity): number {
    const atEnd = run < 0;
    const length = Math.abs(run);
    const groups = atEnd ? (this.tails ??= this.group(true)) : (this.heads ??= this.group(false));
    const text = this.sideA.texts[a]!;
    const key = keyOf(text, atEnd);
    const sizeA = this.sideA.size;
    const { keys, next } = groups;
    const words = this.sideA.tokens === 'words';
    const units = words ? this.sideA.units(a) : undefined;
    // A run of n bigrams spans n + 1 characters.
    const raw = words ? '' : atEnd ? text.trimEnd().slice(-(length + 1)) : text.trimStart().slice(0, length + 1);
    let count = 0;
    // The clauses in this key's bucket, the ones with another key passed over.
    for (let position = groups.first[bucketOf(key, groups.shift)]!; position >= 0 && count < enough; position = next[position]!) {
      if (keys[position] !== key) continue;
      const side = position < sizeA ? this.sideA : this.sideB;
      const index = position < sizeA ? position : position - sizeA;
      if (units === undefined) {
        const other = side.texts[index]!;
        if (atEnd ? other.trimEnd().endsWith(raw) : other.trimStart().startsWith(raw)) count++;
        continue;
      }
      const other = side.units(index);
      if (other.length < length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = atEnd ? other[other.length - 1 - k] === units[units.length - 1 - k] : other[k] === units[k];
      if (same) count++;
    }
    return count;
  }

  /**
   * Clauses of both sides (A as their index i, B as A's size + j) by the first or last characters
   * of their raw text, in typed arrays: each bucket's first clause and each clause's next one, not
   * a list per key.
   */
  private group(atEnd: boolean): Groups {
    const sizeA = this.sideA.size;
    const sizeB = this.sideB.size;
    let buckets = 16;
    while (buckets < sizeA + sizeB) buckets *= 2;
    const groups: Groups = { keys: new Int32Array(sizeA + sizeB), next: new Int32Array(sizeA + sizeB), first: new Int32Array(buckets).fill(-1), shift: 32 - Math.log2(buckets) };
    addKeys(groups, this.sideA.texts, 0, sizeA, atEnd, 0);
    addKeys(groups, this.sideB.texts, 0, sizeB, atEnd, sizeA);
    return groups;
  }
}

/** Clauses of both sides by key: `keys[position]`; in a bucket, `first[bucket]`, then `next[position]` until −1. */
interface Groups {
  keys: Int32Array;
  next: Int32Array;
  first: Int32Array;
  /** 32 − log2(buckets). */
  shift: number;
}

/** The bucket of a key: the top bits of a multiplicative hash. */
function bucketOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** Add the keys of `texts[from]` … `texts[to - 1]` at positions `offset` + index. */
function addKeys({ keys, next, first, shift }: Groups, texts: readonly string[], from: number, to: number, atEnd: boolean, offset: number): void {
  for (let i = from; i < to; i++) {
    const key = keyOf(texts[i]!, atEnd);
    const bucket = bucketOf(key, shift);
    keys[offset + i] = key;
    next[offset + i] = first[bucket]!;
    first[bucket] = offset + i;
  }
}

/** A number made of the first (or last) `KEY` characters of a text, past any whitespace at that end. */
function keyOf(text: string, atEnd: boolean): number {
  let key = 0;
  if (atEnd) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
    for (let k = Math.max(0, end - KEY); k < end; k++) key = (Math.imul(key, 65599) + text.charCodeAt(k)) | 0;
    return key;
  }
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) <= 0x20 || text.charCodeAt(start) === 0x3000)) start++;
  for (let k = start; k < Math.min(text.length, start + KEY); k++) key = (Math.imul(key, 65599) + text.charCodeAt(k)) | 0;
  return key;
}
