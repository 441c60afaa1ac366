import { longestIncreasing } from './lis.js';
import type { Links } from './links.js';

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
  private readonly anchorA: number[] = [];
  private readonly anchorB: number[] = [];

  /** Build from the current one-to-one groups of `links`. */
  constructor(
    links: Links,
    private readonly sizeA: number,
    private readonly sizeB: number,
  ) {
    const pairs: Array<[number, number]> = [];
    for (let b = 0; b < sizeB; b++) {
      const group = links.ofB(b);
      if (group && group.from.length === 1 && group.to.length === 1) pairs.push([group.from[0]!, b]);
    }
    const chain = longestIncreasing(pairs.map((pair) => pair[0]));
    pairs.forEach(([a, b], k) => {
      if (chain[k]) {
        this.anchorA.push(a);
        this.anchorB.push(b);
      }
    });
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

function locate(keys: readonly number[], values: readonly number[], at: number, otherSize: number): Place {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo - 1;
  const after = lo < keys.length && keys[lo] === at ? lo + 1 : lo;
  const low = before >= 0 ? values[before]! : -1;
  const high = after < keys.length ? values[after]! : otherSize;
  const expected = before >= 0 ? values[before]! + (at - keys[before]!) : after < keys.length ? values[after]! - (keys[after]! - at) : at;
  return { expected: Math.min(Math.max(expected, low + 1), Math.max(high - 1, low + 1)), lo: low, hi: high };
}
