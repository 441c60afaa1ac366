import type { Block } from '../tree/blocks.js';
import { type Dateline, readDateline, withYear } from './dates/dateline.js';
import { openingFormula, type OpeningFormula } from './dates/formula.js';
import { findDate } from './repair/dates.js';
import { endsSentence } from './repair/sentence.js';

/** Where a summit's date was read. */
export type DateSource = 'front-matter' | 'label' | 'formula' | 'dateline' | 'closing' | 'stamp';

/** The summit's date and where it came from. */
export interface SummitDate {
  iso: string;
  source: DateSource;
}

/** Dates found by other passes, each a candidate for the summit's date. */
export interface DateCandidates {
  /** `date` of the input's front matter. */
  frontMatter?: string;
  /** Labelled metadata (`[Date] July 5, 2005`, `發布時間：…`), read by the chrome pass. */
  labels?: { date?: string };
  /** The closing date line (`2020年11月10日于莫斯科` under the text), ISO. */
  closing?: string;
  /** The page's time stamp, ISO: a last resort. */
  stamp?: string;
  /** Blocks before the title, which the title pass dropped: a dateline may stand there. */
  beforeTitle?: readonly Block[];
  /** ISO date of a dateline another pass has already taken out of the blocks; ranked with the datelines found here. */
  dateline?: string;
}

/** The summit's date, the body without its datelines, and what the date was read from. */
export interface SummitDateResult {
  date?: SummitDate;
  /** The blocks given, without dateline blocks (and without an agency dateline opening the first paragraph). */
  blocks: Block[];
  /** What was removed from the blocks, as written: datelines are metadata, never clauses. */
  removed: string[];
  /** The opening formula, when one was found (with or without a date). */
  formula?: OpeningFormula;
  /** The place a formula or dateline names, as written. */
  place?: string;
}

/** How many blocks from the start the opening formula may be (a preamble of considerations comes first). */
const FORMULA_REACH = 16;
/** How many blocks from the start (or before the title, from its end) a dateline may be: the text has not begun. */
const DATELINE_REACH = 4;

/**
 * Choose the summit's date, in this order: front matter, the opening formula (the text's own
 * words), a labelled date (a database's or an infobox's field: a third party's cataloguing,
 * which can be wrong where the text is right), a dateline or place-and-date line near the
 * title, the closing date line, and only then the page's time stamp. A date named in an ordinary clause is never taken. Dateline blocks near the
 * start are removed from the blocks (returned in `removed`), whichever date wins.
 */
export function summitDate(blocks: readonly Block[], candidates: DateCandidates = {}): SummitDateResult {
  const { list, removed, datelines } = takeDatelines(blocks, candidates.beforeTitle ?? []);
  const formula = findFormula(list);
  const yearFrom = candidates.closing ?? labelDate(candidates.labels) ?? candidates.stamp;
  const datelineIso = validIso(candidates.dateline) ?? datelines
    .map((line) => line.iso ?? (line.monthDay && yearFrom ? withYear(line.monthDay, yearFrom) : undefined))
    .find((iso) => iso !== undefined);
  const ordered: Array<[string | undefined, DateSource]> = [
    [validIso(candidates.frontMatter), 'front-matter'],
    [formula?.iso, 'formula'],
    [labelDate(candidates.labels), 'label'],
    [datelineIso, 'dateline'],
    [candidates.closing, 'closing'],
    [candidates.stamp, 'stamp'],
  ];
  const chosen = ordered.find(([iso]) => iso !== undefined);
  const place = formula?.place ?? datelines.find((line) => line.place)?.place;
  return {
    blocks: list,
    removed,
    ...(chosen ? { date: { iso: chosen[0]!, source: chosen[1] } } : {}),
    ...(formula ? { formula } : {}),
    ...(place ? { place } : {}),
  };
}

/** The first opening formula among the first paragraphs: a dated one wins over an undated one. */
function findFormula(blocks: readonly Block[]): OpeningFormula | undefined {
  let undated: OpeningFormula | undefined;
  let paragraphs = 0;
  for (const block of blocks.slice(0, FORMULA_REACH)) {
    const first = paragraphs === 0;
    if (block.kind === 'paragraph') paragraphs += 1;
    // A numbered formula may have been taken for a heading; a heading is read only for a declaring sentence.
    const found = openingFormula(block.text, first && block.kind === 'paragraph');
    if (!found || (block.kind === 'heading' && !found.declares)) continue;
    if (found.iso) return found;
    undated ??= found;
  }
  return undated;
}

/**
 * Datelines near the title: among the last blocks before it, and among the first blocks after it
 * until the text begins (a paragraph that ends a sentence); those after it are removed from the body.
 */
function takeDatelines(blocks: readonly Block[], beforeTitle: readonly Block[]) {
  const list = [...blocks];
  const removed: string[] = [];
  const datelines: Dateline[] = [];
  for (const block of beforeTitle.slice(-DATELINE_REACH).reverse()) {
    const line = readDateline(block.text);
    if (line) datelines.push(line);
  }
  for (let i = 0, seen = 0; i < list.length && seen < DATELINE_REACH; seen += 1) {
    const block = list[i]!;
    const line = readDateline(block.text);
    if (!line) {
      if (block.kind === 'paragraph' && endsSentence(block.text.trim())) break; // the text has begun
      i += 1;
      continue;
    }
    datelines.push(line);
    removed.push(line.text);
    const rest = block.text.trim().slice(line.text.length).trim();
    if (line.text.length >= block.text.trim().length || !rest) list.splice(i, 1);
    else {
      list[i] = { kind: 'paragraph', text: rest };
      i += 1;
    }
  }
  return { list, removed, datelines };
}

/** A labelled date read as a date (`July 5, 2005`, `2022-09-16`). */
function labelDate(labels: { date?: string } | undefined): string | undefined {
  return labels?.date ? findDate(labels.date)?.iso : undefined;
}

function validIso(text: string | undefined): string | undefined {
  return text ? findDate(text)?.iso : undefined;
}
