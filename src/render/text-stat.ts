import { sanitizeTerminal } from '../text/sanitize.js';
import type { DiffResult, Summary } from '../types.js';
import type { ReportOptions } from './index.js';
import { sectionTitle, startReport } from './text.js';
import { cellWidth } from './width.js';
import type { Run, RunStyle } from './wrap.js';

/** The counts of a section line, in the review UI's marks: `~2 +1 -1 ↷1 <1 >1`; zero counts are left out. */
const MARKS: readonly [keyof Summary, string, RunStyle][] = [
  ['reworded', '~', 'change'], ['added', '+', 'add'], ['removed', '-', 'remove'],
  ['moved', '↷', 'move'], ['split', '<', 'change'], ['merged', '>', 'change'],
];

/**
 * `diff --stat`: the text report's header and summary, then one line per section with changes,
 * its title and its counts (as `git diff --stat` lists files), and no clause text.
 */
export function renderStat(result: DiffResult, options: ReportOptions = {}): string {
  const { out, emit, width } = startReport(result, options);
  const rows = result.sections
    .map((pair) => ({ title: `§ ${sanitizeTerminal(sectionTitle(pair))}`, counts: MARKS.filter(([name]) => pair.clauses[name] > 0) .map(([name, mark, style]): Run => ({ text: `${mark}${pair.clauses[name]}`, style })) }))
    .filter((row) => row.counts.length > 0);
  if (rows.length > 0) out.push('');
  const titleWidth = Math.min(Math.max(0, ...rows.map((row) => cellWidth(row.title))), Number.isFinite(width) ? Math.max(10, width - 24) : Infinity);
  for (const row of rows) {
    const gap = ' '.repeat(Math.max(2, titleWidth - cellWidth(row.title) + 2));
    const counts = row.counts.flatMap((run, at): Run[] => (at === 0 ? [run] : [{ text: ' ', style: 'plain' }, run]));
    emit([{ text: row.title, style: 'head' }, { text: gap, style: 'plain' }, ...counts], 0, 4);
  }
  return `${out.join('\n')}\n`;
}
