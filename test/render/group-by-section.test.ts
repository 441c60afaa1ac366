import { describe, expect, it } from 'vitest';
import { groupBySection } from '../../src/render/group-by-section.js';
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
