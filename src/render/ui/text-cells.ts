import { graphemeSegmenter } from '../../text/graphemes.js';
import { cellWidth, quickWidth } from '../width.js';
import { wrapRuns } from '../wrap.js';

/** How a piece of text is drawn. */
export type Tone = 'plain' | 'dim' | 'insert' | 'delete' | 'heading' | 'accent' | 'match';

/** A run of text in one tone. */
export interface Segment {
  text: string;
  tone: Tone;
}

/** One drawn line: segments whose total width fits the line. */
export type Line = Segment[];

/** The text without its last grapheme (backspace in a text field: a whole emoji or combined character goes). */
export function dropLastGrapheme(text: string): string {
  return [...graphemeSegmenter().segment(text)].slice(0, -1).map((part) => part.segment).join('');
}

/** Cut text to at most `width` cells, ending with `…` when cut, and pad it with spaces to exactly `width`. */
export function fitCells(text: string, width: number): string {
  if (width <= 0) return '';
  // Look at no more than `width + 1` characters: a list row never measures a whole long clause.
  const head = text.slice(0, width + 1);
  const full = cellWidth(head);
  if (head.length === text.length && full <= width) return text + ' '.repeat(width - full);
  const quick = quickCut(head, width - 1);
  if (quick !== undefined) return `${head.slice(0, quick.end)}…${' '.repeat(Math.max(0, width - 1 - quick.used))}`;
  let out = '';
  let used = 0;
  for (const { segment } of graphemeSegmenter().segment(head)) {
    const w = cellWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…${' '.repeat(Math.max(0, width - 1 - used))}`;
}

/**
 * Where to cut `text` to at most `room` cells when every unit of it is one that `quickWidth` counts
 * (each a grapheme of its own: no grapheme segmenter needed, whose first use costs tens of
 * milliseconds); undefined otherwise.
 */
function quickCut(text: string, room: number): { end: number; used: number } | undefined {
  let end = -1;
  let used = 0;
  for (let at = 0; at < text.length; at++) {
    const width = quickWidth(text.charCodeAt(at));
    if (width === undefined) return undefined;
    if (end === -1) {
      if (used + width > room) end = at;
      else used += width;
    }
  }
  return { end: end === -1 ? text.length : end, used };
}

/** Characters of the shared beginning kept before where two titles part, to lead into the difference. */
const SHARED_LEAD = 5;

/**
 * Fit two titles to `width` cells each (as `fitCells`). When either is too wide and they share a
 * beginning (a revision's title is often the original's plus a suffix), both drop that beginning
 * but its last few characters, so that what tells them apart stays in sight.
 */
export function fitTitles(a: string, b: string, width: number): [string, string] {
  if (cellWidth(a) <= width && cellWidth(b) <= width) return [fitCells(a, width), fitCells(b, width)];
  const [pa, pb] = [[...a], [...b]];
  let shared = 0;
  while (shared < pa.length && shared < pb.length && pa[shared] === pb[shared]) shared++;
  if (shared <= SHARED_LEAD) return [fitCells(a, width), fitCells(b, width)];
  const tail = (points: string[]) => `…${points.slice(shared - SHARED_LEAD).join('')}`;
  return [fitCells(tail(pa), width), fitCells(tail(pb), width)];
}

/**
 * Wrap styled segments into lines of at most `width` cells, by the reports' line-breaking rules
 * (`wrapRuns`): CJK text breaks between characters, Latin text at spaces, never before closing or
 * after opening punctuation; `\n` breaks.
 */
export function wrapSegments(segments: readonly Segment[], width: number): Line[] {
  const lines = wrapRuns(segments.map(({ text, tone }) => ({ text, style: tone })), { width: Math.max(1, width) });
  return lines.map((line) => line.map(({ text, style }) => ({ text, tone: style })));
}

/** Pad a line with a plain segment to exactly `width` cells (lines are never wider than `width`). */
export function padLine(line: Line, width: number): Line {
  const used = line.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
  return used >= width ? line : [...line, { text: ' '.repeat(width - used), tone: 'plain' }];
}
