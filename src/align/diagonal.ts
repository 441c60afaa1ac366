import { longestIncreasing } from './lis.js';
import type { Links } from './links.js';
import { lowerBound } from './lower-bound.js';

/** Where a clause is expected on the other side: an estimate and the gap between two anchors. */
export interface Place {
  /** Expected index on the other side (may be fractional or out of range). */
  expected: number;
  /** Other-side index of the anchor before (−1 when none); candidates lie strictly between lo and hi. */
  lo: number;
  /** Other-side index of the anchor after (the other side's length when none). */
  hi: number;
}

/**
 * The backbone of the alignment: the longest order-preserving chain of one-to-one pairs, used to
 * guess where an unpaired clause should land on the other side (the expected diagonal).
 */
export class Diagonal {
  private readonly anchorA: Int32Array;
  private readonly anchorB: Int32Array;

  /** Build from the current one-to-one groups of `links` (or any pairing of B clauses to A clauses). */
  constructor(
    links: Pick<Links, 'pairOfB'>,
    private readonly sizeA: number,
    private readonly sizeB: number,
  ) {
    // One-to-one pairs in B order, in typed arrays: this runs once per alignment step on every clause.
    const pairA = new Int32Array(sizeB);
    const pairB = new Int32Array(sizeB);
    const pairOfB = links.pairOfB;
    let count = 0;
    for (let b = 0; b < sizeB; b++) {
      const a = pairOfB[b]!;
      if (a < 0) continue;
      pairA[count] = a;
      pairB[count++] = b;
    }
    const chain = longestIncreasing(pairA.subarray(0, count));
    let anchors = 0;
    for (let k = 0; k < count; k++) if (chain[k]) anchors++;
    this.anchorA = new Int32Array(anchors);
    this.anchorB = new Int32Array(anchors);
    for (let k = 0, n = 0; k < count; k++) {
      if (!chain[k]) continue;
      this.anchorA[n] = pairA[k]!;
      this.anchorB[n++] = pairB[k]!;
    }
  }

  /** Expected place in A of B clause `b`. */
  forB(b: number): Place {
    return locate(this.anchorB, this.anchorA, b, this.sizeA);
  }

  /** Expected place in B of A clause `a`. */
  forA(a: number): Place {
    return locate(this.anchorA, this.anchorB, a, this.sizeB);
  }
}

function locate(keys: Int32Array, values: Int32Array, at: number, otherSize: number): Place {
  const lo = lowerBound(keys, at);
  const before = lo - 1;
  const after = lo < keys.length && keys[lo] === at ? lo + 1 : lo;
  const low = before >= 0 ? values[before]! : -1;
  const high = after < keys.length ? values[after]! : otherSize;
  const expected = before >= 0 ? values[before]! + (at - keys[before]!) : after < keys.length ? values[after]! - (keys[after]! - at) : at;
  return { expected: Math.min(Math.max(expected, low + 1), Math.max(high - 1, low + 1)), lo: low, hi: high };
}
