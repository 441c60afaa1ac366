import type { TimelineSummit } from '../timeline/timeline.js';

/** The count columns of a table of summits (`timeline`'s text, the corpus Summits view). */
export const COUNT_KEYS = ['clauses', 'unchanged', 'reworded', 'new', 'dropped'] as const;

/** Short names for a narrow terminal, where the full ones leave no room for the ids. */
const SHORT_NAMES = ['cl.', 'same', 'rew.', 'new', 'drop'] as const;

/** What the short names stand for, shown with a table that uses them. */
export const SHORT_NAMES_NOTE = 'cl. clauses · same unchanged · rew. reworded';

/** Cells a table leaves its ids (`…/2022-synthetic-b.md` and a gap) before its counts take their short names. */
export const ID_ROOM = 22;

/** The names of the count columns and the cells each takes, its gap before it included. */
export interface CountColumns {
  names: readonly string[];
  widths: number[];
  /** Cells of all of them. */
  width: number;
  short: boolean;
}

/** A summit's counts as cells: its clauses, then against the previous summit (`—` for the first). */
export function countCells(summit: TimelineSummit): string[] {
  const counts = summit.counts;
  return [String(summit.clauses), ...COUNT_KEYS.slice(1).map((key) => (counts ? String(counts[key as keyof typeof counts]) : '—'))];
}

/** Columns as wide as their name or their longest value, each after a gap of `gap` spaces. */
function columns(names: readonly string[], rows: readonly string[][], gap: number, short: boolean): CountColumns {
  const widths = names.map((name, k) => gap + Math.max(name.length, ...rows.map((cells) => (cells[k] ?? '').length)));
  return { names, widths, width: widths.reduce((sum, w) => sum + w, 0), short };
}

/** The full names, two spaces apart, when they fit in `room` cells; else the short names, one space apart. */
export function countColumns(rows: readonly string[][], room: number): CountColumns {
  const full = columns(COUNT_KEYS, rows, 2, false);
  return full.width <= room ? full : columns(SHORT_NAMES, rows, 1, true);
}

/** Cells (the names, or a summit's counts) right-aligned in their columns. */
export function alignCounts(cells: readonly string[], layout: CountColumns): string {
  return cells.map((cell, k) => cell.padStart(layout.widths[k] ?? 0)).join('');
}
