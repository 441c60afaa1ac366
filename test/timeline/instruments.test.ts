import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/ingest/index.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import { extractInstruments } from '../../src/timeline/instruments.js';
import { SEED } from '../support/cli.js';

describe('extractInstruments', () => {
  it('keeps nested brackets and quotes inside a title', () => {
    const found = extractInstruments('落实《2019-2021年<上合组织环保合作构想>落实措施计划》和《“水促进可持续发展”国际行动十年（2018年至2028年）》。');
    expect(found.map((i) => [i.form, i.title])).toEqual([
      ['title', '2019-2021年<上合组织环保合作构想>落实措施计划'],
      ['title', '“水促进可持续发展”国际行动十年（2018年至2028年）'],
    ]);
  });

  it('skips definitions and counts repeated names once', () => {
    const found = extractInstruments('上海合作组织（以下称“上合组织”或“本组织”）支持“一带一路”倡议，共同实施“一带一路”。');
    expect(found).toEqual([{ title: '一带一路', form: 'quoted', mentions: 2 }]);
  });

  it('ignores an unbalanced bracket', () => {
    expect(extractInstruments('《未闭合的标题。另一个《完整标题》').map((i) => i.title)).toEqual(['完整标题']);
  });

  it('finds the titles of the seed', async () => {
    const text = flattenClauses(await importFile(SEED)).map((c) => c.text).join('\n');
    const found = extractInstruments(text);
    const titles = found.filter((i) => i.form === 'title').map((i) => i.title);
    expect(titles).toContain('联合国宪章');
    expect(titles).toContain('上合组织绿色之带纲要');
    expect(titles).toContain('关于克服新冠肺炎疫情对上合组织成员国经济影响的路线图');
    expect(found.filter((i) => i.form === 'quoted').map((i) => i.title)).toContain('一带一路');
    expect(found.map((i) => i.title)).not.toContain('上合组织');
  });
});
