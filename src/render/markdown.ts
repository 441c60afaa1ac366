import type { DiffResult } from '../types.js';

/** Placeholder until the report lands. */
export function renderMarkdown(result: DiffResult): string {
  return `${result.from.title} → ${result.to.title}\n`;
}
