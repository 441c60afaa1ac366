import { describe, expect, it } from 'vitest';
import { renderHistoryText } from '../../src/render/history-text.js';
import { buildHistory, selectClause } from '../../src/timeline/history.js';
import { MARKS } from '../timeline/make-summits.js';
import { loadSummits } from '../timeline/summit-fixtures.js';

const summits = loadSummits();
const latest = summits[3]!.declaration;

describe('renderHistoryText', () => {
  it('shows every version oldest first with [-deleted-]{+inserted+} over the text as written', () => {
    const result = buildHistory(summits, selectClause(latest, MARKS.H));
    expect(renderHistoryText(result, { width: 200 })).toBe(
      [
        'History of clause 47 of 2023-synthetic-c  §安全合作',
        'Found by searching for “保障国际信息安全合作计划》”.',
        'first appeared in 2020-seed · 4 versions · reworded 3 times',
        '',
        '2020-11-10  2020-seed  clause 47',
        '    成员国认为，制定《上合组织成员国保障国际信息安全合作计划》有利于进一步促进该领域合作。',
        '',
        '2021-09-17  2021-synthetic-a  clause 47  · reworded',
        '    成员国认为，制定{+并落实+}《上合组织成员国保障国际信息安全合作计划》有利于进一步促进该领域合作。',
        '',
        '2022-09-16  2022-synthetic-b  clause 47  · reworded',
        '    成员国认为，制定并{+全面+}落实《上合组织成员国保障国际信息安全合作计划》有利于[-进一步-]促进该领域合作。',
        '',
        '2023-07-04  2023-synthetic-c  clause 47  · reworded',
        '    成员国{+一致+}认为，制定并全面落实《上合组织成员国保障国际信息安全合作计划》有利于促进该领域合作。',
        '',
      ].join('\n'),
    );
  });

  it('says when several clauses match, and does not repeat unchanged wording', () => {
    const text = renderHistoryText(buildHistory(summits, selectClause(latest, '反恐怖机构')), { width: 200 });
    expect(text).toContain('2 clauses match “反恐怖机构” (12, 13); showing the first, 12.');
    expect(text).toContain('2021-09-17  2021-synthetic-a  clause 12  · unchanged\n    (same wording as in 2020-seed)\n');
  });

  it('names the split a version came from', () => {
    const upToB = summits.slice(0, 3);
    const result = buildHistory(upToB, selectClause(upToB[2]!.declaration, '成员国注意到塔吉克斯坦共和国关于建立上合组织成员国能源部长'));
    expect(renderHistoryText(result, { width: 200 })).toMatch(/2022-09-16 {2}2022-synthetic-b {2}clause \d+ {2}· split a\d+ → b\d+ b\d+, unchanged\n/);
  });

  it('colours changes only when asked to, and strips control sequences from document text', () => {
    const poisoned = structuredClone(summits);
    poisoned[3]!.id = 'evil\u001b]0;title\u0007id\u001b[2J';
    const result = buildHistory(poisoned, selectClause(latest, MARKS.H));
    const plain = renderHistoryText(result);
    expect(plain).not.toMatch(/[\u001b\u0007]/);
    expect(plain).toContain('evilid');
    const colored = renderHistoryText(result, { color: true });
    expect(colored).toContain('\u001b[');
    expect(colored).not.toContain('{+');
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toContain('成员国一致认为');
  });
});
