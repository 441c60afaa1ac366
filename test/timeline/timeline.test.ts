import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/timeline.js';
import type { Declaration } from '../../src/types.js';
import { MARKS, NEW } from './make-summits.js';
import { loadSummits } from './summit-fixtures.js';

const summits = loadSummits();
const timeline = buildTimeline(summits);

describe('buildTimeline on the synthetic summits', () => {
  it('counts per summit what was carried over, reworded, new and dropped', () => {
    expect(timeline.schema).toBe('clausewise/timeline@1');
    expect(timeline.summits.map((s) => [s.id, s.date, s.clauses, s.counts])).toEqual([
      ['2020-seed', '2020-11-10', 123, null],
      // H reworded; D1 dropped; N1 new; one clause moved; two clauses with noise only count as unchanged.
      ['2021-synthetic-a', '2021-09-17', 123, { unchanged: 121, reworded: 1, new: 1, dropped: 1, split: 0, merged: 0, moved: 1 }],
      // H and R2 reworded; N2 new; two dropped; one clause split in two (both parts unchanged).
      ['2022-synthetic-b', '2022-09-16', 123, { unchanged: 120, reworded: 2, new: 1, dropped: 2, split: 2, merged: 0, moved: 0 }],
      // H and N2 reworded; N3 new; N1 dropped; two clauses merged into one (unchanged).
      ['2023-synthetic-c', '2023-07-04', 122, { unchanged: 119, reworded: 2, new: 1, dropped: 1, split: 0, merged: 1, moved: 0 }],
    ]);
  });

  it('says where each clause of the latest summit first appeared and when it last changed', () => {
    const clauses = timeline.latest?.clauses ?? [];
    expect(timeline.latest?.id).toBe('2023-synthetic-c');
    expect(clauses).toHaveLength(122);
    const notFromSeed = clauses.filter((c) => c.firstAppeared !== '2020-seed').map((c) => [c.text, c.firstAppeared]);
    expect(notFromSeed).toEqual([[NEW.N3, '2023-synthetic-c'], [NEW.N2b, '2022-synthetic-b']]);
    const changed = clauses.filter((c) => c.lastChanged !== '2020-seed').map((c) => [c.text.includes(MARKS.H) ? 'H' : c.text.includes(MARKS.R2) ? 'R2' : c.text, c.lastChanged]);
    expect(changed).toEqual([['R2', '2022-synthetic-b'], ['H', '2023-synthetic-c'], [NEW.N3, '2023-synthetic-c'], [NEW.N2b, '2023-synthetic-c']]);
    // The merged clause and both halves of the split one trace back to the seed.
    expect(clauses.find((c) => c.text.startsWith('成员国认为，世界贸易组织是讨论'))?.firstAppeared).toBe('2020-seed');
    const halves = clauses.filter((c) => c.text === '成员国强调，加强能源和工业领域合作十分重要。' || c.text.startsWith('成员国注意到塔吉克斯坦共和国关于建立上合组织成员国能源部长'));
    expect(halves.map((c) => c.firstAppeared)).toEqual(['2020-seed', '2020-seed']);
    expect(clauses.map((c) => c.number)).toEqual(clauses.map((_, i) => i + 1));
  });

  it('puts the declarations in date order unless told not to', () => {
    const shuffled = [summits[2]!, summits[0]!, summits[3]!, summits[1]!];
    expect(buildTimeline(shuffled)).toEqual(timeline);
    const given = buildTimeline(shuffled, { byDate: false });
    expect(given.summits.map((s) => s.id)).toEqual(['2022-synthetic-b', '2020-seed', '2023-synthetic-c', '2021-synthetic-a']);
  });

  it('handles one declaration and none', () => {
    const one = buildTimeline([summits[0]!]);
    expect(one.summits.map((s) => s.counts)).toEqual([null]);
    expect(one.latest?.clauses.every((c) => c.firstAppeared === '2020-seed')).toBe(true);
    expect(buildTimeline([])).toEqual({ schema: 'clausewise/timeline@1', summits: [], latest: null, languages: [], undated: [] });
  });
});

/** A pool of clearly different synthetic sentences to build small declarations from. */
const POOL = Array.from({ length: 12 }, (_, i) => `成员国第${i + 1}号合成条款讨论${'甲乙丙丁戊己庚辛壬癸子丑'[i]}领域的${['贸易', '能源', '交通', '卫生', '教育', '旅游', '农业', '金融', '科技', '环境', '文化', '体育'][i]}合作事项（合成）。`);

function small(picks: number[], date: string): Declaration {
  return { meta: { title: '合成', date, signatories: [], extra: {} }, preamble: [], sections: [{ heading: '合成', depth: 2, clauses: picks.map((i) => POOL[i]!), children: [] }] };
}

describe('buildTimeline with a clause dropped for a summit and brought back', () => {
  it('traces it to the summit where it first appeared, and counts it new against the summit without it', () => {
    const result = buildTimeline([
      { id: 'v0', declaration: small([0, 1, 2], '2020-01-01') },
      { id: 'v1', declaration: small([0, 2], '2021-01-01') },
      { id: 'v2', declaration: small([0, 1, 2, 3], '2022-01-01') },
    ]);
    expect(result.summits[2]!.counts).toMatchObject({ unchanged: 2, new: 2, dropped: 0 });
    expect(result.latest!.clauses.map((c) => [c.text, c.firstAppeared, c.lastChanged])).toEqual([
      [POOL[0], 'v0', 'v0'],
      [POOL[1], 'v0', 'v0'],
      [POOL[2], 'v0', 'v0'],
      [POOL[3], 'v2', 'v2'],
    ]);
  });
});

describe('buildTimeline with a clause split in two and one part reworded', () => {
  it('counts the part that kept its words as unchanged, and only the other as reworded', () => {
    // SYNTHETIC clauses.
    const whole = '成员国第一号合成条款讨论贸易合作事项（合成）。成员国第二号合成条款讨论能源合作事项（合成）。';
    const split = ['成员国第一号合成条款讨论贸易合作事项（合成）。', '各方第二号合成条款讨论能源合作事项（合成）。'];
    const one = (clauses: string[], date: string): Declaration => ({ meta: { title: '合成', date, signatories: [], extra: {} }, preamble: clauses, sections: [] });
    const result = buildTimeline([{ id: 'v0', declaration: one([whole], '2020-01-01') }, { id: 'v1', declaration: one(split, '2021-01-01') }]);
    expect(result.summits[1]!.counts).toMatchObject({ unchanged: 1, reworded: 1, split: 2 });
    expect(result.latest!.clauses.map((c) => [c.firstAppeared, c.lastChanged])).toEqual([['v0', 'v0'], ['v0', 'v1']]);
  });
});

describe('buildTimeline invariants', () => {
  it('accounts for every clause of every summit', () => {
    const version = fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(version, { minLength: 2, maxLength: 4 }), (versions) => {
        const inputs = versions.map((picks, i) => ({ id: `v${i}`, declaration: small(picks, `202${i}-01-01`) }));
        const result = buildTimeline(inputs);
        result.summits.forEach((summit, i) => {
          if (i === 0) return;
          const counts = summit.counts!;
          expect(counts.unchanged + counts.reworded + counts.new).toBe(summit.clauses);
          expect(counts.dropped).toBeLessThanOrEqual(result.summits[i - 1]!.clauses);
        });
        const ids = result.summits.map((s) => s.id);
        for (const clause of result.latest!.clauses) {
          expect(ids.indexOf(clause.firstAppeared)).toBeLessThanOrEqual(ids.indexOf(clause.lastChanged));
          // A clause whose exact text is in every version is carried over from the first.
          if (versions.every((picks) => picks.some((p) => POOL[p] === clause.text))) expect(clause.firstAppeared).toBe('v0');
          // It first appeared no later than the first version that has its exact text, even when a
          // later one dropped it (earlier, when the aligner took another clause for its rewording).
          const firstWith = versions.findIndex((picks) => picks.some((p) => POOL[p] === clause.text));
          expect(ids.indexOf(clause.firstAppeared)).toBeLessThanOrEqual(firstWith);
        }
      }),
      { numRuns: 60 },
    );
  });
});
