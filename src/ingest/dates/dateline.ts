import { enMonth, findDate, isoDate, ruMonth } from '../repair/dates.js';

/** A dateline: a line that gives the date and place of the text, or a news agency's month and day. */
export interface Dateline {
  /** ISO date, when the line gives the year. */
  iso?: string;
  /** Month and day only (`新华社杜尚别9月17日电`): the year must come from elsewhere. */
  monthDay?: readonly [number, number];
  /** The place as written, when the line names one (`Душанбе`, `Moscow`, `莫斯科`). */
  place?: string;
  /** The text the dateline takes: the whole line, or the agency prefix of a paragraph. */
  text: string;
}

/** Longest dateline, in characters. */
const MAX_LENGTH = 80;
/** A time of day: a line with one is a page stamp, not a dateline. */
const TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
/** Words that surround a date in a dateline without being the place. */
export const FILLER = /(?<!\p{L})(?:года|год|г\.|г(?!\p{L})|гор\.|город|done|signed|in|on|at|the|dated?)(?!\p{L})/giu;
/** What every filler word holds (`ſ` folds to `s` under `iu`): a line without one never compiles `FILLER`. */
export const FILLER_GATE = /г|done|[sſ]igned|in|on|at|the|date/iu;
/** A news agency's dateline: `新华社杜尚别9月17日电`, `新華社北京6月10日電`, with the comma or colon a copy may put after it. */
export const AGENCY = /^(?:新华社|新華社|中新社|人民网|人民網)\s{0,2}(\p{Script=Han}{2,8}?)\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日\s{0,2}[电電](?:\s{0,2}[,，:：])?\s*/u;

/** An English agency's dateline: `Moscow, November 18th (Xinhua)`, `BEIJING, June 10 (Agency) --`. */
export const AGENCY_EN = /^(\p{Lu}[\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,2}),\s{0,3}(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?\s{0,3}\(\s{0,2}\p{Lu}[^()]{1,40}\)(?:\s{0,3}(?:-{1,2}|[–—:]))?\s*/u;
/** A Russian agency's dateline: `МОСКВА, 18 ноября. /ТАСС/.`. */
export const AGENCY_RU = /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}),\s{0,3}(\d{1,2})\s{1,3}(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.?\s{0,3}\/[^/]{2,40}\/\.?\s*/u;

/**
 * What each agency pattern needs (the agency's name; a comma and an opening bracket; a comma and
 * a slash), checked first: their `\p{Lu}`, `\p{L}` and `\p{Script=Han}` classes cost V8 a
 * millisecond or more each to compile, and most lines are no agency's.
 */
export const AGENCY_NAME = /^(?:新华社|新華社|中新社|人民网|人民網)/;
export const mayBeEnglishAgency = (line: string): boolean => line.includes(',') && line.includes('(');
export const mayBeRussianAgency = (line: string): boolean => line.includes(',') && line.includes('/');

/**
 * Read a line as a dateline: a date and at most a short place (`г. Душанбе 17 сентября 2021 года`,
 * `Moscow, 10 November 2020`, `(Astana, July 5, 2005)`, `2020年11月10日，莫斯科`), or a news agency's
 * `新华社X M月D日电`, `Moscow, November 18th (Agency)` or `МОСКВА, 18 ноября. /Агентство/.` at the
 * start of a paragraph. A line with a time of day is a page stamp.
 */
export function readDateline(text: string): Dateline | undefined {
  const line = text.trim();
  const agency = AGENCY_NAME.test(line) ? AGENCY.exec(line) : null;
  if (agency) {
    const month = Number(agency[2]);
    const day = Number(agency[3]);
    if (!isoDate(2000, month, day)) return undefined;
    return { monthDay: [month, day], place: agency[1]!, text: agency[0].trim() };
  }
  const english = mayBeEnglishAgency(line) ? AGENCY_EN.exec(line) : null;
  const russian = english || !mayBeRussianAgency(line) ? null : AGENCY_RU.exec(line);
  if (english || russian) {
    const [month, day] = english ? [enMonth(english[2]!), Number(english[3])] : [ruMonth(russian![3]!), Number(russian![2])];
    if (!isoDate(2000, month, day)) return undefined;
    return { monthDay: [month, day], place: (english ?? russian)![1]!, text: (english ?? russian)![0].trim() };
  }
  if (line.includes('\n') || [...line].length > MAX_LENGTH || TIME.test(line)) return undefined;
  const found = findDate(line);
  if (!found) return undefined;
  const around = line.slice(0, found.index) + ' ' + line.slice(found.index + found.length);
  const rest = FILLER_GATE.test(around) ? around.replace(FILLER, ' ') : around;
  const place = rest.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim().replace(/^[于於在]|(?:签署|簽署|市)$/u, '');
  if (/[。！？；]$/u.test(line) || /\d/.test(place) || place.split(' ').filter(Boolean).length > 4) return undefined;
  if ([...place].length > (/\p{Script=Han}/u.test(place) ? 12 : 40)) return undefined;
  return { iso: found.iso, ...(place ? { place } : {}), text: line };
}

/** Complete a month and day with a year: the latest such date not after `reference` (an ISO date). */
export function withYear(monthDay: readonly [number, number], reference: string): string | undefined {
  const year = Number(reference.slice(0, 4));
  const [month, day] = monthDay;
  const same = isoDate(year, month, day);
  if (same && same <= reference) return same;
  return isoDate(year - 1, month, day);
}
