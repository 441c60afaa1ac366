import type { Place } from './diagonal.js';

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
  private readonly postings = new Map<number, number[]>();
  private readonly window: number;
  private readonly gapAll: number;
  private readonly rare: number;
  private readonly top: number;
  private readonly maxPosting: number;
  /** Hit counters by clause index, reused across queries (always reset to zero). */
  private hits: Int32Array | undefined;
  private built = false;

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

  /** Build the inverted index on first use (a pass that only looks near the diagonal never needs it). */
  private index(): Map<number, number[]> {
    if (!this.built) {
      this.built = true;
      for (const i of this.pool) {
        for (const code of this.grams(i)) {
          const list = this.postings.get(code);
          if (list) list.push(i);
          else this.postings.set(code, [i]);
        }
      }
    }
    return this.postings;
  }

  /** Candidate pool clauses for a clause with fingerprint `grams` expected at `place`, ascending; `useIndex` false gives only the ones near the place. */
  find(grams: Uint32Array, place: Place, useIndex = true): number[] {
    const found = new Set<number>();
    const near = place.hi - place.lo - 1 <= this.gapAll ? [place.lo + 1, place.hi - 1] : [place.expected - this.window, place.expected + this.window];
    for (let k = this.lowerBound(near[0]!); k < this.pool.length && this.pool[k]! <= near[1]!; k++) found.add(this.pool[k]!);
    if (useIndex) for (const i of this.indexHits(grams, place.expected)) found.add(i);
    return [...found].sort((x, y) => x - y);
  }

  private indexHits(grams: Uint32Array, expected: number): number[] {
    const lists: number[][] = [];
    const postings = this.index();
    for (const code of grams) {
      const list = postings.get(code);
      if (list && list.length <= this.maxPosting) lists.push(list);
    }
    lists.sort((x, y) => x.length - y.length);
    const hits = (this.hits ??= new Int32Array((this.pool[this.pool.length - 1] ?? 0) + 1));
    const touched: number[] = [];
    for (const list of lists.slice(0, this.rare)) {
      for (const i of list) if (hits[i]!++ === 0) touched.push(i);
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

  private lowerBound(value: number): number {
    let lo = 0;
    let hi = this.pool.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pool[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
