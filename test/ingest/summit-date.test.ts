import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/ingest/repair/dates.js';
import { importBytes } from '../../src/ingest/index.js';
import { summitDate } from '../../src/ingest/summit-date.js';
import type { Block } from '../../src/tree/blocks.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import { SEED } from './seed-paths.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', depth: 2, text });
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// SYNTHETIC texts in the shapes of real declarations; none is quoted from one.
const FORMULA = p('示例组织成员国领导人于2031年9月16日在撒马尔罕举行元首理事会会议，并发表宣言如下：');
const CLAUSE = p('成员国积极评价2031年3月2日在维也纳举行的示例委员会会议成果。');

describe('summitDate', () => {
  it('ranks front matter, formula, label, dateline, closing line, then the stamp', () => {
    const blocks = [p('г. Душанбе 17 сентября 2032 года'), FORMULA, CLAUSE];
    const all = { frontMatter: '2030-01-01', labels: { date: 'July 5, 2033' }, closing: '2034-02-02', stamp: '2035-03-03' };
    expect(summitDate(blocks, all).date).toEqual({ iso: '2030-01-01', source: 'front-matter' });
    const { frontMatter: _f, ...noFront } = all;
    // The text's own formula wins over a database's or an infobox's label that disagrees with it.
    expect(summitDate(blocks, noFront).date).toEqual({ iso: '2031-09-16', source: 'formula' });
    expect(summitDate([blocks[0]!, CLAUSE], noFront).date).toEqual({ iso: '2033-07-05', source: 'label' });
    const { labels: _l, ...noLabel } = noFront;
    expect(summitDate(blocks, noLabel).date).toEqual({ iso: '2031-09-16', source: 'formula' });
    expect(summitDate([blocks[0]!, CLAUSE], noLabel).date).toEqual({ iso: '2032-09-17', source: 'dateline' });
    expect(summitDate([CLAUSE], { ...noLabel, dateline: '2032-09-18' }).date).toEqual({ iso: '2032-09-18', source: 'dateline' });
    expect(summitDate([CLAUSE], noLabel).date).toEqual({ iso: '2034-02-02', source: 'closing' });
    expect(summitDate([CLAUSE], { stamp: '2035-03-03' }).date).toEqual({ iso: '2035-03-03', source: 'stamp' });
    expect(summitDate([CLAUSE]).date).toBeUndefined();
  });

  it('never takes the date of another meeting named in the first clause', () => {
    expect(summitDate([CLAUSE, p('成员国指出，2031年是示例组织成立30周年。')]).date).toBeUndefined();
    expect(summitDate([p('The Member States welcomed the meeting of the Heads of State held in Minsk on 3 May 2031.')], { stamp: '2031-06-01' }).date)
      .toEqual({ iso: '2031-06-01', source: 'stamp' });
  });

  it('removes a dateline under the title from the body and reports it', () => {
    const result = summitDate([p('г. Душанбе 17 сентября 2032 года'), p('Государства-члены отмечают пример.')]);
    expect(result.date).toEqual({ iso: '2032-09-17', source: 'dateline' });
    expect(result.blocks).toEqual([p('Государства-члены отмечают пример.')]);
    expect(result.removed).toEqual(['г. Душанбе 17 сентября 2032 года']);
    expect(result.place).toBe('Душанбе');
  });

  it('looks for a dateline past furniture lines, but not once the text has begun', () => {
    const furniture = [p('Updated: 2040-01-12 15:15'), p('Unofficial translation of the example'), p('(Astana, 4 July 2031)'), p('The heads of state declare the following.')];
    expect(summitDate(furniture).date).toEqual({ iso: '2031-07-04', source: 'dateline' });
    expect(summitDate([p('The Member States noted an example.'), p('Moscow, 10 November 2031')]).date).toBeUndefined();
  });

  it('completes an agency dateline with the year of another date, and removes it from the first paragraph', () => {
    const result = summitDate([p('新华社杜尚别9月17日电　值此示例组织成立20周年之际，成员国：'), CLAUSE], { stamp: '2031-09-18' });
    expect(result.date).toEqual({ iso: '2031-09-17', source: 'dateline' });
    expect(result.blocks[0]).toEqual(p('值此示例组织成立20周年之际，成员国：'));
    expect(result.removed).toEqual(['新华社杜尚别9月17日电']);
    // Before the title (the title pass dropped it), it still gives the date.
    expect(summitDate([CLAUSE], { stamp: '2031-09-18', beforeTitle: [p('来源：示例网'), p('新华社杜尚别9月17日电')] }).date)
      .toEqual({ iso: '2031-09-17', source: 'dateline' });
  });

  it('takes the comma a copy puts after an agency dateline with it (a clause began with `,`)', () => {
    for (const [text, taken] of [['新华社莫斯科11月10日电,2031年11月10日,示例组织成员国：', '新华社莫斯科11月10日电,'], ['新华社莫斯科11月10日电，2031年11月10日，示例组织成员国：', '新华社莫斯科11月10日电，'], ['新华社莫斯科11月10日电：2031年11月10日，示例组织成员国：', '新华社莫斯科11月10日电：']] as const) {
      const result = summitDate([p(text), CLAUSE]);
      expect(result.removed, text).toEqual([taken]);
      expect(result.blocks[0]!.text, text).toMatch(/^2031年11月10日/);
    }
  });

  it('finds a numbered formula, and one after a preamble of considerations', () => {
    const numbered = p('1. The leaders of the Example Organisation, following the meeting of the Council of Heads of State in Qingdao on 10 June 2035, declare the following.');
    expect(summitDate([numbered, p('2. The world is changing.')], { stamp: '2035-06-11' }).date).toEqual({ iso: '2035-06-10', source: 'formula' });
    expect(summitDate([p('一、示例组织成员国领导人于2031年9月16日在撒马尔罕举行元首理事会会议，并发表宣言如下：')]).date?.source).toBe('formula');
    const considerations = Array.from({ length: 8 }, (_, i) => p(`highly assessing the example number ${i + 1};`));
    const late = p('based on the results of the meeting of the Heads of State Council held in Dushanbe on 17 September 2036, hereby state the following:');
    expect(summitDate([p('On the occasion of the example anniversary, the Member States,'), ...considerations, late, h('1. Establishment')]).date)
      .toEqual({ iso: '2036-09-17', source: 'formula' });
  });
});

describe('dates through the importer', () => {
  it('reads the seed (Chinese) date from its opening formula', async () => {
    const declaration = await importBytes(readFileSync(SEED));
    expect(declaration.meta.date).toBe('2020-11-10');
  });

  it('prefers the opening formula to a page stamp, and keeps the stamp out of the clauses', async () => {
    const page = ['示例组织成员国元首理事会撒马尔罕宣言', '', '2031-09-17 07:53', '', FORMULA.text, '', CLAUSE.text, ''].join('\n');
    const declaration = await importBytes(utf8(page));
    expect(declaration.meta.date).toBe('2031-09-16');
    expect(declaration.meta.place).toBe('撒马尔罕');
  });

  it('reads a Russian dateline line as the date and keeps it out of the clauses', async () => {
    const page = ['Душанбинская примерная декларация', '', 'г. Душанбе 17 сентября 2031 года', '', 'Государства-члены отмечают первый пример.', '', 'Государства-члены отмечают второй пример.', ''].join('\n');
    const declaration = await importBytes(utf8(page));
    expect(declaration.meta).toMatchObject({ date: '2031-09-17', place: 'Душанбе', lang: 'ru' });
    expect(flattenClauses(declaration).map((clause) => clause.text)).toEqual(['Государства-члены отмечают первый пример.', 'Государства-члены отмечают второй пример.']);
  });

  it('takes no date from an ordinary first clause (the stamp is the last resort)', async () => {
    const page = ['Example Statement on Testing', '', 'The Member States welcomed the meeting of the Heads of State held in Minsk on 3 May 2031.', '', 'The Member States noted a second example.', ''].join('\n');
    expect((await importBytes(utf8(page))).meta.date).toBeUndefined();
  });

  it('takes the place from the formula when the title names none', async () => {
    const page = ['Example Declaration', '', 'The leaders of the member states, following the meeting of the Council of Heads of State in Tianjin on 1 September 2031, declare the following.', '', 'The Member States noted an example.', ''].join('\n');
    expect((await importBytes(utf8(page))).meta).toMatchObject({ date: '2031-09-01', place: 'Tianjin' });
  });
});

describe('date regexes stay linear', () => {
  it('reads 100,000 characters of adversarial text in milliseconds', () => {
    const inputs = [
      `1 January${' '.repeat(100_000)}`,
      `January 1${' '.repeat(100_000)}x`,
      `${'1'.repeat(50_000)}${' '.repeat(50_000)}`,
      `2020年${' '.repeat(100_000)}`,
      `2020年1月1日至${' '.repeat(100_000)}`,
      '1 '.repeat(50_000),
      '10 ноября '.repeat(10_000),
    ];
    for (const input of inputs) {
      const start = performance.now();
      findDate(input);
      expect(performance.now() - start, input.slice(0, 20)).toBeLessThan(100);
    }
  });

  it('finds a date wherever it is put in random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (before, after) => {
      const text = `${before.replace(/\d/g, '')} 17 September 2031 ${after.replace(/\d/g, '')}`;
      return findDate(text)?.iso === '2031-09-17';
    }));
  });
});

describe('summitDate properties', () => {
  const day = fc.record({ year: fc.integer({ min: 1990, max: 2090 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
  const iso = (d: { year: number; month: number; day: number }): string =>
    `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  // Ordinary clauses that name other meetings with full dates (SYNTHETIC shapes).
  const clause = fc.tuple(day, fc.constantFrom(0, 1, 2)).map(([d, shape]) => [
    p(`成员国积极评价${d.year}年${d.month}月${d.day}日在维也纳举行的示例委员会会议成果。`),
    p(`The Member States welcomed the meeting of the Heads of State held in Minsk on ${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}.`),
    p(`Государства-члены приветствовали заседание в Минске ${d.day} ${['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'][d.month - 1]} ${d.year} года.`),
  ][shape]!);
  const numbering = fc.constantFrom('', '1. ', '一、', '(1) ', '（一）');

  it('never takes a date named in an ordinary clause', () => {
    fc.assert(fc.property(fc.array(clause, { minLength: 1, maxLength: 6 }), (blocks) => summitDate(blocks).date === undefined));
  });

  it('takes the formula date wherever clauses with other dates stand, whatever its numbering', () => {
    fc.assert(fc.property(fc.array(clause, { maxLength: 6 }), day, numbering, (clauses, d, number) => {
      const formula = p(`${number}示例组织成员国领导人于${d.year}年${d.month}月${d.day}日在天津举行元首理事会会议，并发表宣言如下：`);
      const result = summitDate([formula, ...clauses], { stamp: '2099-01-01', closing: '2098-01-01' });
      return result.date?.iso === iso(d) && result.date.source === 'formula';
    }));
  });
});
