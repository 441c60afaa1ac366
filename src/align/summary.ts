import type { Summary } from '../types.js';

/** The order summary counts are shown in (text, Markdown, HTML). */
export const SUMMARY_ORDER: ReadonlyArray<keyof Summary> = ['matched', 'reworded', 'added', 'removed', 'split', 'merged', 'moved'];

/** A summary with every count at zero. */
export function emptySummary(): Summary {
  return { matched: 0, added: 0, removed: 0, split: 0, merged: 0, moved: 0, reworded: 0 };
}
