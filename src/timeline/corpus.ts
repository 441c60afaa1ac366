import { headingKey } from '../align/heading-key.js';
import { countTerm, foldDeclarations, type FoldedDeclaration, type TermCounts } from '../terms/count.js';
import { languageName, languageTagOf } from '../tree/language.js';
import type { DiffResult } from '../types.js';
import { alignChain, sortByDate, type TimelineInput } from './chain.js';
import { buildHistory, type HistoryResult } from './history.js';
import { summarizeChain, type TimelineLatest, type TimelineSummit, type UndatedDeclaration } from './timeline.js';

/** How much of one section changed at one summit, against the previous summit of its language. */
export interface HeatCell {
  /** Changes in the section that are not unchanged matches (added, removed, reworded, moved, split, merged). */
  changed: number;
  /** All changes of the pair's alignment in the section. */
  total: number;
  /** `changed / total`. */
  share: number;
}

/** One column of the heat map: a section, the same under any numbering. */
export interface CorpusSection {
  /** `headingKey` of its headings. */
  key: string;
  /** Its heading in the latest summit that has it (`(preamble)` for the preamble). */
  label: string;
}

/** One language's chain, aligned, with what the views ask of it. */
export interface CorpusChain {
  language: string;
  name: string;
  entries: TimelineInput[];
  /** `steps[i]` aligns `entries[i]` with `entries[i + 1]`. */
  steps: DiffResult[];
  summits: TimelineSummit[];
  latest: TimelineLatest | null;
  sections: CorpusSection[];
  /** `heat[summit][section]`: null for the first summit and for a section that the pair does not have. */
  heat: Array<Array<HeatCell | null>>;
  /** Index in `steps[summit - 1].sections` of a heat-map column, to open the pair review there; undefined when the pair's section tree does not list it. */
  sectionInStep(summit: number, section: number): number | undefined;
  /** The history of clause `number` (1-based) of the latest summit through the chain, as `clausewise history` gives it. */
  history(number: number): HistoryResult;
  /** A phrase counted in every summit of the chain, as `clausewise terms` counts it (the clauses folded once per chain). */
  term(phrase: string): TermCounts;
}

/** A language of the corpus before its chain is aligned. */
export interface CorpusLanguage {
  language: string;
  name: string;
  ids: string[];
}

/** The declarations of a store or of a list, by language, each chain aligned on first use. */
export interface Corpus {
  languages: CorpusLanguage[];
  undated: UndatedDeclaration[];
  /** The chain of `languages[index]`, aligned the first time it is asked for. */
  chain(index: number): CorpusChain;
  /** How many chains have been aligned (for tests). */
  aligned(): number;
}

/**
 * The corpus view's data: the dated declarations in date order, one chain per language (Simplified
 * and Traditional Chinese are one), undated ones apart. A chain is aligned only when first asked
 * for, so that the first screen costs one language.
 */
export function buildCorpus(declarations: readonly TimelineInput[]): Corpus {
  const byLanguage = new Map<string, Array<TimelineInput & { lang: string }>>();
  const undated: UndatedDeclaration[] = [];
  for (const entry of sortByDate(declarations)) {
    const lang = languageTagOf(entry.declaration) ?? 'und';
    const language = lang.split('-')[0]!.toLowerCase();
    if (!entry.declaration.meta.date) {
      undated.push({ id: entry.id, title: entry.declaration.meta.title, lang, language });
      continue;
    }
    const list = byLanguage.get(language);
    if (list) list.push({ ...entry, lang });
    else byLanguage.set(language, [{ ...entry, lang }]);
  }
  const groups = [...byLanguage.entries()];
  const chains = new Map<number, CorpusChain>();
  return {
    languages: groups.map(([language, entries]) => ({ language, name: languageName(language), ids: entries.map((entry) => entry.id) })),
    undated,
    chain(index) {
      const known = chains.get(index);
      if (known) return known;
      const [language, entries] = groups[index] ?? groups[0]!;
      const built = buildChain(language, entries);
      chains.set(index, built);
      return built;
    },
    aligned: () => chains.size,
  };
}

/** Align one language's chain and derive its counts and heat map. */
function buildChain(language: string, entries: ReadonlyArray<TimelineInput & { lang: string }>): CorpusChain {
  const chain = alignChain(entries, { byDate: false });
  const { summits, latest } = summarizeChain(chain, language, entries.map((entry) => entry.lang));
  const { sections, heat, columns } = heatMap(chain.steps);
  let folded: FoldedDeclaration[] | undefined;
  return {
    language,
    name: languageName(language),
    entries: chain.entries,
    steps: chain.steps,
    summits,
    latest,
    sections,
    heat: [sections.map(() => null), ...heat],
    sectionInStep: (summit, section) => columns[summit - 1]?.get(sections[section]?.key ?? ''),
    history: (number) => buildHistory(chain.entries, { number }),
    term: (phrase) => countTerm((folded ??= foldDeclarations(chain.entries)), phrase),
  };
}

/** The sections of every pair (keys in order of the latest summits first) and each pair's share of changes per section. */
function heatMap(steps: readonly DiffResult[]): { sections: CorpusSection[]; heat: Array<Array<HeatCell | null>>; columns: Array<Map<string, number>> } {
  const labels = new Map<string, string>();
  // Newest pair first, so that a section is labelled and placed as the latest summit has it.
  const label = (heading: string): void => {
    const key = headingKey(heading);
    if (!labels.has(key)) labels.set(key, heading === '' ? '(preamble)' : heading);
  };
  for (let i = steps.length - 1; i >= 0; i--) {
    for (const pair of steps[i]!.sections) label(pair.to ?? pair.from ?? '');
    // A clause's section that the pair's section tree does not list still gets its column.
    for (const change of steps[i]!.changes) label((change.to[0] ?? change.from[0])?.section ?? '');
  }
  const sections = [...labels].map(([key, label]) => ({ key, label }));
  const index = new Map(sections.map((section, k) => [section.key, k]));
  const columns: Array<Map<string, number>> = [];
  const heat = steps.map((step) => {
    const where = new Map<string, number>();
    step.sections.forEach((pair, k) => {
      const key = headingKey(pair.to ?? pair.from ?? '');
      if (!where.has(key)) where.set(key, k);
    });
    columns.push(where);
    const row: Array<HeatCell | null> = sections.map(() => null);
    for (const change of step.changes) {
      const clause = change.to[0] ?? change.from[0];
      const k = index.get(headingKey(clause?.section ?? ''));
      if (k === undefined) continue;
      const cell = (row[k] ??= { changed: 0, total: 0, share: 0 });
      cell.total += 1;
      if (change.kind !== 'matched' || change.moved || change.reworded) cell.changed += 1;
    }
    for (const cell of row) if (cell) cell.share = cell.total === 0 ? 0 : cell.changed / cell.total;
    return row;
  });
  return { sections, heat, columns };
}
