import type { Place } from './diagonal.js';
import { CodeTable } from './code-table.js';
import { lowerBound } from './lower-bound.js';

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
   * The inverted index in one typed array: the pool clauses holding each code form a contiguous
   * run, ascending. Far fewer allocations than a Map of arrays, one per code.
   */
  private postings: Int32Array | undefined;
  /** Codes to slots; a code's run is `postings[runStart[slot] … runStart[slot] + runLength[slot]]`. */
  private table: CodeTable | undefined;
  private runStart: Int32Array | undefined;
  private runLength: Int32Array | undefined;
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
    this.gapAll = options.gapAll ?? 40;
    this.rare = options.rare ?? 8;
    this.top = options.top ?? 8;
    this.maxPosting = options.maxPosting ?? 2000;
  }

  /** Build the inverted index on first use (a pass that only looks near the diagonal never needs it): a counting sort by code. */
  private index(): Int32Array {
    if (this.postings === undefined) {
      let total = 0;
      for (const i of this.pool) total += this.grams(i).length;
      const table = new CodeTable(total);
      const runLength = new Int32Array(table.capacity);
      for (const i of this.pool) for (const code of this.grams(i)) runLength[table.slot(code)]!++;
      const runStart = new Int32Array(table.capacity);
      const next = new Int32Array(table.capacity); // write position of each run
      let offset = 0;
      for (let slot = 0; slot < table.capacity; slot++) {
        if (!table.isFilled(slot)) continue;
        runStart[slot] = offset;
        next[slot] = offset;
        offset += runLength[slot]!;
      }
      // The pool is ascending, so each run lists its clauses in ascending order.
      const postings = new Int32Array(total);
      for (const i of this.pool) for (const code of this.grams(i)) postings[next[table.find(code)]!++] = i;
      this.postings = postings;
      this.table = table;
      this.runStart = runStart;
      this.runLength = runLength;
    }
    return this.postings;
  }

  /** Candidate pool clauses for a clause with fingerprint `grams` expected at `place`, ascending; `useIndex` false gives only the ones near the place. */
  find(grams: Uint32Array, place: Place, useIndex = true): number[] {
    const found = new Set<number>();
    const near = place.hi - place.lo - 1 <= this.gapAll ? [place.lo + 1, place.hi - 1] : [place.expected - this.window, place.expected + this.window];
    for (let k = lowerBound(this.pool, near[0]!); k < this.pool.length && this.pool[k]! <= near[1]!; k++) found.add(this.pool[k]!);
    if (useIndex) for (const i of this.indexHits(grams, place.expected)) found.add(i);
    return [...found].sort((x, y) => x - y);
  }

  private indexHits(grams: Uint32Array, expected: number): number[] {
    const postings = this.index();
    // Posting runs of the query's codes, rarest first (ties in code order), sorted as numbers `length × n + k`.
    const starts = new Float64Array(grams.length);
    const order = new Float64Array(grams.length);
    let lists = 0;
    for (let k = 0; k < grams.length; k++) {
      const slot = this.table!.find(grams[k]!);
      if (slot === -1) continue;
      const length = this.runLength![slot]!;
      if (length > this.maxPosting) continue;
      starts[k] = this.runStart![slot]!;
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
