import type { SectionStatus } from '../types.js';
import { headingKey } from './heading-key.js';
import { type Links, unpaired } from './links.js';
import { longestIncreasing } from './lis.js';
import { placeAfterPredecessor } from './order.js';
import type { Side } from './side.js';

/** One aligned section pair by index into each side's `sections` (null when absent). */
export interface SectionLink {
  from: number | null;
  to: number | null;
  status: SectionStatus;
  moved: boolean;
}

/** The aligned section trees: pairs in B order and the partner of every section. */
export interface SectionAlignment {
  /** Pairs in B order, removed sections right after their A predecessor. */
  links: SectionLink[];
  /** B section paired with each A section, −1 when removed. */
  partnerOfA: Int32Array;
  /** Position in `links` of each A section's pair (its rank in the section-aligned order). */
  rankOfA: Int32Array;
  /** Position in `links` of each B section's pair. */
  rankOfB: Int32Array;
}

/**
 * Align sections: the preamble with the preamble; equal headings once numbering is stripped and
 * text folded → matched; otherwise a pair that takes most of either section's paired clauses →
 * renamed; the rest added or removed. A pair off the longest order-preserving chain is moved.
 */
export function alignSections(sideA: Side, sideB: Side, links: Links): SectionAlignment {
  const na = sideA.sections.length;
  const nb = sideB.sections.length;
  const partnerOfA = new Int32Array(na).fill(-1);
  const partnerOfB = new Int32Array(nb).fill(-1);
  const renamed = new Set<number>();
  const pair = (a: number, b: number) => {
    partnerOfA[a] = b;
    partnerOfB[b] = a;
  };
  pair(0, 0);
  const byKey = new Map<string, number[]>();
  for (let a = 1; a < na; a++) {
    const key = headingKey(sideA.sections[a]!.heading);
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
  }
  for (let b = 1; b < nb; b++) {
    const a = byKey.get(headingKey(sideB.sections[b]!.heading))?.shift();
    if (a !== undefined) pair(a, b);
  }
  const counts = new Map<number, number>();
  const pairedInA = new Int32Array(na);
  const pairedInB = new Int32Array(nb);
  for (const group of links.groups) {
    if (!group || group.from.length === 0 || group.to.length === 0) continue;
    const a = sideA.sectionOf[group.from[0]!]!;
    const b = sideB.sectionOf[group.to[0]!]!;
    pairedInA[a]! += 1;
    pairedInB[b]! += 1;
    if (partnerOfA[a] === -1 && partnerOfB[b] === -1) counts.set(a * nb + b, (counts.get(a * nb + b) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [key, count] of ranked) {
    const a = Math.floor(key / nb);
    const b = key % nb;
    // Most of either section's paired clauses: the same answer whichever side is A.
    if (partnerOfA[a] !== -1 || partnerOfB[b] !== -1 || (count * 2 <= pairedInA[a]! && count * 2 <= pairedInB[b]!)) continue;
    pair(a, b);
    renamed.add(a);
  }
  const inB: SectionLink[] = [];
  const holder: (SectionLink | undefined)[] = new Array<SectionLink | undefined>(na);
  for (let b = 0; b < nb; b++) {
    const a = partnerOfB[b]!;
    const link: SectionLink = a < 0 ? { from: null, to: b, status: 'added', moved: false } : { from: a, to: b, status: renamed.has(a) ? 'renamed' : 'matched', moved: false };
    if (a >= 0) holder[a] = link;
    inB.push(link);
  }
  const removed = unpaired(partnerOfA);
  const ordered = placeAfterPredecessor(inB, removed, (a) => holder[a], (a) => {
    const link: SectionLink = { from: a, to: null, status: 'removed', moved: false };
    holder[a] = link;
    return link;
  });
  const paired = ordered.filter((link) => link.from !== null && link.to !== null);
  const chain = longestIncreasing(paired.map((link) => link.from!));
  paired.forEach((link, k) => (link.moved = !chain[k]));
  const rankOfA = new Int32Array(na);
  const rankOfB = new Int32Array(sideB.sections.length);
  ordered.forEach((link, k) => {
    if (link.from !== null) rankOfA[link.from] = k;
    if (link.to !== null) rankOfB[link.to] = k;
  });
  return { links: ordered, partnerOfA, rankOfA, rankOfB };
}
