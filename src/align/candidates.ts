import type { Place } from './diagonal.js';
import { lowerBound } from './lower-bound.js';

/** Default `gapAll`: a gap between anchors of at most this many positions is searched whole. */
export const DEFAULT_GAP_ALL = 40;

/** Does the gap between the anchors around `place` hold at most `gapAll` positions? */
export function isSmallGap(place: Place, gapAll: number): boolean {
  return place.hi - place.lo - 1 <= gapAll;
}

/** Positions in a pool a packed sort key can tell apart (2²¹). */
const POSITIONS = 2 ** 21;

/** Tuning of candidate generation; every field has a default. */
export interface CandidateOptions {
  /** Pool members within this distance of the expected position are candidates. Default 6. */
  window?: number;
  /** When the gap between two anchors holds at most this many positions, all of it is searched. Default 40. */
  gapAll?: number;
  /** How many of a clause's rarest bigrams are looked up in the inverted index. Default 8. */
  rare?: number;
  /** How many index hits (by number of shared rare bigrams) become candidates. Default 8. */
  top?: number;
  /** Posting lists longer than this are too common to help and are skipped. Default 2000. */
  maxPosting?: number;
}

/**
 * Candidate generation without all pairs: an inverted index from bigram to the pool clauses that
 * contain it, queried with a clause's rarest bigrams, plus the pool clauses near the expected
 * diagonal. Cost per query is bounded by the options, so the whole pass is near-linear.
 */
export class CandidateIndex {
  /**
   * The inverted index in typed arrays: `codes` holds the distinct codes of the pool, ascending;
   * the pool clauses holding `codes[k]` are `postings[runStart[k] … runStart[k + 1]]`, ascending.
   */
  private postings: Int32Array | undefined;
  private codes: Uint32Array | undefined;
  private runStart: Int32Array | undefined;
  private readonly window: number;
  private readonly gapAll: number;
  private readonly rare: number;
  private readonly top: number;
  private readonly maxPosting: number;
  /** Hit counters by clause index, reused across queries (always reset to zero). */
  private hits: Int32Array | undefined;

  /** Index `pool` (ascending clause indices of the searched side) by their fingerprints. */
  constructor(
    private readonly pool: readonly number[],
    private readonly grams: (i: number) => Uint32Array,
    options: CandidateOptions = {},
  ) {
    this.window = options.window ?? 6;
    this.gapAll = options.gapAll ?? DEFAULT_GAP_ALL;
    this.rare = options.rare ?? 8;
    this.top = options.top ?? 8;
    this.maxPosting = options.maxPosting ?? 2000;
  }

  /**
   * Build the inverted index on first use (a pass that only looks near the diagonal never needs
   * it). One native sort of (code, pool position) pairs packed in doubles does the work: it runs
   * at full speed at once, where a hash table written in JavaScript runs interpreted at first.
   */
  private index(): Int32Array {
    if (this.postings === undefined) {
      let total = 0;
      for (const i of this.pool) total += this.grams(i).length;
      // code × 2²¹ + position stays below 2⁵³: exact in a double for pools of up to 2 million clauses.
      const keys = new Float64Array(total);
      let n = 0;
      this.pool.forEach((i, position) => {
        for (const code of this.grams(i)) keys[n++] = code * POSITIONS + position;
      });
      keys.sort();
      const postings = new Int32Array(total);
      const codes = new Uint32Array(total);
      const runStart = new Int32Array(total + 1);
      let distinct = 0;
      let previous = -1;
      for (let k = 0; k < total; k++) {
        const key = keys[k]!;
        const code = Math.floor(key / POSITIONS);
        if (code !== previous) {
          codes[distinct] = code;
          runStart[distinct++] = k;
          previous = code;
        }
        postings[k] = this.pool[key - code * POSITIONS]!;
      }
      runStart[distinct] = total;
      this.postings = postings;
      this.codes = codes.subarray(0, distinct);
      this.runStart = runStart;
    }
    return this.postings;
  }

  /** Candidate pool clauses for a clause with fingerprint `grams` expected at `place`, ascending; `useIndex` false gives only the ones near the place. */
  find(grams: Uint32Array, place: Place, useIndex = true): number[] {
    const found = new Set<number>();
    const near = isSmallGap(place, this.gapAll) ? [place.lo + 1, place.hi - 1] : [place.expected - this.window, place.expected + this.window];
    for (let k = lowerBound(this.pool, near[0]!); k < this.pool.length && this.pool[k]! <= near[1]!; k++) found.add(this.pool[k]!);
    // Above POSITIONS pool clauses the packed keys would not be exact: near candidates only.
    if (useIndex && this.pool.length <= POSITIONS) for (const i of this.indexHits(grams, place.expected)) found.add(i);
    return [...found].sort((x, y) => x - y);
  }

  private indexHits(grams: Uint32Array, expected: number): number[] {
    const postings = this.index();
    // Posting runs of the query's codes, rarest first (ties in code order), sorted as numbers `length × n + k`.
    const starts = new Float64Array(grams.length);
    const order = new Float64Array(grams.length);
    let lists = 0;
    // The query's codes are ascending too: each is looked up from where the previous one was found.
    const codes = this.codes!;
    let from = 0;
    for (let k = 0; k < grams.length; k++) {
      from = lowerBound(codes, grams[k]!, from);
      if (from === codes.length) break;
      if (codes[from] !== grams[k]) continue;
      const start = this.runStart![from]!;
      const length = this.runStart![from + 1]! - start;
      if (length > this.maxPosting) continue;
      starts[k] = start;
      order[lists++] = length * grams.length + k;
    }
    const rarest = order.subarray(0, lists).sort().subarray(0, this.rare);
    const hits = (this.hits ??= new Int32Array((this.pool[this.pool.length - 1] ?? 0) + 1));
    const touched: number[] = [];
    for (const key of rarest) {
      const k = key % grams.length;
      const start = starts[k]!;
      const end = start + Math.floor(key / grams.length);
      for (let p = start; p < end; p++) {
        const i = postings[p]!;
        if (hits[i]!++ === 0) touched.push(i);
      }
    }
    // Keep the `top` best by (hits desc, distance to the expected place asc, index asc).
    const better = (x: number, y: number) => hits[x]! > hits[y]! || (hits[x] === hits[y] && (Math.abs(x - expected) < Math.abs(y - expected) || (Math.abs(x - expected) === Math.abs(y - expected) && x < y)));
    const best: number[] = [];
    for (const i of touched) {
      if (best.length === this.top && !better(i, best[best.length - 1]!)) continue;
      let k = best.length === this.top ? best.length - 1 : best.length;
      while (k > 0 && better(i, best[k - 1]!)) {
        best[k] = best[k - 1]!;
        k--;
      }
      best[k] = i;
    }
    for (const i of touched) hits[i] = 0;
    return best;
  }
}
