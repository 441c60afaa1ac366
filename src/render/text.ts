import type { DiffResult } from '../types.js';
import type { ReportOptions } from './index.js';

/** Placeholder until the text report lands. */
export function renderText(result: DiffResult, _options: ReportOptions = {}): string {
  return `${result.from.title} → ${result.to.title}\n`;
}
