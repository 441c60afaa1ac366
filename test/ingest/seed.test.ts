import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/ingest/index.js';
import { flattenClauses, flattenSections } from '../../src/tree/flatten.js';
import type { Declaration } from '../../src/types.js';
import { seedParts } from './renderings.js';
import { SEED } from './seed-paths.js';

/** Importing the real scraped page: what contract §1 and issue 3 require of it. */
describe('the seed page (2020 Moscow declaration as scraped)', () => {
  let declaration: Declaration;
  const parts = seedParts(readFileSync(SEED, 'utf8'));
  beforeAll(async () => {
    declaration = await importFile(SEED);
  });

  it('yields 123 clauses in 7 sections: the preamble and six top-level sections', () => {
    expect(flattenClauses(declaration)).toHaveLength(123);
    const sections = flattenSections(declaration);
    expect(sections.map((section) => section.heading)).toEqual(['', '安全合作', '议会合作', '司法合作', '经贸合作', '人文合作', '国际交往']);
    expect(declaration.sections.every((section) => section.depth === 2 && section.children.length === 0)).toBe(true);
  });

  it('keeps every body paragraph of the page as written, in order, except the one cut in two', () => {
    const paragraphs = parts.body.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    const cut = paragraphs.findIndex((text) => text.endsWith('残'));
    expect(paragraphs[cut + 1]!.startsWith('奥会')).toBe(true);
    const expected = [...paragraphs.slice(0, cut), paragraphs[cut]! + paragraphs[cut + 1]!, ...paragraphs.slice(cut + 2)];
    expect(flattenClauses(declaration).map((clause) => clause.text)).toEqual(expected);
  });

  it('puts each clause under the heading it follows on the page', () => {
    let heading = '';
    const expected: string[] = [];
    for (const block of parts.body) {
      if (block.kind === 'heading') heading = block.text;
      else if (!block.text.startsWith('奥会')) expected.push(heading);
    }
    expect(flattenClauses(declaration).map((clause) => clause.section)).toEqual(expected);
  });

  it('reads title, date, place, language and the 8 signatories into metadata', () => {
    expect(declaration.meta).toMatchObject({
      title: '上海合作组织成员国元首理事会莫斯科宣言',
      date: '2020-11-10',
      place: '莫斯科',
      lang: 'zh-Hans',
      source: 'seed-2020-moscow.txt',
    });
    expect(declaration.meta.signatories).toEqual(parts.signatures.map(([office, name]) => `${office} ${name}`));
    expect(declaration.meta.signatories).toHaveLength(8);
    expect(declaration.meta.signatories[0]).toBe('印度共和国总理 莫迪');
  });

  it('joins the paragraph cut at 残 / 奥会 with no separator', () => {
    const texts = flattenClauses(declaration).map((clause) => clause.text);
    expect(texts.some((text) => text.includes('加强奥林匹克运动会、残奥会及民族体育项目合作'))).toBe(true);
    expect(texts.some((text) => text.startsWith('奥会') || text.endsWith('残'))).toBe(false);
  });

  it('drops the site chrome and keeps signatures and the closing date out of the clauses', () => {
    const texts = flattenClauses(declaration).map((clause) => clause.text);
    const chrome = [...parts.top, parts.stamp, parts.fontBar, ...parts.footer, parts.closingDate];
    for (const line of chrome) expect(texts).not.toContain(line);
    for (const pattern of [/外交部长|驻外机构|网站无障碍/, /字体/, /打印本页/, /推荐给朋友/, /版权所有/, /ICP备/, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, /莫迪|普京|习近平$/]) {
      expect(texts.filter((text) => pattern.test(text) && text.length < 60)).toEqual([]);
    }
    expect(texts.at(-1)).toMatch(/。$/);
    expect(texts[0]).toMatch(/^2020年11月10日，上海合作组织/);
  });
});
