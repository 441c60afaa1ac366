import { foldScript, foldText, hasIdeographs } from '../text/fold.js';
import { UsageError } from '../errors.js';
import { printable } from '../text/sanitize.js';
import { flattenClauses } from '../tree/flatten.js';
import { languageName, languageOf } from '../tree/language.js';
import type { Declaration } from '../types.js';
import { entityLabel, extractEntities, type EntityLanguage, type NamedEntity } from './entities.js';
import { lookupEntity } from './gazetteer.js';
import { initiativesInSentenceEn, sentencesEn } from './initiative-en.js';
import { initiativesInSentenceRu, sentencesRu } from './initiative-ru.js';
import { type InitiativeFind, initiativesInSentenceZh, sentencesZh } from './initiative-zh.js';
import { extractInstruments, extractInstrumentsRu, type NamedInstrument } from './instruments.js';
import { diceSimilarity } from './similarity.js';

/** An initiative named in a declaration. */
export interface Initiative {
  /**
   * The proposing country in the declaration's language (`吉尔吉斯共和国`, `Kyrgyzstan`), or null
   * when the text names none. For a Chinese declaration it is the gazetteer's canonical name.
   */
  proposer: string | null;
  /** The proposer as written (`俄方`), or null. */
  proposerWritten: string | null;
  /** What is proposed, as written (`建立打击经济犯罪会议机制`, `一带一路`). */
  gist: string;
  /** 1-based number of the clause in reading order. */
  clause: number;
  /** The sentence it was found in. */
  sentence: string;
  /** Folded gist without punctuation: the matching key across declarations. */
  key: string;
  /**
   * The proposer's canonical name (`吉尔吉斯共和国`), the same in every language: what proposers
   * are compared by. Present for declarations not in Chinese, where `proposer` is not it.
   */
  proposerId?: string | null;
}

/** Header of one side of an initiatives comparison. */
export interface InitiativesSide {
  title: string;
  date: string | null;
  /** What the user typed, or the declaration's source. */
  label: string;
}

/** Items new in B, gone from A, and kept in both. */
export interface Delta<T> {
  added: T[];
  removed: T[];
  kept: T[];
}

/** An initiative present in both declarations. */
export interface KeptInitiative {
  from: Initiative;
  to: Initiative;
  /**
   * The wording that names the initiative changed: the sentences it was found in differ after
   * canonical folding (`foldText`, as `diff`'s `reworded`): a new gist (matched by similarity, not
   * by equal keys), or the same gist under another stance (`support` → `take note of`, 支持 →
   * 注意到) or with other countries supporting it. Folding noise is never a rewording.
   */
  reworded: boolean;
}

/** The `initiatives --json` object. */
export interface InitiativesResult {
  schema: 'clausewise/initiatives@1';
  from: InitiativesSide;
  to: InitiativesSide;
  initiatives: { added: Initiative[]; removed: Initiative[]; kept: KeptInitiative[] };
  instruments: Delta<NamedInstrument>;
  countries: Delta<NamedEntity>;
  organisations: Delta<NamedEntity>;
}

/** Options of `compareInitiatives`. */
export interface CompareInitiativesOptions {
  /** Labels shown for A and B. Default: each declaration's `source`, else its title. */
  fromLabel?: string;
  toLabel?: string;
  /** Minimum similarity (0–1) of two folded gists with compatible proposers to count as the same initiative. Default 0.6. */
  threshold?: number;
}

/** Folded text without punctuation or symbols: the key initiatives and names are matched by. */
export function matchKey(text: string): string {
  return foldText(text).replace(/[\p{P}\p{S}]/gu, '').toLowerCase();
}

/** The languages with an extractor, and what reads each. */
const READERS: Record<EntityLanguage, { sentences: (text: string) => string[]; finds: (sentence: string) => InitiativeFind[]; instruments: (text: string) => NamedInstrument[] }> = {
  zh: { sentences: sentencesZh, finds: initiativesInSentenceZh, instruments: extractInstruments },
  en: { sentences: sentencesEn, finds: initiativesInSentenceEn, instruments: extractInstruments },
  ru: { sentences: sentencesRu, finds: initiativesInSentenceRu, instruments: extractInstrumentsRu },
};

const isReadable = (tag: string | undefined): tag is EntityLanguage => tag === 'zh' || tag === 'en' || tag === 'ru';

/**
 * The language initiatives are read in: the declaration's `lang` (its primary subtag), else the
 * language detected from its text, else its script (ideographs: Chinese; Cyrillic: Russian;
 * else English). A language with no extractor (`fr`) is refused in one line (`UsageError`, exit
 * 2), rather than read as a text that names nothing.
 */
export function initiativesLanguage(declaration: Declaration, label = declaration.meta.source ?? declaration.meta.title): EntityLanguage {
  const { lang, ...meta } = declaration.meta;
  let tag = lang?.split('-')[0]?.toLowerCase();
  if (!tag || tag === 'und') tag = languageOf({ ...declaration, meta });
  if (isReadable(tag)) return tag;
  if (tag && tag !== 'und') {
    throw new UsageError(`initiatives reads Chinese, English and Russian declarations; ${printable(label)} is in ${languageName(tag)}: no initiatives, instruments or names can be found in it`);
  }
  const sample = flattenClauses(declaration).slice(0, 5).map((c) => c.text).join('');
  if (hasIdeographs(sample)) return 'zh';
  return /\p{Script=Cyrillic}/u.test(sample) ? 'ru' : 'en';
}

/**
 * Every initiative named in a declaration, in reading order, one per distinct gist:
 * a repeated mention (`…“一带一路”倡议…共同实施“一带一路”倡议`) is kept once, with the
 * proposer of whichever mention names one. Chinese, English and Russian (see `initiativesLanguage`).
 */
export function extractInitiatives(declaration: Declaration, language: EntityLanguage = initiativesLanguage(declaration)): Initiative[] {
  return findInitiatives(flattenClauses(declaration), language);
}

/** The proposer fields of a find: named in `language`, with the canonical name as `proposerId` outside Chinese. */
function proposerFields(canonical: string | null, written: string | null, language: EntityLanguage): Pick<Initiative, 'proposer' | 'proposerWritten' | 'proposerId'> {
  if (language === 'zh') return { proposer: canonical, proposerWritten: written };
  const entry = canonical === null ? undefined : lookupEntity(canonical);
  return { proposer: entry ? entityLabel(entry, language) : canonical, proposerWritten: written, proposerId: canonical };
}

function findInitiatives(clauses: ReturnType<typeof flattenClauses>, language: EntityLanguage): Initiative[] {
  const reader = READERS[language];
  const byKey = new Map<string, Initiative>();
  for (const clause of clauses) {
    const text = readable(clause.text);
    for (const sentence of reader.sentences(text)) {
      const finds = reader.finds(sentence);
      for (const find of finds) {
        const key = matchKey(find.gist);
        const known = byKey.get(key);
        if (known) {
          if (!known.proposer && find.proposer) Object.assign(known, proposerFields(find.proposer, find.proposerWritten, language));
          continue;
        }
        const { proposerId, ...proposer } = proposerFields(find.proposer, find.proposerWritten, language);
        // Field order: the Chinese shape first, `proposerId` appended (outside Chinese only).
        byKey.set(key, { ...proposer, gist: find.gist, clause: clause.index + 1, sentence: find.sentence, key, ...(proposerId === undefined ? {} : { proposerId }) });
      }
    }
  }
  return [...byKey.values()];
}

/**
 * The text extraction reads: Traditional characters folded to Simplified (so that the gazetteer
 * and the patterns see one script), every run of whitespace made one space, and spaces between
 * two ideographs or next to CJK punctuation removed (so that spacing noise changes nothing).
 */
export function readable(text: string): string {
  return foldScript(text)
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])|(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) /gu, '')
    .trim();
}

/** Every text of a declaration that names things: its clauses (not the signatures), made readable. */
function bodyText(declaration: Declaration): string {
  return flattenClauses(declaration).map((clause) => readable(clause.text)).join('\n');
}

/** Compare two lists by a key: items of B not in A, of A not in B, and of B also in A. */
function delta<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): Delta<T> {
  const keysA = new Set(a.map(key));
  const keysB = new Set(b.map(key));
  return {
    added: b.filter((item) => !keysA.has(key(item))),
    removed: a.filter((item) => !keysB.has(key(item))),
    kept: b.filter((item) => keysA.has(key(item))),
  };
}

/** Two mentions may be the same initiative unless both name a proposer and the proposers differ. */
function compatible(a: Initiative, b: Initiative): boolean {
  const x = a.proposerId === undefined ? a.proposer : a.proposerId;
  const y = b.proposerId === undefined ? b.proposer : b.proposerId;
  return !x || !y || x === y;
}

/** Pair initiatives: equal keys first, then the most similar gists with compatible proposers. */
function pairInitiatives(a: readonly Initiative[], b: readonly Initiative[], threshold: number): InitiativesResult['initiatives'] {
  const kept: KeptInitiative[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  // A's initiatives by key, in order (each key is there once: extraction keeps one per gist), so
  // that pairing equal keys is linear, not a scan of A for each of B.
  const byKey = new Map<string, number[]>();
  a.forEach((from, i) => byKey.set(from.key, [...(byKey.get(from.key) ?? []), i]));
  b.forEach((to, j) => {
    const i = (byKey.get(to.key) ?? []).find((index) => !usedA.has(index) && compatible(a[index]!, to)) ?? -1;
    if (i < 0) return;
    usedA.add(i);
    usedB.add(j);
    kept.push({ from: a[i]!, to, reworded: foldText(a[i]!.sentence) !== foldText(to.sentence) });
  });
  const candidates: { i: number; j: number; score: number }[] = [];
  a.forEach((from, i) => {
    if (usedA.has(i)) return;
    b.forEach((to, j) => {
      if (usedB.has(j)) return;
      if (!compatible(from, to)) return;
      const score = diceSimilarity(from.key, to.key);
      if (score >= threshold) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.j - y.j);
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    kept.push({ from: a[i]!, to: b[j]!, reworded: true });
  }
  const order = new Map(b.map((to, j) => [to, j]));
  kept.sort((x, y) => order.get(x.to)! - order.get(y.to)!);
  return {
    added: b.filter((_, j) => !usedB.has(j)),
    removed: a.filter((_, i) => !usedA.has(i)),
    kept,
  };
}

/**
 * What is new and what disappeared between two declarations: initiatives (with proposers),
 * named instruments, countries and organisations. Everything is matched on folded text, so
 * noise (full-width forms, spaces, Traditional characters) never makes an item "new".
 */
export function compareInitiatives(a: Declaration, b: Declaration, options: CompareInitiativesOptions = {}): InitiativesResult {
  const languageA = initiativesLanguage(a, options.fromLabel);
  const languageB = initiativesLanguage(b, options.toLabel);
  const textA = bodyText(a);
  const textB = bodyText(b);
  const entitiesA = extractEntities(textA, languageA);
  const entitiesB = extractEntities(textB, languageB);
  const entityKey = (entity: NamedEntity): string => matchKey(entity.id ?? entity.name);
  const side = (d: Declaration, label: string | undefined): InitiativesSide => ({
    title: d.meta.title,
    date: d.meta.date ?? null,
    label: label ?? d.meta.source ?? d.meta.title,
  });
  return {
    schema: 'clausewise/initiatives@1',
    from: side(a, options.fromLabel),
    to: side(b, options.toLabel),
    initiatives: pairInitiatives(extractInitiatives(a, languageA), extractInitiatives(b, languageB), options.threshold ?? 0.6),
    instruments: delta(READERS[languageA].instruments(textA), READERS[languageB].instruments(textB), (item) => matchKey(item.title)),
    countries: delta(entitiesA.filter((e) => e.kind === 'country'), entitiesB.filter((e) => e.kind === 'country'), entityKey),
    organisations: delta(entitiesA.filter((e) => e.kind === 'organisation'), entitiesB.filter((e) => e.kind === 'organisation'), entityKey),
  };
}
