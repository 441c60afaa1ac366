import { foldScript } from '../text/fold.js';
import { mayMatchCyrillic, mayMatchLatin } from './may-match.js';

/** A summit city: its ASCII id part and the names it is written with. */
export interface Place {
  ascii: string;
  /** Simplified, then Traditional (when it differs). */
  zh: readonly string[];
  en: readonly string[];
  /** Russian nominative first, then the stems of its other forms (`Москв` for `в Москве`, `Московск` for `Московская декларация`). */
  ru: readonly string[];
}

const place = (ascii: string, zh: string, en: string | readonly string[], ru: readonly string[]): Place => ({
  ascii,
  zh: zh.split('/'),
  en: typeof en === 'string' ? [en] : en,
  ru,
});

/**
 * Cities of SCO summits 2001–2025 (Shanghai, Saint Petersburg, Moscow, Tashkent, Astana, Shanghai,
 * Bishkek, Dushanbe, Yekaterinburg, Tashkent, Astana, Beijing, Bishkek, Dushanbe, Ufa, Tashkent,
 * Astana, Qingdao, Bishkek, Moscow (by video), Dushanbe, Samarkand, New Delhi (by video), Astana,
 * Tianjin) and plausible hosts of other SCO meetings. Add a row to support another one; any other
 * place is romanised (see `placeSlug`). Exported for the tests, which check the matching on these names.
 */
export const PLACES: readonly Place[] = [
  place('shanghai', '上海', 'Shanghai', ['Шанхай', 'Шанха']),
  place('saint-petersburg', '圣彼得堡/聖彼得堡', ['Saint Petersburg', 'St. Petersburg', 'St Petersburg', 'Petersburg'], ['Санкт-Петербург', 'Петербург']),
  place('moscow', '莫斯科', 'Moscow', ['Москва', 'Москв', 'Московск']),
  place('tashkent', '塔什干', 'Tashkent', ['Ташкент']),
  place('astana', '阿斯塔纳/阿斯塔納', 'Astana', ['Астана', 'Астан', 'Астанинск']),
  place('nur-sultan', '努尔苏丹/努爾蘇丹', ['Nur-Sultan', 'Nursultan'], ['Нур-Султан']),
  place('bishkek', '比什凯克/比什凱克', 'Bishkek', ['Бишкек']),
  place('dushanbe', '杜尚别/杜尚別', 'Dushanbe', ['Душанбе', 'Душанбинск']),
  place('yekaterinburg', '叶卡捷琳堡/葉卡捷琳堡', ['Yekaterinburg', 'Ekaterinburg'], ['Екатеринбург']),
  place('beijing', '北京', 'Beijing', ['Пекин']),
  place('ufa', '乌法/烏法', 'Ufa', ['Уфа', 'Уфе', 'Уфы', 'Уфу', 'Уфой', 'Уфимск']),
  place('qingdao', '青岛/青島', 'Qingdao', ['Циндао', 'Циндаоск']),
  place('samarkand', '撒马尔罕/撒馬爾罕', ['Samarkand', 'Samarqand'], ['Самарканд']),
  place('new-delhi', '新德里', 'New Delhi', ['Нью-Дели']),
  place('delhi', '德里', 'Delhi', ['Дели']),
  place('tianjin', '天津', 'Tianjin', ['Тяньцзинь', 'Тяньцзин']),
  place('minsk', '明斯克', 'Minsk', ['Минск']),
  place('islamabad', '伊斯兰堡/伊斯蘭堡', 'Islamabad', ['Исламабад']),
  place('tehran', '德黑兰/德黑蘭', ['Tehran', 'Teheran'], ['Тегеран']),
  place('almaty', '阿拉木图/阿拉木圖', ['Almaty', 'Alma-Ata'], ['Алматы', 'Алма-Ат']),
  place('cholpon-ata', '乔尔蓬阿塔/喬爾蓬阿塔', 'Cholpon-Ata', ['Чолпон-Ата', 'Чолпон-Ат']),
  place('kazan', '喀山', 'Kazan', ['Казань', 'Казан']),
  place('sochi', '索契', 'Sochi', ['Сочи']),
  place('chelyabinsk', '车里雅宾斯克/車里雅賓斯克', 'Chelyabinsk', ['Челябинск']),
  place('goa', '果阿', 'Goa', ['Гоа']),
  place('ulaanbaatar', '乌兰巴托/烏蘭巴托', ['Ulaanbaatar', 'Ulan Bator'], ['Улан-Батор']),
  place('ashgabat', '阿什哈巴德', 'Ashgabat', ['Ашхабад']),
  place('baku', '巴库/巴庫', 'Baku', ['Баку']),
];

/** The organisation's own name contains a city (上海合作组织, Shanghai Cooperation Organisation): ignore it. */
const ORGANISATION = /上海合作[组組][织織]|上合[组組][织織]|Shanghai\s+Cooperation\s+Organi[sz]ation|Шанхайск\S{0,12}\s+организаци\S{0,12}\s+сотрудничества/giu;

/** A place found in a title: the name to record and the ASCII form for ids. */
export interface FoundPlace {
  /** The place as the document's language writes it (`莫斯科`, `Moscow`, `Москва`). */
  name: string;
  ascii: string;
}

/**
 * The names' patterns, built once. A name is matched by a plain pattern and its word boundary is
 * checked apart (`WORD_CHARACTER`, `LETTER`): V8 compiles a `\p{L}` class under the `iu` flags slowly
 * (about 0.6 ms), and one lookaround pair in each of the 90 patterns made `import` 70 ms slower.
 */
let patterns: Array<{ place: Place; en: RegExp[]; ru: RegExp[] }> | undefined;

function compiled() {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]/g, '[-\\s]?');
  patterns ??= PLACES.map((entry) => ({
    place: entry,
    en: entry.en.map((name) => new RegExp(escape(name), 'giu')),
    ru: entry.ru.map((stem) => new RegExp(escape(stem), 'giu')),
  }));
  return patterns;
}

/** What may not touch an English name on either side, or precede a Russian stem (the same class the patterns had). */
const WORD_CHARACTER = /^[\p{L}\d]$/iu;
const LETTER = /^\p{L}$/iu;

/** The code point that ends just before `index` in `text`, or '' at the start. */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/** The code point that starts at `index` in `text`, or '' at the end. */
function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * Find the summit city in a title or a sentence (`…莫斯科宣言` → 莫斯科). The organisation's name is
 * ignored; when several cities occur, the one ending nearest the end (next to 宣言/Declaration)
 * wins, and of two ending together the longer (新德里 over 德里). Traditional characters are
 * matched as written and, failing that, folded.
 */
export function findPlace(title: string): FoundPlace | undefined {
  const direct = search(title, title);
  if (direct) return direct;
  const folded = foldScript(title); // Traditional characters a row does not list
  return folded === title ? undefined : search(folded, title);
}

/** The gazetteer's ASCII form of a place name (`莫斯科`, `Москва`, `Moscow`), if it is a known city. */
export function knownPlace(name: string): FoundPlace | undefined {
  return findPlace(name);
}

function search(text: string, original: string): FoundPlace | undefined {
  const masked = text.replace(ORGANISATION, (match) => ' '.repeat(match.length));
  let best: { end: number; length: number; found: FoundPlace } | undefined;
  const consider = (at: number, length: number, found: FoundPlace): void => {
    const end = at + length;
    if (at >= 0 && (!best || end > best.end || (end === best.end && length > best.length))) best = { end, length, found };
  };
  // The English and Russian patterns (case-insensitive) run only on text with letters they may match.
  const latin = mayMatchLatin(masked);
  const cyrillic = mayMatchCyrillic(masked);
  for (const { place: entry, en, ru } of compiled()) {
    for (const zh of entry.zh) {
      const at = masked.lastIndexOf(zh);
      const asWritten = text.length === original.length && at >= 0 ? original.slice(at, at + zh.length) : zh;
      consider(at, zh.length, { name: asWritten, ascii: entry.ascii });
    }
    if (latin) {
      en.forEach((pattern, index) => {
        const alone = (at: number, length: number): boolean => !WORD_CHARACTER.test(codePointBefore(masked, at)) && !WORD_CHARACTER.test(codePointAt(masked, at + length));
        for (const [at, length] of matches(pattern, masked, alone)) consider(at, length, { name: entry.en[index]!, ascii: entry.ascii });
      });
    }
    if (cyrillic) {
      for (const pattern of ru) {
        const wordStart = (at: number): boolean => !LETTER.test(codePointBefore(masked, at));
        for (const [at, length] of matches(pattern, masked, wordStart)) consider(at, length, { name: entry.ru[0]!, ascii: entry.ascii });
      }
    }
  }
  return best?.found;
}

/**
 * Start and length of each match of the global `pattern` in `text` that `accept` takes, as
 * `matchAll` of the pattern with `accept` as a lookaround would give: after a refused match the
 * search goes on from the next position, not after it.
 */
function* matches(pattern: RegExp, text: string, accept: (at: number, length: number) => boolean): Generator<[number, number]> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const length = match[0].length;
    if (accept(match.index, length)) {
      yield [match.index, length];
      if (length === 0) pattern.lastIndex = match.index + 1;
    } else {
      pattern.lastIndex = match.index + 1;
    }
  }
}
