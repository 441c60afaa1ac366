import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { renderTimelineText } from '../../src/render/timeline-text.js';
import { buildTimeline } from '../../src/timeline/timeline.js';
import { loadSummits } from '../timeline/summit-fixtures.js';

const summits = loadSummits();

describe('renderTimelineText', () => {
  it('shows one row per summit, where the latest clauses come from, and what changed since', () => {
    expect(renderTimelineText(buildTimeline(summits), { width: 200 })).toBe(
      [
        'Timeline of 4 declarations  2020-11-10 → 2023-07-04',
        '',
        'date        id                  clauses  unchanged  reworded  new  dropped',
        '2020-11-10  2020-seed               123          —         —    —        —  *',
        '2021-09-17  2021-synthetic-a        123        121         1    1        1  *  (1 moved)',
        '2022-09-16  2022-synthetic-b        123        120         2    1        2  *  (2 from splits)',
        '2023-07-04  2023-synthetic-c        122        119         2    1        1  *  (1 from merges)',
        '* synthetic test text (see its front matter)',
        '',
        'Where the 122 clauses of 2023-synthetic-c first appeared',
        '  2020-seed           120',
        '  2021-synthetic-a      0',
        '  2022-synthetic-b      1',
        '  2023-synthetic-c      1',
        '',
        'First in 2022-synthetic-b (1)',
        '   122  §国际交往  成员国欢迎在合成测试框架内举办第二届…  reworded in 2023-synthetic-c',
        '',
        'First in 2023-synthetic-c (1)',
        '    88  §经贸合作  成员国欢迎哈萨克斯坦共和国倡议在阿斯…',
        '',
        'From 2020-seed, reworded since (2)',
        '    13  §安全合作  成员国强调，上合组织地区反恐怖机构在…  last reworded in 2022-synthetic-b',
        '    47  §安全合作  成员国一致认为，制定并全面落实《上合…  last reworded in 2023-synthetic-c',
        '',
      ].join('\n'),
    );
  });

  it('notes declarations that share a date: their order is the order given', () => {
    const [first, second] = summits;
    const sameDay = { ...second!, declaration: { ...second!.declaration, meta: { ...second!.declaration.meta, date: first!.declaration.meta.date! } } };
    const text = renderTimelineText(buildTimeline([first!, sameDay]), { width: 200 });
    expect(text).toContain('2020-seed and 2021-synthetic-a share the date 2020-11-10: they are compared in the order shown (the order given, else by id)');
    expect(renderTimelineText(buildTimeline(summits), { width: 200 })).not.toContain('share the date');
  });

  it('says so when there is nothing to show', () => {
    expect(renderTimelineText(buildTimeline([]))).toBe('No declarations to compare.\n');
  });

  it('strips control sequences from ids, titles and clauses and colours only when asked to', () => {
    const poisoned = structuredClone(summits.slice(0, 2));
    poisoned[1]!.id = 'b\u001b[31mad';
    poisoned[1]!.declaration.preamble.push('合成\u001b]8;;http://x\u0007链接\u001b]8;;\u0007条款（合成）。');
    const result = buildTimeline(poisoned);
    const plain = renderTimelineText(result);
    expect(plain).not.toMatch(/[\u001b\u0007]/);
    expect(plain).toContain('bad');
    expect(renderTimelineText(result, { color: true })).toContain('\u001b[');
  });
});

describe('renderTimelineText in a narrow terminal', () => {
  it('keeps every table row within the width, shortening long ids and moving notes to their own line', () => {
    const summits = loadSummits().map((summit) => ({ ...summit, id: `fixtures/summits/a-very-long-folder-name/${summit.id}.md` }));
    const text = renderTimelineText(buildTimeline(summits), { width: 80 });
    const table = text.split('\n').filter((line) => /^\d{4}-\d{2}-\d{2}  /.test(line));
    expect(table).toHaveLength(summits.length);
    for (const line of table) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(text).toContain('…');
    expect(text).toMatch(/^ {12}\(1 moved\)$/m);
  });
});
