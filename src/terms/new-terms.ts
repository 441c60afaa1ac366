import { type TimelineInput } from '../timeline/chain.js';
import { extractInstruments } from '../timeline/instruments.js';
import { flattenClauses } from '../tree/flatten.js';
import { languageOf, languageTagOf } from '../tree/language.js';
import { countFolded, foldForTerms } from './fold.js';
import { isFunctionWord } from './function-words.js';
import { gramKey, type Word, wordRuns } from './runs.js';

/** Shortest and longest n-grams looked at, in words. */
const MIN_GRAM = 2;
const MAX_GRAM = 6;

/** One formulation that a declaration is the first of its language to use. */
export interface NewFormulation {
  /** `instrument`: a title in 《》; `quoted`: a name in quotation marks (“…”, "…", «…»); `ngram`: new words in a row. */
  kind: 'instrument' | 'quoted' | 'ngram';
  /** As written for instruments and quoted names (with their marks); folded (lower case) for n-grams. */
  text: string;
  /** Its words (folded). */
  words: string[];
  /** How many times the declaration uses it. */
  mentions: number;
  /** 1-based numbers of the clauses holding it. */
  clauses: number[];
  /** The rank score (higher first within a kind): mentions, words never seen before, content words, length. */
  score: number;
}

/** The `terms --new --json` object. */
export interface NewTermsResult {
  schema: 'clausewise/terms-new@1';
  id: string;
  /** `zh`, `en`, `ru` (`und` when it cannot be told). */
  language: string;
  lang: string;
  /** The earlier declarations of its language it was read against, in the order given. */
  earlier: string[];
  /** Instruments first, then quoted names, then n-grams; each kind best first. */
  formulations: NewFormulation[];
}

const KIND_ORDER = { instrument: 0, quoted: 1, ngram: 2 } as const;
const SINGLE_IDEOGRAPH = /^\p{Script=Han}$/u;

/** What the earlier declarations of the language hold: their n-gram keys, their words with counts, their folded text. */
interface Earlier {
  grams: Set<string>;
  words: Map<string, number>;
  /** Number of words in all. */
  total: number;
  text: string;
}

/** Read the earlier declarations once. */
function readEarlier(earlier: readonly TimelineInput[]): Earlier {
  const grams = new Set<string>();
  const words = new Map<string, number>();
  let total = 0;
  const folded = earlier.flatMap(({ declaration }) => [foldForTerms(declaration.meta.title), ...flattenClauses(declaration).map((clause) => foldForTerms(clause.text))]);
  for (const runs of wordRuns(folded)) {
    for (const run of runs) {
      for (let from = 0; from < run.length; from++) {
        words.set(run[from]!.word, (words.get(run[from]!.word) ?? 0) + 1);
        total += 1;
        for (let to = from + MIN_GRAM; to <= Math.min(run.length, from + MAX_GRAM); to++) grams.add(gramKey(run, from, to));
      }
    }
  }
  return { grams, words, total, text: folded.join('\n') };
}

/**
 * The formulations a declaration is the first of its language to use, against the earlier ones
 * given (those in other languages are left out): named instruments and quoted names not named
 * before, and runs of words (`Intl.Segmenter`) whose n-grams of 2–6 words are not in any earlier
 * declaration. Only the shortest new n-grams are kept, those made only of function words are
 * dropped, overlapping ones are merged into one, and function words are trimmed from their ends.
 * Ranked so that repeated, compact phrases of content words come first.
 */
export function newFormulations(target: TimelineInput, earlierInputs: readonly TimelineInput[]): NewTermsResult {
  const language = languageOf(target.declaration) ?? 'und';
  const own = earlierInputs.filter(({ declaration }) => {
    const other = languageOf(declaration);
    return language === 'und' || other === undefined || other === language;
  });
  const earlier = readEarlier(own);
  const clauses = flattenClauses(target.declaration).map((clause) => clause.text);
  const folded = clauses.map(foldForTerms);
  const whole = folded.join('\n');
  const found = new Map<string, NewFormulation>();
  const add = (kind: NewFormulation['kind'], text: string, key: string, words: string[], clause: number, score: number): void => {
    const known = found.get(`${kind}:${key}`);
    if (known) {
      if (!known.clauses.includes(clause)) known.clauses.push(clause);
      return;
    }
    found.set(`${kind}:${key}`, { kind, text, words, mentions: countFolded(whole, key), clauses: [clause], score });
  };
  const named = instrumentsOf(clauses, earlier, add);
  if (own.length > 0) {
    wordRuns(folded).forEach((runs, k) => {
      for (const run of runs) {
        for (const [from, to] of newSpans(run, earlier)) {
          const text = folded[k]!.slice(run[from]!.start, run[to - 1]!.end);
          if (countFolded(earlier.text, text) > 0 || named.some((name) => name.includes(text))) continue;
          const words = run.slice(from, to).map((w) => w.word);
          add('ngram', text, text, words, k + 1, 0);
        }
      }
    });
  }
  const formulations = [...found.values()];
  for (const formulation of formulations) if (formulation.kind === 'ngram') formulation.score = scoreOf(formulation, earlier);
  formulations.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || y.score - x.score || x.clauses[0]! - y.clauses[0]!);
  return { schema: 'clausewise/terms-new@1', id: target.id, language, lang: languageTagOf(target.declaration) ?? 'und', earlier: own.map(({ id }) => id), formulations };
}

/** The new instruments and quoted names of the clauses, added; returns their folded texts. */
function instrumentsOf(clauses: readonly string[], earlier: Earlier, add: (kind: NewFormulation['kind'], text: string, key: string, words: string[], clause: number, score: number) => void): string[] {
  const named: string[] = [];
  clauses.forEach((clause, k) => {
    const names = [...extractInstruments(clause), ...guillemets(clause)];
    for (const { title, form } of names) {
      const key = foldForTerms(title);
      if (!key || countFolded(earlier.text, key) > 0) continue;
      const marked = form === 'title' ? `《${title}》` : [`“${title}”`, `"${title}"`, `«${title}»`].find((quoted) => clause.includes(quoted)) ?? `“${title}”`;
      const words = wordRuns([key]).flat(2).map((w) => w.word);
      if (words.every(isFunctionWord)) continue;
      named.push(key);
      add(form === 'title' ? 'instrument' : 'quoted', marked, key, words, k + 1, words.length);
    }
  });
  return named;
}

/** Names in «…» (Russian quotation marks) on one line. */
function guillemets(text: string): Array<{ title: string; form: 'quoted' }> {
  return [...text.matchAll(/«([^«»\n]{1,120})»/gu)].map((match) => ({ title: match[1]!.trim(), form: 'quoted' as const }));
}

/**
 * Word ranges `[from, to)` of a run made of the shortest new n-grams merged where they overlap,
 * with function words trimmed from both ends; a single word is kept only when no earlier
 * declaration has it.
 */
function newSpans(run: readonly Word[], earlier: Earlier): Array<[number, number]> {
  const isNew = (from: number, to: number): boolean => to - from >= MIN_GRAM && !earlier.grams.has(gramKey(run, from, to));
  const minimal: Array<[number, number]> = [];
  for (let from = 0; from < run.length; from++) {
    for (let to = from + MIN_GRAM; to <= Math.min(run.length, from + MAX_GRAM); to++) {
      if (!isNew(from, to)) continue;
      // Shortest: no new n-gram inside it.
      if (!isNew(from + 1, to) && !isNew(from, to - 1) && run.slice(from, to).some((w) => !isFunctionWord(w.word))) minimal.push([from, to]);
      break;
    }
  }
  // Overlapping ones merged while the whole stays a phrase (at most MAX_GRAM words); past that,
  // a new span starts where the last one ends, so that a new sentence gives several phrases.
  const merged: Array<[number, number]> = [];
  for (const [start, to] of minimal.sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    let from = start;
    if (last && from < last[1]) {
      if (Math.max(last[1], to) - last[0] <= MAX_GRAM) {
        last[1] = Math.max(last[1], to);
        continue;
      }
      from = last[1];
    }
    if (to - from >= 1) merged.push([from, to]);
  }
  const spans: Array<[number, number]> = [];
  for (let [from, to] of merged) {
    while (from < to && isFunctionWord(run[from]!.word)) from++;
    while (to > from && isFunctionWord(run[to - 1]!.word)) to--;
    // A short span often starts at the seam of a name the segmenter cut (哈萨克/斯坦): one more
    // word of two characters or more before it, when it is not a function word.
    if (to - from <= 3 && from > 0 && run[from - 1]!.word.length >= 2 && !isFunctionWord(run[from - 1]!.word)) from--;
    // The next word when it is not a function word: it finishes a word the segmenter cut (马拉/松赛).
    if (to < run.length && !isFunctionWord(run[to]!.word) && to - from < MAX_GRAM) to++;
    // A span that starts or ends with a lone ideograph has cut a word the segmenter took apart
    // (上/合/组织): take in the lone ideographs next to it, and at the end the word they begin.
    const lone = (k: number): boolean => k >= 0 && k < run.length && SINGLE_IDEOGRAPH.test(run[k]!.word) && !isFunctionWord(run[k]!.word);
    if (lone(from)) while (lone(from - 1)) from--;
    if (lone(to - 1)) {
      while (lone(to)) to++;
      if (to < run.length && !isFunctionWord(run[to]!.word)) to++;
    }
    if (!(to - from >= MIN_GRAM || (to - from === 1 && !earlier.words.has(run[from]!.word)))) continue;
    const last = spans[spans.length - 1];
    if (last && from < last[1]) from = last[1];
    if (to - from >= MIN_GRAM || (to - from === 1 && !earlier.words.has(run[from]!.word))) spans.push([from, to]);
  }
  return spans;
}

/**
 * The rank of an n-gram formulation: how rare its content words were before (the mean and the
 * highest of their inverse frequencies: a pairing of rare or unseen words says more than one of
 * 成员国 and 合作),
 * more when the declaration repeats it, less for a long run (a new sentence rather than a phrase).
 */
function scoreOf(formulation: NewFormulation, earlier: Earlier): number {
  const content = formulation.words.filter((word) => !isFunctionWord(word));
  const rarities = content.map((word) => Math.log((earlier.total + 1) / ((earlier.words.get(word) ?? 0) + 1)));
  // Mean and rarest together: one word never used before makes a phrase telling.
  const rarity = (rarities.reduce((sum, r) => sum + r, 0) / Math.max(1, rarities.length) + Math.max(0, ...rarities)) / 2;
  const length = formulation.words.length;
  return Math.round((rarity + 2 * (Math.min(formulation.mentions, 5) - 1) - 0.5 * Math.max(0, length - MAX_GRAM)) * 100) / 100;
}
