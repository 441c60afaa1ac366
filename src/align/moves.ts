import type { Group } from './links.js';
import { longestIncreasing } from './lis.js';
import type { SectionAlignment } from './sections.js';
import type { Side } from './side.js';

/**
 * Flag moved groups: a pair is moved when it crossed into a section other than its own section's
 * partner (one that A has too), or when it is off the longest order-preserving chain of pairs
 * taken in the section-aligned order (so a reordered section, a dropped heading or an added one
 * blames none of its clauses).
 * `groups` are in B order; returns one flag per group.
 */
export function markMoves(groups: readonly Group[], sideA: Side, sideB: Side, sections: SectionAlignment): boolean[] {
  const size = sideA.size + 1;
  const keys: number[] = [];
  const paired: number[] = [];
  const moved = groups.map((group, k) => {
    if (group.from.length === 0 || group.to.length === 0) return false;
    const a = group.from[0]!;
    const sectionA = sideA.sectionOf[a]!;
    const partner = sections.partnerOfA[sectionA]!;
    const sectionB = sideB.sectionOf[group.to[0]!]!;
    // Into another section that both sides have; a section new in B (a heading added above the
    // clause) leaves the order-preserving chain to judge, as a dropped heading does.
    if (partner >= 0 && partner !== sectionB && sections.links[sections.rankOfB[sectionB]!]!.from !== null) return true;
    // Only pairs that stayed in their section compete for the order-preserving chain.
    keys.push(sections.rankOfA[sectionA]! * size + a);
    paired.push(k);
    return false;
  });
  const chain = longestIncreasing(keys);
  paired.forEach((k, n) => {
    if (!chain[n]) moved[k] = true;
  });
  return moved;
}
