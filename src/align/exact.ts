import { Diagonal } from './diagonal.js';
import { type Links, unpaired } from './links.js';
import type { Side } from './side.js';

/** Above this many candidate pairs, a repeated text is paired in reading order rather than by position. */
const MAX_REPEAT_PAIRS = 10_000;

/**
 * The exact step: unique anchors first (equal raw texts, then equal folded texts, so that noise
 * such as width, spaces or script does not hide them), then repeated texts, each copy paired with
 * the copy nearest to where the anchors say it should be. Mutates `links`.
 */
export function matchExactSides(sideA: Side, sideB: Side, links: Links): void {
  // Keys to positions with few allocations and map operations: in A a number while a key is seen
  // once, a list after that; in B, for a key once in A, its first clause (+1, negated once the key
  // recurs) in a typed array indexed by that A clause, so that a key on both sides once costs one
  // look-up in B.
  const uniques = (restA: number[], restB: number[], keysA: ReadonlyArray<string | undefined>, keysB: ReadonlyArray<string | undefined>) => {
    const inA = new Map<string, number | number[]>();
    // Indexed loops: these run once, unoptimised, where `for…of` allocates a result per element.
    for (let n = 0; n < restA.length; n++) {
      const i = restA[n]!;
      const k = keysA[i]!;
      const seen = inA.get(k);
      if (seen === undefined) inA.set(k, i);
      else if (typeof seen === 'number') inA.set(k, [seen, i]);
      else seen.push(i);
    }
    const firstB = new Int32Array(sideA.size);
    const moreB = new Map<number | number[], number[]>();
    const order: Array<number | number[]> = [];
    for (let n = 0; n < restB.length; n++) {
      const j = restB[n]!;
      const a = inA.get(keysB[j]!);
      if (a === undefined) continue;
      if (typeof a === 'number' && firstB[a] === 0) {
        firstB[a] = j + 1;
        order.push(a);
        continue;
      }
      const list = moreB.get(a);
      if (list) list.push(j);
      else if (typeof a !== 'number') {
        moreB.set(a, [j]);
        order.push(a);
      } else {
        moreB.set(a, [firstB[a]! - 1, j]);
        firstB[a] = -1;
      }
    }
    const repeated: Array<{ a: number[]; b: number[] }> = [];
    for (const a of order) {
      if (typeof a === 'number' && firstB[a]! > 0) links.add([a], [firstB[a]! - 1], 1);
      else repeated.push({ a: typeof a === 'number' ? [a] : a, b: moreB.get(a)! });
    }
    return repeated;
  };
  uniques(unpaired(links.aGroup), unpaired(links.bGroup), sideA.texts, sideB.texts);
  const restA = unpaired(links.aGroup);
  const restB = unpaired(links.bGroup);
  if (restA.length === 0 || restB.length === 0) return;
  const repeated = uniques(restA, restB, sideA.foldAll(restA), sideB.foldAll(restB));
  if (repeated.length === 0) return;
  // Pair repeats in one canonical orientation, whichever side is A: when the anchors cross, the
  // order-preserving chain (and so the expected diagonal) depends on the orientation, and
  // diff(A, B) and diff(B, A) must still pair the same copies.
  if (readsBefore(sideB, sideA)) {
    const diagonal = new Diagonal({ pairOfB: pairOfA(links) }, sideB.size, sideA.size);
    pairRepeats(repeated.map(({ a, b }) => ({ a: b, b: a })), diagonal, links.bGroup, links.aGroup, (b, a) => links.add([a], [b], 1));
  } else {
    pairRepeats(repeated, new Diagonal(links, sideA.size, sideB.size), links.aGroup, links.bGroup, (a, b) => links.add([a], [b], 1));
  }
}

/**
 * Pair each copy of a repeated text with the copy nearest to where the anchors say it should be,
 * in the orientation of `diagonal` (`a` its first side, `groupOfA` and `groupOfB` the links'
 * group arrays of its two sides): `pair` records a pair.
 */
function pairRepeats(
  repeated: ReadonlyArray<{ a: number[]; b: number[] }>,
  diagonal: Diagonal,
  groupOfA: Int32Array,
  groupOfB: Int32Array,
  pair: (a: number, b: number) => void,
): void {
  for (const { a, b } of repeated) {
    if (a.length * b.length > MAX_REPEAT_PAIRS) {
      for (let k = 0; k < Math.min(a.length, b.length); k++) pair(a[k]!, b[k]!);
      continue;
    }
    // Distance from the expected diagonal seen from both sides.
    const options: Array<[number, number, number]> = [];
    const expectedB = new Map(a.map((i) => [i, diagonal.forA(i).expected]));
    for (const j of b) {
      const expectedA = diagonal.forB(j).expected;
      for (const i of a) options.push([Math.abs(i - expectedA) + Math.abs(j - expectedB.get(i)!), i, j]);
    }
    options.sort((x, y) => x[0] - y[0] || x[1] + x[2] - (y[1] + y[2]) || Math.abs(x[1] - x[2]) - Math.abs(y[1] - y[2]) || x[1] - y[1]);
    for (const [, i, j] of options) if (groupOfA[i] === -1 && groupOfB[j] === -1) pair(i, j);
  }
}

/**
 * The B clause paired one-to-one with each A clause, -1 when none: the diagonal seen from B. (A
 * mirrored copy of the links would give the same, at the cost of a group per pair.)
 */
function pairOfA(links: Links): Int32Array {
  const pairs = new Int32Array(links.aGroup.length).fill(-1);
  const pairOfB = links.pairOfB;
  for (let b = 0; b < pairOfB.length; b++) if (pairOfB[b]! >= 0) pairs[pairOfB[b]!] = b;
  return pairs;
}

/** A total order on documents that does not depend on which one is A: size, then texts in order. */
function readsBefore(x: Side, y: Side): boolean {
  if (x.size !== y.size) return x.size < y.size;
  for (let i = 0; i < x.size; i++) {
    const left = x.texts[i]!;
    const right = y.texts[i]!;
    if (left !== right) return left < right;
  }
  return false;
}
