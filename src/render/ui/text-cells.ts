import { cellWidth } from '../width.js';

/** How a piece of text is drawn. */
export type Tone = 'plain' | 'dim' | 'insert' | 'delete' | 'heading' | 'accent';

/** A run of text in one tone. */
export interface Segment {
  text: string;
  tone: Tone;
}

/** One drawn line: segments whose total width fits the line. */
export type Line = Segment[];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The text without its last grapheme (backspace in a text field: a whole emoji or combined character goes). */
export function dropLastGrapheme(text: string): string {
  return [...graphemes.segment(text)].slice(0, -1).map((part) => part.segment).join('');
}

/** Cut text to at most `width` cells, ending with `…` when cut, and pad it with spaces to exactly `width`. */
export function fitCells(text: string, width: number): string {
  if (width <= 0) return '';
  // Look at no more than `width + 1` characters: a list row never measures a whole long clause.
  const head = text.slice(0, width + 1);
  const full = cellWidth(head);
  if (head.length === text.length && full <= width) return text + ' '.repeat(width - full);
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(head)) {
    const w = cellWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…${' '.repeat(Math.max(0, width - 1 - used))}`;
}

/**
 * Wrap styled segments into lines of at most `width` cells. CJK text breaks anywhere; a Latin word
 * is carried to the next line when it would be cut and a space on the line allows it. `\n` breaks.
 */
export function wrapSegments(segments: readonly Segment[], width: number): Line[] {
  const size = Math.max(1, width);
  const lines: Line[] = [];
  let line: Line = [];
  let used = 0;
  const push = (text: string, tone: Tone): void => {
    const last = line[line.length - 1];
    if (last && last.tone === tone) last.text += text;
    else line.push({ text, tone });
  };
  const breakLine = (): void => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (const { text, tone } of segments) {
    for (const { segment } of graphemes.segment(text)) {
      if (segment === '\n' || segment === '\r\n') {
        breakLine();
        continue;
      }
      const w = cellWidth(segment);
      if (used > 0 && used + w > size) {
        const carried = /^[\p{L}\p{N}]$/u.test(segment) && !/\p{Script=Han}/u.test(segment) ? takeWord(line, size) : [];
        breakLine();
        for (const piece of carried) {
          push(piece.text, piece.tone);
          used += cellWidth(piece.text);
        }
        if (segment === ' ' && used === 0) continue;
      }
      push(segment, tone);
      used += w;
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Remove the trailing Latin word of a full line and return it, when the line has a space before it. */
function takeWord(line: Line, width: number): Segment[] {
  const text = line.map((segment) => segment.text).join('');
  const match = /[\p{L}\p{N}\-'’]+$/u.exec(text);
  if (!match || match.index === 0 || text[match.index - 1] !== ' ' || cellWidth(match[0]) >= width) return [];
  let remove = match[0].length;
  const taken: Segment[] = [];
  while (remove > 0 && line.length > 0) {
    const last = line[line.length - 1]!;
    if (last.text.length <= remove) {
      taken.unshift(line.pop()!);
      remove -= last.text.length;
    } else {
      taken.unshift({ text: last.text.slice(last.text.length - remove), tone: last.tone });
      last.text = last.text.slice(0, last.text.length - remove);
      remove = 0;
    }
  }
  return taken;
}

/** Pad a line with a plain segment to exactly `width` cells (lines are never wider than `width`). */
export function padLine(line: Line, width: number): Line {
  const used = line.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
  return used >= width ? line : [...line, { text: ' '.repeat(width - used), tone: 'plain' }];
}
