import { foldScript } from '../text/fold.js';

/** A summit city: its ASCII id part and the names it is written with. */
interface Place {
  ascii: string;
  zh: string;
  en: readonly string[];
  /** Russian nominative first, then stems of the forms titles use (`Московская декларация`). */
  ru: readonly string[];
}

/** Cities of SCO and related summits. Add a row to support another one. */
const PLACES: readonly Place[] = [
  { ascii: 'moscow', zh: '莫斯科', en: ['Moscow'], ru: ['Москва', 'Москв', 'Московск'] },
  { ascii: 'bishkek', zh: '比什凯克', en: ['Bishkek'], ru: ['Бишкек'] },
  { ascii: 'dushanbe', zh: '杜尚别', en: ['Dushanbe'], ru: ['Душанбе', 'Душанбинск'] },
  { ascii: 'qingdao', zh: '青岛', en: ['Qingdao'], ru: ['Циндао', 'Циндаоск'] },
  { ascii: 'samarkand', zh: '撒马尔罕', en: ['Samarkand', 'Samarqand'], ru: ['Самарканд'] },
  { ascii: 'astana', zh: '阿斯塔纳', en: ['Astana'], ru: ['Астана', 'Астанинск'] },
  { ascii: 'tashkent', zh: '塔什干', en: ['Tashkent'], ru: ['Ташкент'] },
  { ascii: 'shanghai', zh: '上海', en: ['Shanghai'], ru: ['Шанхай', 'Шанхайск'] },
  { ascii: 'new-delhi', zh: '新德里', en: ['New Delhi'], ru: ['Нью-Дели'] },
  { ascii: 'ufa', zh: '乌法', en: ['Ufa'], ru: ['Уфа', 'Уфимск'] },
  { ascii: 'yekaterinburg', zh: '叶卡捷琳堡', en: ['Yekaterinburg', 'Ekaterinburg'], ru: ['Екатеринбург'] },
  { ascii: 'beijing', zh: '北京', en: ['Beijing'], ru: ['Пекин'] },
  { ascii: 'almaty', zh: '阿拉木图', en: ['Almaty'], ru: ['Алматы', 'Алма-Ат'] },
  { ascii: 'nur-sultan', zh: '努尔苏丹', en: ['Nur-Sultan', 'Nursultan'], ru: ['Нур-Султан'] },
];

/** The organisation's own name contains a city (上海合作组织, Shanghai Cooperation Organisation): ignore it. */
const ORGANISATION = /上海合作[组組][织織]|上合[组組][织織]|Shanghai\s+Cooperation\s+Organi[sz]ation|Шанхайск\S*\s+организаци\S*\s+сотрудничества/giu;

/** A place found in a title: the name to record and the ASCII form for ids. */
export interface FoundPlace {
  /** The place as the document's language writes it (`莫斯科`, `Moscow`, `Москва`). */
  name: string;
  ascii: string;
}

/**
 * Find the summit city in a title (`…莫斯科宣言` → 莫斯科). The organisation's name is ignored;
 * when several cities occur, the one nearest the end (next to 宣言/Declaration) wins.
 * Traditional characters are folded before matching and the name is returned as written.
 */
export function findPlace(title: string): FoundPlace | undefined {
  const direct = search(title, title);
  if (direct) return direct;
  const folded = foldScript(title); // Traditional characters: 青島 → 青岛
  return folded === title ? undefined : search(folded, title);
}

function search(text: string, original: string): FoundPlace | undefined {
  const masked = text.replace(ORGANISATION, (match) => ' '.repeat(match.length));
  const lower = masked.toLowerCase();
  let best: { at: number; found: FoundPlace } | undefined;
  const consider = (at: number, found: FoundPlace): void => {
    if (at >= 0 && (!best || at > best.at)) best = { at, found };
  };
  for (const place of PLACES) {
    const at = masked.lastIndexOf(place.zh);
    const asWritten = text.length === original.length && at >= 0 ? original.slice(at, at + place.zh.length) : place.zh;
    consider(at, { name: asWritten, ascii: place.ascii });
    for (const name of place.en) consider(lastIndexOfWord(masked, name), { name, ascii: place.ascii });
    for (const stem of place.ru) consider(lower.lastIndexOf(stem.toLowerCase()), { name: place.ru[0]!, ascii: place.ascii });
  }
  return best?.found;
}

function lastIndexOfWord(text: string, word: string): number {
  const pattern = new RegExp(`\\b${word.replace(/[-\s]/g, '[-\\s]?')}\\b`, 'giu');
  let at = -1;
  for (const match of text.matchAll(pattern)) at = match.index;
  return at;
}
