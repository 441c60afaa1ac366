import { findDate } from '../repair/dates.js';
import { formulaSentences } from '../sentences.js';

/**
 * The opening formula of a declaration: the sentence that says who met, when and where, and that
 * they declare what follows (`…成员国领导人于2022年9月16日在撒马尔罕举行元首理事会会议，并发表宣言如下：`,
 * `The leaders…, following the meeting of the Council of Heads of State in X on 16 September 2022,
 * declare the following.`, `Руководители…по итогам заседания…в X 14 июня 2019 года заявляют о следующем.`).
 */
export interface OpeningFormula {
  /** The sentence, as written (paragraph numbering removed). */
  sentence: string;
  /** ISO date it names, when it names one (the last day of a range). */
  iso?: string;
  /** The place it names (`撒马尔罕`, `Qingdao`, `Бишкеке`), as written; undefined when none is found. */
  place?: string;
  /** It declares what follows (`如下`, `declare the following`, `заявляют о следующем`), not only names the meeting. */
  declares: boolean;
}

/** Paragraph numbering that may precede the formula: `1.`, `1)`, `(1)`, `（一）`, `一、`, `I.`. */
const NUMBERING = /^\s*(?:\d{1,3}[.)、]|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}[、.]|[IVX]{1,5}\.)\s*/u;

/** Declaring what follows. */
const DECLARES = [
  /如下|如次/u,
  /\b(?:hereby\s+)?(?:declare|declares|state|states|announce|proclaim)\b(?:\s+\w+){0,2}?\s+(?:the\s+following|as\s+follows)\b|\bhereby\s+(?:declare|state)\b|\b(?:declare|state)\s*:/iu,
  /заявля\p{L}{0,12}\s+(?:о\s+)?следующ|заявля\p{L}{0,12}\s*:|констатиру\p{L}{0,12}\s+следующ|провозглаша\p{L}{0,12}/iu,
];

/** The meeting of the leaders, as the first sentence of a text names it (subject near the start, a meeting verb). */
const MEETING_SUBJECT = [
  /^.{0,40}?(?:领导人|領導人|元首|首脑|首腦|元首理事会|元首理事會)/u,
  /^.{0,60}?\b(?:leaders|heads\s+of\s+(?:the\s+)?(?:member\s+)?states?|council\s+of\s+(?:the\s+)?heads|heads\s+of\s+state\s+council|participants|meeting)\b/iu,
  /^.{0,60}?(?:руководител|глав\p{L}{0,12}\s+государств|лидер|участник|заседани)/iu,
];
const MEETING_VERB = [
  /(?:举行|舉行|会晤|會晤)(?!的)/u,
  /\b(?:met|meeting|gathered|convened|was\s+held|were\s+held|took\s+place|hosted|session)\b/iu,
  /по\s+итогам|заседани|собрал|встретил|состоял|провели/iu,
];
/** Ordinary clauses begin with the member states as subject: their dates are other meetings'. */
const CLAUSE_SUBJECT = /^(?:各)?成员国|^(?:各)?成員國|^the\s+(?:sco\s+)?member\s+states|^государства[\s–—-]+члены/iu;

/** Where the meeting was: `在X举行`, `in (the city of) X`, `в (г.|городе) X`. */
export const PLACE = [
  /在([\p{Script=Han}·]{2,12}?)(?:市)?(?:以视频方式|以視頻方式)?(?:举行|舉行|召开|召開)/u,
  /\bin\s+(?:the\s+city\s+of\s+)?((?:St\.?\s+)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)(?=\s+on\b|\s*,|\s+at\b|\s+from\b|\s+\d)/u,
  /\sв\s+(?:г\.\s*|городе\s+)?([А-ЯЁ][\p{L}-]+(?:-[А-ЯЁ][\p{L}-]+)?)/gu,
];
/** What the English and the Russian place need (`in`, `в` between spaces), tested first: their `\p{L}` classes are slow to compile. */
export const PLACE_GATES = [/\bin\s/u, /\sв\s/u] as const;

/** Capitalised words after `в` that are not places (`в Шанхайской организации`, `в Совете`, `в ООН`). */
const NOT_A_PLACE = /^(?:Шанхайск|Организаци|Совет|ООН|Устав|Хартии|Декларац|Стратеги|Договор|Конвенци|Программ)/u;

/** A time of day right after a date: that date is a page stamp glued to the text, not the meeting's. */
const STAMP_TIME = /^\s{0,3}\d{1,2}:\d{2}/;

/** How many dates of one sentence are read: a formula names a handful at most. */
const MAX_DATES = 6;

/**
 * The meeting's date in a formula sentence: of its dates that are not a page stamp (a date
 * followed by a time of day), the latest. A formula may recall an earlier meeting or document
 * (`guided by the joint statement of the Almaty meeting of July 3, 1998, … held on August 25,
 * 1999 …`, `根据…2040年3月4日…声明，于2041年5月6日…举行`), never a later one: the meeting it follows
 * is where the declaration was adopted.
 */
function meetingDate(sentence: string): string | undefined {
  let latest: string | undefined;
  for (let offset = 0, tries = 0; offset < sentence.length && tries < MAX_DATES; tries += 1) {
    const found = findDate(sentence.slice(offset));
    if (!found) break;
    const end = offset + found.index + found.length;
    if (!STAMP_TIME.test(sentence.slice(end)) && (latest === undefined || found.iso > latest)) latest = found.iso;
    offset = end;
  }
  return latest;
}

/** Remove paragraph numbering (`1.`, `一、`, `(1)`) from the start of a text. */
export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, '');
}

/** The place named in a formula sentence, as written; undefined when none. */
export function formulaPlace(sentence: string): string | undefined {
  const [chinese, english, russian] = PLACE;
  const [mayBeEnglish, mayBeRussian] = PLACE_GATES;
  const found = chinese!.exec(sentence) ?? (mayBeEnglish.test(sentence) ? english!.exec(sentence) : null);
  if (found) return found[1];
  if (!mayBeRussian.test(sentence)) return undefined;
  for (const match of sentence.matchAll(russian!)) {
    // Russian names the place in the prepositional case: `в Новосибирске` → `Новосибирск`.
    if (!NOT_A_PLACE.test(match[1]!)) return match[1]!.replace(/(?<=[бвгджзклмнпрстфхцчшщ])е$/u, '');
  }
  return undefined;
}

/**
 * Read a paragraph as the opening formula. A sentence counts when it names a date and declares
 * what follows, or, when `first` (the first paragraph of the text), when it begins with the
 * leaders or their meeting and says that they met (not `举行的`: a meeting named in passing).
 * A sentence that declares without a date still counts (its `iso` is undefined).
 */
export function openingFormula(paragraph: string, first = false): OpeningFormula | undefined {
  const text = stripNumbering(paragraph.trim());
  let undated: OpeningFormula | undefined;
  // Sentences: Chinese ends at 。！？, Latin at . ! ? before a space and a capital or the end.
  for (const piece of formulaSentences(text)) {
    const sentence = piece.trim();
    if (!sentence) continue;
    const declares = DECLARES.some((pattern) => pattern.test(sentence));
    const meets = first && !CLAUSE_SUBJECT.test(sentence)
      && MEETING_SUBJECT.some((pattern) => pattern.test(sentence))
      && MEETING_VERB.some((pattern) => pattern.test(sentence));
    if (!declares && !meets) continue;
    const iso = meetingDate(sentence);
    const place = formulaPlace(sentence);
    const found: OpeningFormula = { sentence, declares, ...(iso ? { iso } : {}), ...(place ? { place } : {}) };
    if (iso) return found;
    if (declares) undated ??= found;
  }
  return undated;
}
