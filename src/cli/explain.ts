import type { DroppedLine } from '../ingest/report.js';
import { printable } from '../text/sanitize.js';

/** Widest reason name, for aligned columns. */
const REASON_WIDTH = 'duplicate-title'.length;

/** The dropped lines, one a line: reason, input line (`-` when unknown), text made safe for a terminal. */
export function explainLines(dropped: readonly DroppedLine[]): string {
  return dropped
    .map(({ reason, line, text }) => `${reason.padEnd(REASON_WIDTH)} ${String(line || '-').padStart(5)}  ${printable(text.replace(/\s+/gu, ' '), 200)}\n`)
    .join('');
}

/** The one line that says what the importer could not find (`title`, `date`, `place`). */
export function missingLine(file: string, missing: readonly string[]): string {
  return `clausewise: ${printable(file)}: could not find the ${missing.join(', ')}\n`;
}

/** The line that says a date was taken from the page's time stamp, which is often a day or more after the summit. */
export function stampDateLine(file: string, date: string): string {
  return `clausewise: ${printable(file)}: the date ${date} is the page's time stamp (no date in the text): check it, or give --date\n`;
}
