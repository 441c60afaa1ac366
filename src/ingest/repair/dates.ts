import { mayMatchCyrillic } from '../may-match.js';

/** Chinese numerals used in dates (`二〇二〇年十一月十日`). */
const CN_DIGITS: Record<string, number> = { '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

// Whitespace runs inside a date are bounded (`\s{0,3}`): unbounded runs on both sides of an
// optional separator (`\s*,?\s+`) made a long run of spaces cost quadratic time.
const ZH_NUM = '[0-9０-９一二三四五六七八九十]{1,3}';
/** `2020年11月10日`, also a range ending the same or another month (`2022年9月15日至16日`, `2025年8月31日至9月1日`): its last day. */
const ZH_DATE = new RegExp(
  `([0-9０-９〇零一二三四五六七八九]{4})\\s{0,3}年\\s{0,3}(${ZH_NUM})\\s{0,3}月\\s{0,3}(${ZH_NUM})\\s{0,3}[日号號]` +
    `(?:\\s{0,3}[至到—–~－-]\\s{0,3}(?:(${ZH_NUM})\\s{0,3}月\\s{0,3})?(${ZH_NUM})\\s{0,3}[日号號])?`,
  'u',
);
const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** `10 November 2020`, `9-10 June 2018` (the second day is matched), `5th of July, 2005`. */
export const EN_DAY_MONTH = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(${MONTHS})\\.?,?\\s{1,3}(\\d{4})(?!\\d)`, 'iu');
/** `November 10, 2020`, `June 10 and 11, 2010`, `June 10-11, 2010` (a range: its last day). */
export const EN_MONTH_DAY = new RegExp(
  `(?<!\\p{L})(${MONTHS})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,3}(?:-|–|—|and|to)\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s{1,3}(\\d{4})(?!\\d)`,
  'iu',
);
/**
 * What both English patterns need: a month's first three letters (`ſ`, which the `iu` flags fold
 * to `s`, included). The patterns' `\p{L}` lookbehinds cost V8 about a millisecond each to
 * compile: a text without an English month never compiles them.
 */
export const EN_MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|[sſ]ep|oct|nov|dec/i;
const RU_DATE = /(?<!\d)(\d{1,2})\s{1,3}(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s{1,3}(\d{4})(?!\d)/iu;

/** A date found in a text: ISO form and where it was. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Offset and length of the matched text. */
  index: number;
  length: number;
}

/** What every date pattern needs: a digit, or 年 (a year in Chinese numerals). */
const DATE_SIGN = /[0-9０-９年]/u;

/** A day-first dotted date: `17.09.2022`. */
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;

/**
 * A day-first dotted date (`17.09.2022`), as Russian and many European texts write it: its ISO
 * date, where it is, and its length. Not one of `findDate`'s forms: in a clause a dotted number
 * is as often a section or a version; a page stamp or a closing line reads it.
 */
export function findDottedDate(text: string): FoundDate | undefined {
  const dotted = DOTTED_DATE.exec(text);
  const iso = dotted ? isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) : undefined;
  return dotted && iso ? { iso, index: dotted.index, length: dotted[0].length } : undefined;
}

/** Find the first date written in Chinese, ISO, English or Russian style; undefined when none is valid. */
export function findDate(text: string): FoundDate | undefined {
  if (!DATE_SIGN.test(text)) return undefined;
  // The English patterns only behind a month's first letters, the Russian ones on text with Cyrillic letters (see may-match.ts).
  const english = EN_MONTH_START.test(text);
  const cyrillic = mayMatchCyrillic(text);
  const candidates: Array<[RegExpExecArray | null, (m: RegExpExecArray) => [number, number, number]]> = [
    [ZH_DATE.exec(text), (m) => [cnNumber(m[1]!), cnNumber(m[4] ?? m[2]!), cnNumber(m[5] ?? m[3]!)]],
    [ISO_DATE.exec(text), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [english ? EN_DAY_MONTH.exec(text) : null, (m) => [Number(m[3]), enMonth(m[2]!), Number(m[1])]],
    [english ? EN_MONTH_DAY.exec(text) : null, (m) => [Number(m[4]), enMonth(m[1]!), Number(m[3] ?? m[2])]],
    [cyrillic ? RU_DATE.exec(text) : null, (m) => [Number(m[3]), ruMonth(m[2]!), Number(m[1])]],
  ];
  let best: FoundDate | undefined;
  for (const [match, parts] of candidates) {
    if (!match) continue;
    const [year, month, day] = parts(match);
    const iso = isoDate(year, month, day);
    if (iso && (!best || match.index < best.index)) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}

/**
 * Is this line just a date (the closing date of a declaration, or a page time stamp)?
 * Up to 12 other characters are allowed: a place (`莫斯科`, `Moscow,`), `года`, a time.
 */
export function dateLine(text: string): string | undefined {
  if (text.includes('\n') || text.length > 48) return undefined;
  const found = findDate(text);
  if (!found) return undefined;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.length))
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '')
    .replace(/[\s\p{P}]/gu, '');
  return rest.length <= 12 ? found.iso : undefined;
}

/** `YYYY-MM-DD` for a real calendar date between 1900 and 2200, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `2020`, `二〇二〇`, `十一`, `二十三`, full-width digits → number. */
export function cnNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!ascii.includes('十')) return Number([...ascii].map((ch) => CN_DIGITS[ch] ?? 0).join(''));
  const [tens, ones] = ascii.split('十');
  return (tens ? CN_DIGITS[tens] ?? 0 : 1) * 10 + (ones ? CN_DIGITS[ones] ?? 0 : 0);
}

/** `September`, `Sept`, `sep` → 9. */
export function enMonth(name: string): number {
  const lower = name.toLowerCase();
  return EN_MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

/** `сентября` → 9. */
export function ruMonth(name: string): number {
  const lower = name.toLowerCase();
  if (lower === 'мая') return 5;
  return RU_MONTHS.findIndex((stem) => stem.length > 2 && lower.startsWith(stem)) + 1;
}
