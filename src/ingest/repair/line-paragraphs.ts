import { isCjk } from './hard-wraps.js';
import { endsSentence } from './sentence.js';

/** A line this much shorter than the longest of its block was not cut by a wrap: it ended there. */
const FULL = 0.7;

/** Display width of a line: CJK characters take two columns, as in the text a wrap was made for. */
function width(line: string): number {
  let columns = 0;
  for (const ch of line) columns += isCjk(ch) ? 2 : 1;
  return columns;
}

/**
 * Split a paragraph block (lines cleaned, separated by `\n`) that is really one paragraph a line:
 * a page's text copied without blank lines, or saved from a word processor. A block is
 * hard-wrapped when at least half of its lines before the last were cut by the wrap: full (as
 * wide as the widest but for the word that did not fit) and ending inside a sentence. Otherwise
 * every line is a paragraph. In a hard-wrapped block a paragraph ends after a line that is not
 * full and ends a sentence, and a short line that starts a paragraph (a heading, a date, a
 * signature) stands alone; the other lines are joined later as hard wraps.
 */
export function splitLineParagraphs(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length < 2) return [text];
  const widths = lines.map(width);
  const widest = widths.reduce((most, columns) => Math.max(most, columns), 0); // not Math.max(...): 100,000 lines overflow the stack
  const full = (i: number): boolean => widths[i]! >= FULL * widest;
  let wrapped = 0;
  for (let i = 0; i < lines.length - 1; i++) if (full(i) && !endsSentence(lines[i]!)) wrapped++;
  if (wrapped * 2 < lines.length - 1) return lines;
  const paragraphs: string[] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    current.push(line);
    const ends = !full(i) && (current.length === 1 || endsSentence(line));
    if (ends) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  });
  if (current.length > 0) paragraphs.push(current.join('\n'));
  return paragraphs;
}
