import { foldScript } from '../text/fold.js';

/** A summit city: its ASCII id part and the names it is written with. */
interface Place {
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
 * place is romanised (see `placeSlug`).
 */
const PLACES: readonly Place[] = [
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
  place('cholpon-ata', '乔尔蓬阿塔/喬爾蓬阿塔', 'Cholpon-Ata', ['Чолпон-Ат']),
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

/** The names' patterns, built once: English whole words, Russian from the start of a word. */
let patterns: Array<{ place: Place; en: RegExp[]; ru: RegExp[] }> | undefined;

function compiled() {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]/g, '[-\\s]?');
  patterns ??= PLACES.map((entry) => ({
    place: entry,
    en: entry.en.map((name) => new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?![\\p{L}\\d])`, 'giu')),
    ru: entry.ru.map((stem) => new RegExp(`(?<!\\p{L})${escape(stem)}`, 'giu')),
  }));
  return patterns;
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
  for (const { place: entry, en, ru } of compiled()) {
    for (const zh of entry.zh) {
      const at = masked.lastIndexOf(zh);
      const asWritten = text.length === original.length && at >= 0 ? original.slice(at, at + zh.length) : zh;
      consider(at, zh.length, { name: asWritten, ascii: entry.ascii });
    }
    en.forEach((pattern, index) => {
      for (const match of masked.matchAll(pattern)) consider(match.index, match[0].length, { name: entry.en[index]!, ascii: entry.ascii });
    });
    for (const pattern of ru) {
      for (const match of masked.matchAll(pattern)) consider(match.index, match[0].length, { name: entry.ru[0]!, ascii: entry.ascii });
    }
  }
  return best?.found;
}
