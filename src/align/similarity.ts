import { CandidateIndex, type CandidateOptions, DEFAULT_GAP_ALL, isSmallGap } from './candidates.js';
import { Diagonal } from './diagonal.js';
import { overlap } from './grams.js';
import { type Links, unpaired } from './links.js';
import type { Side } from './side.js';

/** Options of the similarity step. */
export interface SimilarityOptions extends CandidateOptions {
  /** Minimum Dice similarity of two clauses to be paired. Default 0.5. */
  threshold?: number;
  /** A pair whose shorter clause lies this much inside the longer one is paired at a lower Dice (lead-in or sentence added). Default 0.85. */
  containment?: number;
  /** The lower Dice floor used with `containment`. Default 0.3. */
  containedFloor?: number;
  /** Minimum Dice for a pair far from its expected place (outside the gap between its anchors): a reworded move needs more evidence. Default 0.75. */
  farThreshold?: number;
  /** Which pairs to consider: `local` (inside the gap between anchors), `far` (outside it) or `all`. Default all. */
  scope?: 'local' | 'far' | 'all';
  /** Minimum Dice for a pair that sits in the same small gap between two anchors (position backs it up). Default 0.33. */
  localThreshold?: number;
}

interface Scored {
  a: number;
  b: number;
  sim: number;
  rank: number;
  distance: number;
}

/**
 * Pair the clauses left unpaired by exact matching: candidates come from the inverted index and
 * the expected diagonal; pairs above the threshold are taken greedily, best first, pairs near
 * the diagonal preferred. Mutates `links`.
 */
export function matchSimilar(sideA: Side, sideB: Side, links: Links, options: SimilarityOptions = {}): void {
  const threshold = options.threshold ?? 0.5;
  const containedAt = options.containment ?? 0.85;
  const localAt = Math.min(options.localThreshold ?? 0.33, threshold);
  const gapAll = options.gapAll ?? DEFAULT_GAP_ALL;
  const scope = options.scope ?? 'all';
  const farAt = Math.max(options.farThreshold ?? 0.75, threshold);
  const floor = Math.min(options.containedFloor ?? 0.3, localAt);
  const poolA = unpaired(links.aGroup);
  const poolB = unpaired(links.bGroup);
  if (poolA.length === 0 || poolB.length === 0) return;
  const diagonal = new Diagonal(links, sideA.size, sideB.size);
  const index = new CandidateIndex(poolA, sideA.grams, options);
  const scored: Scored[] = [];
  for (const b of poolB) {
    const gb = sideB.grams(b);
    const place = diagonal.forB(b);
    for (const a of index.find(gb, place, scope !== 'local')) {
      // Outside this pass's scope: not worth measuring.
      const inGap = a > place.lo && a < place.hi;
      if ((scope === 'local' && !inGap) || (scope === 'far' && inGap)) continue;
      const ga = sideA.grams(a);
      const shared = overlap(ga, gb);
      const sim = ga.length + gb.length === 0 ? 1 : (2 * shared) / (ga.length + gb.length);
      if (sim < floor) continue;
      const smallGap = inGap && isSmallGap(place, gapAll);
      const needed = inGap ? threshold : farAt;
      if (sim < needed && !(smallGap && sim >= localAt) && (!inGap || mostContained(shared, ga, gb) < containedAt)) continue;
      const distance = Math.abs(a - place.expected);
      scored.push({ a, b, sim, rank: sim + (inGap ? 0.05 : 0), distance });
    }
  }
  scored.sort((x, y) => y.rank - x.rank || x.distance - y.distance || x.b - y.b || x.a - y.a);
  for (const { a, b, sim } of scored) {
    if (links.aGroup[a] === -1 && links.bGroup[b] === -1) links.add([a], [b], sim);
  }
}

/** The larger of `containment(ga, gb)` and `containment(gb, ga)`, from the codes they share. */
function mostContained(shared: number, ga: Uint32Array, gb: Uint32Array): number {
  const inside = (part: Uint32Array) => (part.length === 0 ? 1 : shared / part.length);
  return Math.max(inside(ga), inside(gb));
}
