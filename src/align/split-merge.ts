import { CandidateIndex, type CandidateOptions } from './candidates.js';
import { Diagonal, type Place } from './diagonal.js';
import { dice } from './grams.js';
import { type Group, type Links, unpaired } from './links.js';
import { Measure } from './measure.js';
import type { Side } from './side.js';

/** Options of split/merge detection. */
export interface SplitMergeOptions extends CandidateOptions {
  /** Minimum similarity of the clause and the joined pieces. Default 0.5. */
  threshold?: number;
  /** How clauses are compared. Default: unweighted codes. */
  measure?: Measure;
  /** Most pieces a clause may be split into (or merged from). Default 3. */
  maxPieces?: number;
  /** Minimum share of a piece's bigrams found in the whole clause. Default 0.6. */
  pieceCover?: number;
  /** How much the joined pieces must beat the clause's current pair, in unweighted Dice. Default 0.03. */
  gain?: number;
  /** A piece paired one-to-one below this similarity may be taken over when it lies wholly inside the clause. Default 0.7. */
  steal?: number;
}

/** One direction of the search: a clause on the `one` side covered by consecutive clauses on the `many` side. */
interface View {
  one: Side;
  many: Side;
  oneGroup: Int32Array;
  /** Similarity of the group holding each `one` clause (`Links.simOfA` or `simOfB`). */
  oneSim: Float64Array;
  manyGroup: Int32Array;
  place(i: number): Place;
  /** The partner on the `many` side of a one-to-one group. */
  partner(group: Group): number;
  add(i: number, pieces: number[], sim: number): void;
}

/**
 * Find splits (one A clause → 2–3 consecutive B clauses) and merges (the reverse) among clauses
 * that are unpaired or paired below similarity 1: a piece must lie mostly inside the whole clause,
 * and the joined pieces must resemble it better than its current partner does. Mutates `links`.
 * An unpaired clause looks for its first piece near its expected place only (the inverted index
 * costs more than it finds here): a clause split and moved far is found in the second run, from
 * the piece the far pass paired with it.
 */
export function detectSplitMerge(sideA: Side, sideB: Side, links: Links, options: SplitMergeOptions = {}): void {
  const diagonal = new Diagonal(links, sideA.size, sideB.size);
  search(
    {
      one: sideA, many: sideB, oneGroup: links.aGroup, oneSim: links.simOfA, manyGroup: links.bGroup,
      place: (i) => diagonal.forA(i),
      partner: (group) => group.to[0]!,
      add: (i, pieces, sim) => links.add([i], pieces, sim),
    },
    links, options,
  );
  search(
    {
      one: sideB, many: sideA, oneGroup: links.bGroup, oneSim: links.simOfB, manyGroup: links.aGroup,
      place: (i) => diagonal.forB(i),
      partner: (group) => group.from[0]!,
      add: (i, pieces, sim) => links.add(pieces, [i], sim),
    },
    links, options,
  );
}

function search(view: View, links: Links, options: SplitMergeOptions): void {
  const threshold = options.threshold ?? 0.5;
  const maxPieces = options.maxPieces ?? 3;
  const cover = options.pieceCover ?? 0.6;
  const gain = options.gain ?? 0.03;
  const steal = options.steal ?? 0.7;
  const measure = options.measure ?? new Measure();
  const containment = (part: Uint32Array, whole: Uint32Array) => measure.containment(part, whole);
  const { one, many } = view;
  const near = new CandidateIndex(unpaired(view.manyGroup), many.grams, options);
  const free = (j: number) => j >= 0 && j < many.size && view.manyGroup[j] === -1;
  // A piece already paired one-to-one, weakly, may be taken over when it lies wholly inside the clause.
  const takeable = (j: number, whole: Uint32Array) => {
    if (j < 0 || j >= many.size) return -1;
    const id = view.manyGroup[j]!;
    if (id === -1) return containment(many.grams(j), whole);
    const group = links.groups[id]!;
    if (group.from.length !== 1 || group.to.length !== 1 || group.sim >= steal) return -1;
    const cover = containment(many.grams(j), whole);
    return cover >= 0.9 ? cover : -1;
  };
  // The partner on the many side of clause k's one-to-one group, or -1.
  const partnerOf = (k: number): number => {
    const id = k >= 0 && k < one.size ? view.oneGroup[k]! : -1;
    const group = id >= 0 ? links.groups[id]! : undefined;
    return group && group.from.length === 1 && group.to.length === 1 ? view.partner(group) : -1;
  };
  // When the expected place holds no piece (a clause moved in nearby can shift the anchors past
  // it), the free clauses just after the previous clause's partner and just before the next's.
  const besideNeighbours = (i: number): number[] => {
    const out: number[] = [];
    const after = partnerOf(i - 1);
    const before = partnerOf(i + 1);
    if (after >= 0) for (let j = after + 1; j <= after + maxPieces && free(j); j++) out.push(j);
    if (before >= 0) for (let j = before - 1; j >= before - maxPieces && free(j); j--) out.push(j);
    return out;
  };
  // Most clauses are exact pairs: passed over without reading their group, the loop on locals only.
  const oneSim = view.oneSim;
  const size = one.size;
  for (let i = 0; i < size; i++) {
    const sim = oneSim[i]!;
    if (sim >= 1) continue;
    const id = view.oneGroup[i]!;
    const current = id >= 0 ? links.groups[id] : undefined;
    if (current && (current.from.length > 1 || current.to.length > 1)) continue;
    const whole = one.grams(i);
    const first = current
      ? view.partner(current)
      : (bestPiece(near.find(whole, view.place(i), false).filter(free), whole, many, cover, measure) ?? bestPiece(besideNeighbours(i), whole, many, cover, measure));
    if (first === undefined) continue;
    let lo = first;
    let hi = first;
    while (hi - lo + 1 < maxPieces) {
      const left = takeable(lo - 1, whole);
      const right = takeable(hi + 1, whole);
      if (Math.max(left, right) < cover) break;
      if (right >= left) hi++;
      else lo--;
    }
    if (hi === lo) continue;
    const pieces: number[] = [];
    for (let j = lo; j <= hi; j++) pieces.push(j);
    const joinedCodes = many.joined(pieces);
    const joined = measure.similarity(whole, joinedCodes);
    if (joined < threshold) continue;
    // Gain is judged on unweighted Dice, which a missing piece lowers (the similarity forgives a
    // clause that lies inside the other) and which counts every code of the text: in a short,
    // formulaic document the rarity weights would make a piece's few distinctive codes decide.
    if (current && dice(whole, joinedCodes) < dice(whole, many.grams(first)) + gain) continue;
    if (id >= 0) links.remove(id);
    for (const j of pieces) if (view.manyGroup[j] !== -1) links.remove(view.manyGroup[j]!);
    view.add(i, pieces, joined);
  }
}

function bestPiece(candidates: readonly number[], whole: Uint32Array, many: Side, cover: number, measure: Measure): number | undefined {
  let best: number | undefined;
  let bestCover = cover;
  for (const j of candidates) {
    const c = measure.containment(many.grams(j), whole);
    if (c >= bestCover && (best === undefined || c > bestCover)) {
      best = j;
      bestCover = c;
    }
  }
  return best;
}
