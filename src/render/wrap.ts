import { graphemeSegmenter } from '../text/graphemes.js';
import { cellWidth, quickWidth } from './width.js';

/** How a run of text is drawn; the renderer decides what each style looks like. */
export type RunStyle = 'plain' | 'del' | 'ins' | 'dim' | 'bold' | 'add' | 'remove' | 'move' | 'change' | 'head';

/** A piece of text drawn in one style (the reports' styles, or any other set of names). */
export interface Run<Style extends string = RunStyle> {
  text: string;
  style: Style;
}

/** Options of `wrapRuns`. */
export interface WrapOptions {
  /** Total columns per line, indent included. Default 80. */
  width?: number;
  /** Columns of indent on the first line (the caller draws it). Default 0. */
  indent?: number;
  /** Columns of indent on continuation lines. Default: same as `indent`. */
  hangingIndent?: number;
}

// What the break rules need to know of a grapheme besides its width.
const OTHER = 0;
const SPACE = 1;
/** Must not start a line (closing punctuation, Chinese and ASCII). */
const NO_LINE_START = 2;
/** Must not end a line (opening punctuation). */
const NO_LINE_END = 3;
/** A newline: ends a paragraph. */
const LINE_BREAK = 4;

/** The kind of each UTF-16 unit that is a grapheme by itself; all other units are OTHER. */
const KIND_OF_UNIT = new Uint8Array(0x10000);
KIND_OF_UNIT[0x20] = SPACE;
for (const char of '，。、；：！？）」』”’》〉】〕］｝…‥·・,.;:!?)]}%') KIND_OF_UNIT[char.charCodeAt(0)] = NO_LINE_START;
for (const char of '（「『“‘《〈【〔［｛([{') KIND_OF_UNIT[char.charCodeAt(0)] = NO_LINE_END;

/**
 * The graphemes of the text being wrapped, in parallel arrays reused from call to call (a call
 * is one line of a report: thousands of them): where each starts in the text, its columns and
 * kind. `starts[count]` is the end of the text.
 */
let starts = new Int32Array(1024);
let widths = new Int32Array(1024);
let kinds = new Uint8Array(1024);
let count = 0;

/** Room for `size` graphemes and the end offset (nothing measured is kept). */
function reserve(size: number): void {
  if (size < starts.length) return;
  const length = Math.max(size + 1, starts.length * 2);
  starts = new Int32Array(length);
  widths = new Int32Array(length);
  kinds = new Uint8Array(length);
}

/**
 * Append the graphemes of a text that starts at `offset` of the whole text. Text of common
 * characters only (see `quickWidth`: no combining marks, surrogates or line breaks among them)
 * is one grapheme per UTF-16 unit and needs no segmenter.
 */
function measureGraphemes(text: string, offset: number): void {
  let k = 0;
  for (; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const width = quickWidth(code);
    if (width === undefined) break;
    starts[count + k] = offset + k;
    widths[count + k] = width;
    kinds[count + k] = KIND_OF_UNIT[code]!;
  }
  if (k === text.length) {
    count += k;
    return;
  }
  for (const { segment, index } of graphemeSegmenter().segment(text)) {
    const newline = segment === '\n' || segment === '\r\n' || segment === '\r';
    starts[count] = offset + index;
    widths[count] = newline ? 0 : cellWidth(segment);
    kinds[count] = newline ? LINE_BREAK : segment.length === 1 ? KIND_OF_UNIT[segment.charCodeAt(0)]! : OTHER;
    count++;
  }
}

/** May a line break fall between grapheme `k - 1` and grapheme `k`? */
function canBreakBefore(k: number): boolean {
  const prev = kinds[k - 1]!;
  const next = kinds[k]!;
  // Never before a space: the break comes after it, so it ends the line and is trimmed.
  if (next === NO_LINE_START || next === SPACE || prev === NO_LINE_END) return false;
  // Around wide (CJK) graphemes and after spaces.
  return prev === SPACE || widths[k - 1]! >= 2 || widths[k]! >= 2;
}

/** Measure the runs (tabs become spaces): their joined text and where each run ends in it. */
function measureRuns(runs: readonly Run<string>[]): { text: string; runEnds: number[] } {
  // Never more graphemes than UTF-16 units.
  reserve(runs.reduce((sum, run) => sum + run.text.length, 0));
  count = 0;
  let text = '';
  const runEnds: number[] = [];
  for (const run of runs) {
    const clean = run.text.replaceAll('\t', ' ');
    measureGraphemes(clean, text.length);
    text += clean;
    runEnds.push(text.length);
  }
  starts[count] = text.length;
  return { text, runEnds };
}

/** Fills lines with ranges of graphemes and turns each into runs. */
class LineFiller<Style extends string> {
  readonly lines: Run<Style>[][] = [];
  /** Columns for the current line. */
  private room: number;
  private lineStart = 0;
  /** Columns of the current line taken. */
  private used = 0;
  /** The first run that may hold the next line (lines come in text order). */
  private run = 0;

  constructor(
    private readonly text: string,
    private readonly runs: readonly Run<Style>[],
    /** Where each run ends in the text. */
    private readonly runEnds: readonly number[],
    firstRoom: number,
    private readonly continuationRoom: number,
  ) {
    this.room = firstRoom;
  }

  /** Put graphemes [from, to), `unitWidth` columns, on the line; break before them, or among them when they need more than a line. */
  place(from: number, to: number, unitWidth: number): void {
    if (this.used > 0 && this.used + unitWidth > this.room) this.breakAt(from);
    if (unitWidth <= this.room) {
      this.used += unitWidth;
      return;
    }
    for (let k = from; k < to; k++) {
      if (this.used > 0 && this.used + widths[k]! > this.room) this.breakAt(k);
      this.used += widths[k]!;
    }
  }

  /** End the line before grapheme `at`, without its trailing spaces; the next line starts at `next`. */
  breakAt(at: number, next = at): void {
    let end = at;
    while (end > this.lineStart && kinds[end - 1] === SPACE) end--;
    this.lines.push(end === this.lineStart ? [] : this.styled(starts[this.lineStart]!, starts[end]!));
    this.room = this.continuationRoom;
    this.lineStart = next;
    this.used = 0;
  }

  /** Text [start, end) as runs, neighbouring runs of one style joined (empty runs are skipped). */
  private styled(start: number, end: number): Run<Style>[] {
    const { text, runs, runEnds } = this;
    while (runEnds[this.run]! <= start) this.run++;
    const out: Run<Style>[] = [];
    let style = runs[this.run]!.style;
    let from = start;
    while (runEnds[this.run]! < end) {
      const at = runEnds[this.run++]!;
      const next = runs[this.run]!;
      if (next.text.length === 0 || next.style === style) continue;
      out.push({ text: text.slice(from, at), style });
      style = next.style;
      from = at;
    }
    out.push({ text: text.slice(from, end), style });
    return out;
  }
}

/**
 * Wrap styled runs to a column width, counting East Asian wide characters as two columns.
 * Breaks fall at spaces and between CJK characters, never before closing or after opening
 * punctuation; a unit wider than a whole line is cut by characters. Newlines force a break.
 * Returns the lines as runs, without indentation or trailing spaces.
 */
export function wrapRuns<Style extends string = RunStyle>(runs: readonly Run<Style>[], options: WrapOptions = {}): Run<Style>[][] {
  const width = options.width ?? 80;
  const indent = options.indent ?? 0;
  const hanging = options.hangingIndent ?? indent;
  const { text, runEnds } = measureRuns(runs);
  const lines = new LineFiller(text, runs, runEnds, Math.max(1, width - indent), Math.max(1, width - hanging));
  // Units: maximal sequences with no break opportunity inside. A space never starts one but the
  // first of a paragraph (it binds to the grapheme before it), so continuation lines start
  // without a space unless a unit wider than a line was cut there.
  for (let i = 0; i < count; ) {
    if (kinds[i] === LINE_BREAK) {
      lines.breakAt(i, i + 1);
      i++;
      continue;
    }
    let end = i + 1;
    let unitWidth = widths[i]!;
    for (; end < count && kinds[end] !== LINE_BREAK && !canBreakBefore(end); end++) unitWidth += widths[end]!;
    lines.place(i, end, unitWidth);
    i = end;
  }
  lines.breakAt(count);
  return lines.lines;
}
