import type { ReviewRow } from './model.js';

/** The list filters, in the order `f` cycles through them. */
export const FILTERS = ['all', 'changes', 'added', 'removed', 'reworded', 'moved'] as const;

/** One list filter. */
export type Filter = (typeof FILTERS)[number];

/** The filter after `filter` in the cycle (wrapping around). */
export function nextFilter(filter: Filter, step = 1): Filter {
  const at = FILTERS.indexOf(filter);
  return FILTERS[(at + step + FILTERS.length) % FILTERS.length]!;
}

/** Does a row pass the filter? */
export function passesFilter(row: ReviewRow, filter: Filter): boolean {
  switch (filter) {
    case 'all': return true;
    case 'changes': return row.changed;
    case 'added': return row.change.kind === 'added';
    case 'removed': return row.change.kind === 'removed';
    case 'reworded': return row.change.reworded;
    case 'moved': return row.change.moved;
  }
}

/** Indices of the rows that pass the filter and contain the (already folded) query. */
export function visibleRows(rows: readonly ReviewRow[], filter: Filter, foldedQuery: string): number[] {
  const out: number[] = [];
  for (const row of rows) {
    if (passesFilter(row, filter) && (foldedQuery === '' || row.search.includes(foldedQuery))) out.push(row.index);
  }
  return out;
}
