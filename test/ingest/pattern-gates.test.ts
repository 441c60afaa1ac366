import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCY, AGENCY_EN, AGENCY_NAME, AGENCY_RU, FILLER, FILLER_GATE, mayBeEnglishAgency, mayBeRussianAgency } from '../../src/ingest/dates/dateline.js';
import { PLACE, PLACE_GATES } from '../../src/ingest/dates/formula.js';
import { AGENCY_DATELINE, AGENCY_DATELINE_GATE } from '../../src/ingest/repair/head.js';
import { GATES } from '../../src/ingest/repair/chrome.js';
import { EN_DAY_MONTH, EN_MONTH_DAY, EN_MONTH_START } from '../../src/ingest/repair/dates.js';

/**
 * Issue 21: patterns with `\p{…}` classes are tested only behind a cheap gate, so that V8 does not
 * compile them for lines they cannot match. A gate must match wherever its pattern does, or a line
 * the importer recognised would no longer be: checked on lines made of the patterns' own words,
 * in every case (and `ſ`, which `iu` folds to `s`), with what can stand around them.
 */
const WORDS = [
  'Share', 'Поделиться', 'Tags', 'Теги', '标签', 'Related', 'See also', 'Back to', 'Return to', 'Вернуться', 'Updated', 'Published',
  'Последнее', 'Обновлено', '更新时间', '点击量', 'Views', 'Просмотров', 'Unofficial translation', 'Перевод', 'By', 'От', '维基文库', 'Wikipedia',
  'Википедия', 'public domain', 'Creative Commons', 'CC BY', 'общественном достоянии', 'Общественное достояние',
  'Moscow', 'МОСКВА', 'BEIJING', 'November', 'Sept', 'sep', 'August', 'ноября', 'Jan', '10', '18th', '2020', '新华社', '新華社', '人民网', '杜尚别', '9月17日电',
  '(Xinhua)', '(ТАСС)', '/ТАСС/', 'John Smith', 'Иван Петров', '莫斯科', 'a', 'Z', 'ж', '7',
  'года', 'г.', 'гор.', 'город', 'done', 'signed', 'in', 'on', 'at', 'the', 'dated', 'в', 'Москве', 'met in', 'the city of', 'St.', '在', '举行',
];
const SEPARATORS = [' ', '  ', ', ', ',', ': ', '：', '.', '-', '/', '(', ')', '\n', '', '\u3000'];
const variant = (word: string) => fc.constantFrom(word, word.toUpperCase(), word.toLowerCase(), word.replace(/s/g, 'ſ'), word.replace(/S/g, 's'));
const line = fc.array(fc.tuple(fc.constantFrom(...WORDS).chain(variant), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join('').trim());

/** Lines in the shapes of dates and agency datelines, each part in any case and with noise around. */
const word = (...words: string[]) => fc.constantFrom(...words).chain(variant);
const noise = fc.constantFrom('', 'x ', 'Done in ', '(', 'ж ', '7', '中');
const dated = fc.tuple(noise, fc.integer({ min: 1, max: 31 }), word('', 'st', 'th', ' of'), word('November', 'Sept', 'sep', 'August', 'Jan', 'May', 'december'), fc.constantFrom('', '.', ','), fc.constantFrom(' 2020', ', 2005', '  1999'), noise)
  .chain(([before, day, suffix, month, mark, year, after]) => fc.constantFrom(`${before}${day}${suffix} ${month}${mark}${year}${after}`, `${before}${month}${mark} ${day}${suffix}${year}${after}`, `${before}${month} ${day} and ${day + 1},${year}${after}`));
const agencies = fc.tuple(word('Moscow', 'BEIJING', 'New Delhi', 'Tashkent'), word('November', 'Sept', 'Jan'), fc.integer({ min: 1, max: 31 }), word('Xinhua', 'TASS', 'Agency'), word('МОСКВА', 'Ташкент'), word('ноября', 'мая'), word('ТАСС', 'РИА Новости'), word('新华社', '新華社', '人民网'), word('杜尚别', '北京'), fc.integer({ min: 1, max: 12 }))
  .chain(([place, month, day, agency, ruPlace, ruMonth, ruAgency, zhAgency, zhPlace, zhMonth]) => fc.constantFrom(
    `${place}, ${month} ${day} (${agency}) -- text`,
    `${place}, ${month}. ${day}th (${agency}):`,
    `${ruPlace}, ${day} ${ruMonth}. /${ruAgency}/. Текст`,
    `${zhAgency}${zhPlace}${zhMonth}月${day}日电 正文`,
    `${zhAgency} ${zhPlace} ${zhMonth} 月 ${day} 日電`,
    `据${zhAgency}${zhPlace}${zhMonth}月${day}日电`,
    `${ruPlace}, ${day}.${zhMonth}.2019 /${ruAgency}/.`,
    `${place}, ${day}.${zhMonth}.2020`,
    `The leaders met in ${place} on ${month} ${day}, 2020`,
    `in the city of ${place}, ${day} ${month}`,
    `Руководители встретились в ${ruPlace} ${day} ${ruMonth} 2019 года`,
    `в г. ${ruPlace}е и в городе Нур-Султане`,
  ));

/** Check `pattern ⇒ gate` on many lines; return how many the pattern matched (the check must have had matches to check). */
function implies(pattern: (text: string) => boolean, gate: (text: string) => boolean, lines = line): number {
  let matched = 0;
  fc.assert(fc.property(lines, (text) => {
    if (pattern(text)) {
      matched += 1;
      expect(gate(text), text).toBe(true);
    }
  }), { numRuns: 4000 });
  return matched;
}

describe('pattern gates', () => {
  it('chrome lines: each gate matches wherever its pattern does', () => {
    expect(GATES.length).toBeGreaterThanOrEqual(8);
    let matched = 0;
    for (const [gate, pattern] of GATES) matched += implies((text) => pattern.test(text), (text) => gate.test(text));
    expect(matched).toBeGreaterThan(100);
  });

  it('English dates: a month\'s first letters come with every English date', () => {
    const matched = implies((text) => EN_DAY_MONTH.test(text) || EN_MONTH_DAY.test(text), (text) => EN_MONTH_START.test(text), fc.oneof(line, dated));
    expect(matched).toBeGreaterThan(20);
  });

  it('agency datelines: the agency\'s name, or a comma with a bracket or a slash, come with every one', () => {
    const lines = fc.oneof(line, agencies);
    expect(implies((text) => AGENCY.test(text), (text) => AGENCY_NAME.test(text), lines)).toBeGreaterThan(5);
    expect(implies((text) => AGENCY_EN.test(text), mayBeEnglishAgency, lines)).toBeGreaterThan(5);
    expect(implies((text) => AGENCY_RU.test(text), mayBeRussianAgency, lines)).toBeGreaterThan(5);
    expect(implies((text) => AGENCY_DATELINE.test(text), (text) => AGENCY_DATELINE_GATE.test(text), lines)).toBeGreaterThan(5);
  });

  it('the words around a date, and a formula\'s place: each gate comes with every match', () => {
    const lines = fc.oneof(line, dated, agencies);
    expect(implies((text) => new RegExp(FILLER.source, FILLER.flags).test(text), (text) => FILLER_GATE.test(text), lines)).toBeGreaterThan(20);
    expect(implies((text) => new RegExp(PLACE[1]!.source, PLACE[1]!.flags).test(text), (text) => PLACE_GATES[0].test(text), lines)).toBeGreaterThan(5);
    expect(implies((text) => new RegExp(PLACE[2]!.source, PLACE[2]!.flags).test(text), (text) => PLACE_GATES[1].test(text), lines)).toBeGreaterThan(5);
  });
});
