import { emptySummary } from '../align/summary.js';
import type { Change, DiffResult, SectionPair } from '../types.js';

/** One section pair of a diff with the changes whose clauses belong to it, in `changes` order. */
export interface SectionGroup {
  pair: SectionPair;
  changes: Change[];
}

export { emptySummary, SUMMARY_ORDER } from '../align/summary.js';

/** The section a change is filed under: its first B clause's, or for a removed clause its A section. */
export function changeSection(change: Change): { side: 'from' | 'to'; heading: string } {
  const to = change.to[0];
  if (to) return { side: 'to', heading: to.section };
  return { side: 'from', heading: change.from[0]?.section ?? '' };
}

/**
 * Group the changes of a diff by section pair, in the order of `sections` (B order, removed
 * sections after their predecessor). A change goes to the pair whose B heading holds its first
 * B clause (a removed clause: whose A heading holds it); when a heading occurs in several pairs,
 * the first one at or after the previous pick on that side. Changes that fit no pair (a diff
 * without `sections`) get a synthetic `matched` pair, appended in order of first appearance.
 */
export function groupBySection(result: DiffResult): SectionGroup[] {
  const groups: SectionGroup[] = result.sections.map((pair) => ({ pair, changes: [] }));
  const extra = new Map<string, SectionGroup>();
  const cursor = { from: 0, to: 0 };
  const pairsOf = { from: pairsByHeading(groups, 'from'), to: pairsByHeading(groups, 'to') };
  for (const change of result.changes) {
    const { side, heading } = changeSection(change);
    const candidates = pairsOf[side].get(heading) ?? [];
    const pick = candidates.find((i) => i >= cursor[side]) ?? candidates[0];
    if (pick !== undefined) {
      cursor[side] = pick;
      groups[pick]!.changes.push(change);
      continue;
    }
    let group = extra.get(heading);
    if (!group) {
      group = { pair: { from: heading, to: heading, status: 'matched', moved: false, clauses: emptySummary() }, changes: [] };
      extra.set(heading, group);
    }
    group.changes.push(change);
  }
  return [...groups, ...extra.values()];
}

/** For one side, the indices of the pairs under each heading, ascending (a diff has hundreds of pairs and thousands of changes). */
function pairsByHeading(groups: readonly SectionGroup[], side: 'from' | 'to'): Map<string, number[]> {
  const byHeading = new Map<string, number[]>();
  groups.forEach(({ pair }, i) => {
    const heading = pair[side];
    if (heading === null) return;
    const list = byHeading.get(heading);
    if (list) list.push(i);
    else byHeading.set(heading, [i]);
  });
  return byHeading;
}

/** A change that a reviewer need not look at: one clause to one, same place, same wording. */
export function isUnchanged(change: Change): boolean {
  return change.kind === 'matched' && !change.moved && !change.reworded;
}

/** Printable name of a section heading (`""` is the preamble). */
export function sectionName(heading: string): string {
  return heading === '' ? '(preamble)' : heading;
}
