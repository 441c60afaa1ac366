/** Chinese numerals used in dates (`二〇二〇年十一月十日`). */
const CN_DIGITS: Record<string, number> = { '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

const ZH_DATE = /([0-9０-９〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９一二三四五六七八九十]{1,3})\s*日/u;
const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const EN_DAY_MONTH = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+(\d{4})/i;
const EN_MONTH_DAY = /(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})/i;
const RU_DATE = /(?<!\d)(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(\d{4})/i;

/** A date found in a text: ISO form and where it was. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Offset and length of the matched text. */
  index: number;
  length: number;
}

/** Find the first date written in Chinese, ISO, English or Russian style; undefined when none is valid. */
export function findDate(text: string): FoundDate | undefined {
  const candidates: Array<[RegExpExecArray | null, (m: RegExpExecArray) => [number, number, number]]> = [
    [ZH_DATE.exec(text), (m) => [cnNumber(m[1]!), cnNumber(m[2]!), cnNumber(m[3]!)]],
    [ISO_DATE.exec(text), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [EN_DAY_MONTH.exec(text), (m) => [Number(m[3]), EN_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1])]],
    [EN_MONTH_DAY.exec(text), (m) => [Number(m[3]), EN_MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2])]],
    [RU_DATE.exec(text), (m) => [Number(m[3]), ruMonth(m[2]!), Number(m[1])]],
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

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `2020`, `二〇二〇`, `十一`, `二十三`, full-width digits → number. */
function cnNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!ascii.includes('十')) return Number([...ascii].map((ch) => CN_DIGITS[ch] ?? 0).join(''));
  const [tens, ones] = ascii.split('十');
  return (tens ? CN_DIGITS[tens] ?? 0 : 1) * 10 + (ones ? CN_DIGITS[ones] ?? 0 : 0);
}

function ruMonth(name: string): number {
  const lower = name.toLowerCase();
  if (lower === 'мая') return 5;
  return RU_MONTHS.findIndex((stem) => stem.length > 2 && lower.startsWith(stem)) + 1;
}
