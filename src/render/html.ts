import type { DiffResult } from '../types.js';

/** Placeholder until the report lands. */
export function renderHtml(result: DiffResult): string {
  return `${result.from.title} → ${result.to.title}\n`;
}
