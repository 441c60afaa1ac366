import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeSection, emptySummary, groupBySection, type SectionGroup } from '../../src/render/group-by-section.js';
import type { Change, DiffResult, SectionPair } from '../../src/types.js';
import { sampleDiff } from './build-diff.js';

describe('groupBySection', () => {
  it('files every change exactly once, under its B section, removed clauses under their A section', () => {
    const result = sampleDiff();
    const groups = groupBySection(result);
    expect(groups.map((g) => [g.pair.from, g.pair.to])).toEqual([
      ['', ''], ['安全合作', '一、安全合作'], ['经贸合作', '经贸合作'], ['司法合作', '司法合作'], ['议会合作', null], [null, '数字经济'],
    ]);
    expect(groups.flatMap((g) => g.changes).sort((x, y) => result.changes.indexOf(x) - result.changes.indexOf(y))).toEqual(result.changes);
    expect(groups[4]!.changes.map((c) => c.from[0]!.id)).toEqual(['a22']);
    expect(groups[2]!.changes.map((c) => c.to[0]!.id)).toEqual(['b21', 'b22', 'b23', 'b24', 'b25', 'b26', 'b27']);
  });

  it('makes one group per heading when the diff has no sections', () => {
    const groups = groupBySection({ ...sampleDiff(), sections: [] });
    expect(groups.map((g) => g.pair.to)).toEqual(['', '一、安全合作', '经贸合作', '议会合作', '司法合作', '数字经济']);
  });
});

/** The first implementation, which searched every pair for every change: the oracle of the fast one. */
function groupBySectionByScanning(result: DiffResult): SectionGroup[] {
  const groups: SectionGroup[] = result.sections.map((pair) => ({ pair, changes: [] }));
  const extra = new Map<string, SectionGroup>();
  const cursor = { from: 0, to: 0 };
  for (const change of result.changes) {
    const { side, heading } = changeSection(change);
    const candidates = groups.flatMap((group, i) => (group.pair[side] === heading ? [i] : []));
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

describe('groupBySection on many sections', () => {
  it('files changes as scanning every pair does, headings repeated or missing included (property)', () => {
    const heading = fc.constantFrom('', '甲', '乙', '丙', '丁');
    const pair = fc.record({ from: fc.option(heading, { nil: null }), to: fc.option(heading, { nil: null }) }).map(
      ({ from, to }): SectionPair => ({ from, to, status: 'matched', moved: false, clauses: emptySummary() }),
    );
    const ref = (side: 'a' | 'b', section: string) => ({ id: `${side}1`, section, text: '成员国' });
    const change = fc.record({ from: fc.option(heading, { nil: null }), to: fc.option(heading, { nil: null }) }).map(({ from, to }): Change => ({
      kind: to === null ? 'removed' : from === null ? 'added' : 'matched',
      from: from === null && to !== null ? [] : [ref('a', from ?? '')],
      to: to === null ? [] : [ref('b', to)],
      moved: false,
      reworded: false,
      similarity: 1,
    }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), fc.array(change, { maxLength: 40 }), (sections, changes) => {
        const result = { ...sampleDiff(), sections, changes };
        expect(groupBySection(result)).toEqual(groupBySectionByScanning(result));
      }),
      { numRuns: 2000 },
    );
  });
});
