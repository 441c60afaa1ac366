import { foldText } from '../text/fold.js';
import { flattenClauses } from '../tree/flatten.js';
import { languageName, languageTagOf } from '../tree/language.js';
import { type AlignedChain, alignChain, clauseIndex, sortByDate, type ChainOptions, type TimelineInput } from './chain.js';

/** How the clauses of one summit relate to the previous summit's. */
export interface SummitCounts {
  /** Clauses whose folded wording is unchanged (moved, split or merged ones included). */
  unchanged: number;
  /** Clauses whose wording changed (matched, split or merged, and reworded; of a split, only the parts whose words changed). */
  reworded: number;
  /** Clauses with no counterpart in the previous summit. */
  new: number;
  /** Clauses of the previous summit with no counterpart here. */
  dropped: number;
  /** Clauses that belong to a split (one old clause became several). */
  split: number;
  /** Clauses that belong to a merge (several old clauses became one). */
  merged: number;
  /** Clauses that moved to another section or out of order. */
  moved: number;
}

/** One summit of the timeline. */
export interface TimelineSummit {
  id: string;
  title: string;
  date: string | null;
  /** Set on synthetic fixtures: what was changed. */
  synthetic?: string;
  /** Number of clauses. */
  clauses: number;
  /** Compared with the previous summit of its language; null for the first one. */
  counts: SummitCounts | null;
  /** Its language (`zh` for Simplified and Traditional Chinese alike, `en`, `ru`; `und` when it cannot be told). */
  language: string;
  /** Its language tag (`zh-Hans`, `zh-Hant`, `en`, `ru`; `und` when it cannot be told). */
  lang: string;
  /** Id of the summit it was compared with (the previous one of its language), null for the first. */
  previous: string | null;
}

/** A declaration with no date, kept out of the chains (date order cannot place it). */
export interface UndatedDeclaration {
  id: string;
  title: string;
  lang: string;
  language: string;
}

/** Where a clause of the latest declaration comes from. */
export interface ClauseOrigin {
  /** 1-based number in the latest declaration's reading order. */
  number: number;
  section: string;
  text: string;
  /** Id of the summit where the clause (or an ancestor, through splits and merges) first appeared. */
  firstAppeared: string;
  /** Id of the last summit where its wording changed (the first one if never). */
  lastChanged: string;
}

/** The clauses of the last summit of a chain with their origins. */
export interface TimelineLatest {
  id: string;
  clauses: ClauseOrigin[];
}

/** One chain of the timeline: the summits of one language. */
export interface TimelineLanguage {
  /** `zh`, `en`, `ru`…, as on the summits. */
  language: string;
  /** Its English name (`Chinese`). */
  name: string;
  /** Ids of its summits, oldest first. */
  summits: string[];
  latest: TimelineLatest | null;
}

/** The `timeline --json` object. */
export interface TimelineResult {
  schema: 'clausewise/timeline@1';
  /** One chain per language, each oldest first, the chains in the order of their first summits. */
  summits: TimelineSummit[];
  /** The clauses of the last summit of the first language with their origins. */
  latest: TimelineLatest | null;
  /** The chains, one per language. */
  languages: TimelineLanguage[];
  /** Declarations without a date, left out of the chains when ordering by date (none in the given order). */
  undated: UndatedDeclaration[];
}

const emptyCounts = (): SummitCounts => ({ unchanged: 0, reworded: 0, new: 0, dropped: 0, split: 0, merged: 0, moved: 0 });

/**
 * The multi-year view, one chain per language (Simplified and Traditional Chinese are one): align
 * each consecutive pair of declarations of a language (in date order by default), count per
 * summit what was carried over unchanged, reworded, new and dropped, and trace each clause of the
 * language's latest declaration back through matched, split and merged clauses to the summit
 * where it first appeared. Undated declarations are listed apart when ordering by date.
 */
export function buildTimeline(declarations: readonly TimelineInput[], options: ChainOptions = {}): TimelineResult {
  const { byDate = true } = options;
  const byLanguage = new Map<string, Array<TimelineInput & { lang: string }>>();
  const undated: UndatedDeclaration[] = [];
  for (const entry of byDate ? sortByDate(declarations) : declarations) {
    const lang = languageTagOf(entry.declaration) ?? 'und';
    const language = lang.split('-')[0]!.toLowerCase();
    if (byDate && !entry.declaration.meta.date) {
      undated.push({ id: entry.id, title: entry.declaration.meta.title, lang, language });
      continue;
    }
    const list = byLanguage.get(language);
    if (list) list.push({ ...entry, lang });
    else byLanguage.set(language, [{ ...entry, lang }]);
  }
  const summits: TimelineSummit[] = [];
  const languages: TimelineLanguage[] = [];
  for (const [language, entries] of byLanguage) {
    const chain = buildChain(entries, language, { ...options, byDate: false });
    summits.push(...chain.summits);
    languages.push({ language, name: languageName(language), summits: chain.summits.map((summit) => summit.id), latest: chain.latest });
  }
  return { schema: 'clausewise/timeline@1', summits, latest: languages[0]?.latest ?? null, languages, undated };
}

/** The timeline of declarations of one language, in the order given. */
function buildChain(declarations: ReadonlyArray<TimelineInput & { lang: string }>, language: string, options: ChainOptions): { summits: TimelineSummit[]; latest: TimelineLatest | null } {
  return summarizeChain(alignChain(declarations, options), language, declarations.map((entry) => entry.lang));
}

/**
 * The summits and the latest clauses' origins of a chain already aligned (one language, in
 * order), with each declaration's language tag (`lang[i]` for `chain.entries[i]`).
 */
export function summarizeChain(chain: AlignedChain, language: string, lang: readonly string[]): { summits: TimelineSummit[]; latest: TimelineLatest | null } {
  const { entries } = chain;
  if (entries.length === 0) return { summits: [], latest: null };
  // Most clauses come back word for word at the next summit: each wording is folded once.
  const foldedOnce = new Map<string, string>();
  const fold = (text: string): string => {
    let folded = foldedOnce.get(text);
    if (folded === undefined) foldedOnce.set(text, (folded = foldText(text)));
    return folded;
  };
  const summits: TimelineSummit[] = [];
  // first[k] / changed[k]: summit index where clause k of the current summit first appeared / last changed.
  let first: number[] = [];
  let changed: number[] = [];
  // The origin of every folded text seen in an earlier summit, the earliest kept: a clause that a
  // summit dropped and a later one brings back word for word first appeared where it first did.
  const seen = new Map<string, { first: number; changed: number }>();
  const remember = (keys: readonly string[]): void => {
    keys.forEach((key, k) => {
      if (!seen.has(key)) seen.set(key, { first: first[k]!, changed: changed[k]! });
    });
  };
  entries.forEach((entry, i) => {
    const clauses = flattenClauses(entry.declaration);
    // Each clause folded once: the key of `seen`, and the text a split's parts are looked for in.
    const folded = clauses.map((clause) => fold(clause.text));
    const summit: TimelineSummit = {
      id: entry.id,
      title: entry.declaration.meta.title,
      date: entry.declaration.meta.date ?? null,
      ...(entry.declaration.meta.synthetic ? { synthetic: entry.declaration.meta.synthetic } : {}),
      clauses: clauses.length,
      counts: null,
      language,
      lang: lang[i] ?? 'und',
      previous: entries[i - 1]?.id ?? null,
    };
    summits.push(summit);
    if (i === 0) {
      first = clauses.map(() => 0);
      changed = clauses.map(() => 0);
      remember(folded);
      return;
    }
    const step = chain.steps[i - 1]!;
    const counts = emptyCounts();
    const nextFirst = clauses.map(() => i);
    const nextChanged = clauses.map(() => i);
    for (const change of step.changes) {
      if (change.kind === 'removed') {
        counts.dropped += change.from.length;
        continue;
      }
      const targets = change.to.map((ref) => clauseIndex(ref.id));
      if (change.kind === 'added') {
        counts.new += targets.length;
        for (const k of targets) {
          const earlier = seen.get(folded[k]!);
          if (earlier) {
            nextFirst[k] = earlier.first;
            nextChanged[k] = earlier.changed;
          }
        }
        continue;
      }
      const sources = change.from.map((ref) => clauseIndex(ref.id));
      if (change.kind === 'split') counts.split += targets.length;
      if (change.kind === 'merged') counts.merged += targets.length;
      if (change.moved) counts.moved += targets.length;
      const origin = Math.min(...sources.map((k) => first[k] ?? i));
      const carried = Math.max(...sources.map((k) => changed[k] ?? i));
      // A part of a reworded split that kept its words (it stands whole in the old clause) is unchanged.
      const oldText = change.kind === 'split' && change.reworded ? foldText(change.from.map((ref) => ref.text).join('')) : '';
      for (const k of targets) {
        const kept = !change.reworded || (oldText !== '' && oldText.includes(folded[k]!));
        if (kept) counts.unchanged += 1;
        else counts.reworded += 1;
        // Its exact wording in an earlier summit is older still than the clause it was paired with.
        nextFirst[k] = Math.min(origin, seen.get(folded[k]!)?.first ?? origin);
        nextChanged[k] = kept ? carried : i;
      }
    }
    summit.counts = counts;
    first = nextFirst;
    changed = nextChanged;
    remember(folded);
  });
  const last = entries[entries.length - 1]!;
  const idOf = (index: number): string => entries[index]?.id ?? last.id;
  return {
    summits,
    latest: {
      id: last.id,
      clauses: flattenClauses(last.declaration).map((clause, k) => ({
        number: k + 1,
        section: clause.section,
        text: clause.text,
        firstAppeared: idOf(first[k] ?? entries.length - 1),
        lastChanged: idOf(changed[k] ?? entries.length - 1),
      })),
    },
  };
}
