import { foldText } from '../text/fold.js';
import { findGazetteerNamesRu, russianName } from './entities-ru.js';
import { gazetteerAliases, type EntityKind, type GazetteerAlias, type GazetteerEntry } from './gazetteer.js';

/** A country or organisation named in a text. */
export interface NamedEntity {
  kind: EntityKind;
  /**
   * The name in the text's language: in Chinese the gazetteer's canonical name (or the name as
   * written for suffix-pattern finds), in English its English name, in Russian its Russian full
   * form (nominative: `Республика Казахстан` for `Республики Казахстан` and `Казахстаном`).
   */
  name: string;
  /** English name when the gazetteer knows it. */
  english?: string;
  /** How many times it is named. */
  mentions: number;
  /** Found by a suffix pattern (…共和国, …组织) rather than the gazetteer. */
  guessed: boolean;
  /**
   * The gazetteer's canonical name (`伊朗伊斯兰共和国`), the same in every language: what names are
   * matched by across declarations. Present for texts not in Chinese, where `name` is not it.
   */
  id?: string;
}

/** The languages entities are labelled in. */
export type EntityLanguage = 'zh' | 'en' | 'ru';

/** Chinese suffixes that end the name of a country or an organisation. */
const SUFFIX = /(?:共和国|联邦|王国|酋长国|公国|组织|委员会)/gu;

/** Words after which a name may begin; a suffix-pattern name is cut after the last of them. */
const STOP_WORDS = [
  '注意到', '支持', '欢迎', '认为', '指出', '强调', '重申', '评价', '包括', '参与', '加入', '通过', '同', '和', '与', '及', '由',
  '对', '向', '在', '为', '是', '将', '的', '等', '各', '有关', '相关', '以及', '成员国', '国家', '同意',
  // Verbs that create or convene a body (`欢迎成立…委员会`): the name begins after them.
  '成立', '建立', '设立', '组建', '筹建', '召开', '举办',
];

/** Suffix-pattern names that are generic nouns, not names. */
const GENERIC = /^(?:国际|地区|区域|次区域|多边|恐怖|极端|犯罪|非政府|有|本|该|两|上述|其他|专门|主管|青年|妇女|民间|社会|政府间)/u;

/** Endings of a prefix that make the suffix a common noun (`有组织犯罪`, `多边组织`). */
const GENERIC_END = /(?:有|多边|确保|性|国际|地区)$/u;

/** What may follow a suffix when it is part of a longer common phrase (`组织犯罪`, `组织完整性`). */
const NOT_A_NAME_AFTER = /^(?:犯罪|完整|活动|工作|实施)/u;

/** Is this character a letter or digit of a Latin-script word? */
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[A-Za-z0-9]/.test(char);

let byFirstChar: Map<string, GazetteerAlias[]> | undefined;

function aliasIndex(): Map<string, GazetteerAlias[]> {
  if (!byFirstChar) {
    byFirstChar = new Map();
    for (const item of gazetteerAliases()) {
      const first = item.alias[0] ?? '';
      const list = byFirstChar.get(first) ?? [];
      list.push(item); // stays longest first
      byFirstChar.set(first, list);
    }
  }
  return byFirstChar;
}

/** One gazetteer hit: where it is and what it names. */
export interface GazetteerHit {
  start: number;
  end: number;
  alias: GazetteerAlias;
}

/** Find gazetteer names in a text, left to right, longest match first, without overlaps. */
export function findGazetteerNames(text: string): GazetteerHit[] {
  const index = aliasIndex();
  const hits: GazetteerHit[] = [];
  let position = 0;
  while (position < text.length) {
    const candidates = index.get(text[position] ?? '') ?? [];
    const found = candidates.find(({ alias }) => {
      if (!text.startsWith(alias, position)) return false;
      if (!/[A-Za-z]/.test(alias)) return true;
      return !isWordChar(text[position - 1]) && !isWordChar(text[position + alias.length]);
    });
    if (found) {
      hits.push({ start: position, end: position + found.alias.length, alias: found });
      position += found.alias.length;
    } else {
      position += 1;
    }
  }
  return hits;
}

/** A Chinese ideograph. */
const HAN = /\p{Script=Han}/u;

/** Index of the first of `hits` (in text order, without overlaps) that ends after `position`; `hits.length` when none does. */
function firstEndingAfter(hits: readonly GazetteerHit[], position: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (hits[middle]!.end > position) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Find names that end in a country or organisation suffix and are not in the gazetteer. */
export function findSuffixNames(text: string, taken: readonly GazetteerHit[]): { name: string; kind: EntityKind }[] {
  const names: { name: string; kind: EntityKind }[] = [];
  for (const match of text.matchAll(SUFFIX)) {
    const end = match.index + match[0].length;
    // The hits are in text order without overlaps, so their ends ascend: the first hit ending
    // after the suffix starts is the only one that may overlap it, the one before it the last to
    // end before it.
    const next = firstEndingAfter(taken, match.index);
    if (next < taken.length && taken[next]!.start < end) continue;
    let start = match.index;
    while (start > 0 && match.index - start < 12 && HAN.test(text[start - 1] ?? '')) start -= 1;
    let prefix = text.slice(start, match.index);
    // Cut after the last stop word or gazetteer name inside the prefix.
    const before = taken[next - 1];
    if (before && before.end > start) prefix = text.slice(before.end, match.index);
    for (const word of STOP_WORDS) {
      const at = prefix.lastIndexOf(word);
      if (at >= 0) prefix = prefix.slice(at + word.length);
    }
    if ([...prefix].length < 2 || GENERIC.test(prefix) || GENERIC_END.test(prefix) || NOT_A_NAME_AFTER.test(text.slice(end))) continue;
    const kind: EntityKind = /组织|委员会/.test(match[0]) ? 'organisation' : 'country';
    names.push({ name: prefix + match[0], kind });
  }
  return names;
}

/** The name of a gazetteer entry in a language: its English name in English, its Russian name in Russian, else its canonical name. */
export function entityLabel(entry: GazetteerEntry, language: EntityLanguage): string {
  if (language === 'en') return entry.english;
  return language === 'ru' ? russianName(entry) : entry.name;
}

/**
 * Countries and organisations named in a text: gazetteer names (canonical form, Chinese and
 * English aliases) plus, in Chinese, suffix patterns (…共和国, …联邦, …王国, …组织, …委员会).
 * Each is named in `language` (default Chinese); outside Chinese, `id` holds the canonical name.
 * Sorted by kind, then by first mention.
 */
export function extractEntities(text: string, language: EntityLanguage = 'zh'): NamedEntity[] {
  const hits = language === 'ru' ? findGazetteerNamesRu(text) : findGazetteerNames(text);
  const found = new Map<string, NamedEntity>();
  const add = (entity: Omit<NamedEntity, 'mentions'>): void => {
    const key = `${entity.kind}:${foldText(entity.id ?? entity.name)}`;
    const known = found.get(key);
    if (known) known.mentions += 1;
    else found.set(key, { kind: entity.kind, name: entity.name, ...(entity.english ? { english: entity.english } : {}), mentions: 1, guessed: entity.guessed, ...(entity.id ? { id: entity.id } : {}) });
  };
  for (const hit of hits) {
    const { entry } = hit.alias;
    add({ kind: entry.kind, name: entityLabel(entry, language), english: entry.english, guessed: false, ...(language === 'zh' ? {} : { id: entry.name }) });
  }
  if (language === 'zh') for (const guess of findSuffixNames(text, hits)) add({ ...guess, guessed: true });
  const list = [...found.values()];
  return [...list.filter((e) => e.kind === 'country'), ...list.filter((e) => e.kind === 'organisation')];
}

/** The country named by a gazetteer alias or a `…方` short form at the very end of a text, if any. */
export function countryAtEnd(text: string): { written: string; name: string } | undefined {
  for (const { alias, entry } of gazetteerAliases()) {
    if (entry.kind !== 'country' || !text.endsWith(alias)) continue;
    if (/[A-Za-z]/.test(alias) && isWordChar(text[text.length - alias.length - 1])) continue;
    return { written: alias, name: entry.name };
  }
  const suffix = /((?:[\p{Script=Han}]{2,10})(?:共和国|联邦|王国|酋长国))$/u.exec(text);
  if (suffix?.[1]) {
    let name = suffix[1];
    for (const word of STOP_WORDS) {
      const at = name.lastIndexOf(word);
      if (at >= 0 && at + word.length < name.length - 2) name = name.slice(at + word.length);
    }
    return { written: name, name };
  }
  return undefined;
}
