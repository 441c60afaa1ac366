import { InputError } from '../errors.js';

/**
 * Limits checked before remark (micromark) reads Markdown, in linear time, because micromark is
 * not linear on hostile shapes (issue 23): a list nested 400 deep took 5 s, a 200 KB list whose
 * lines each open 8 nested lists 424 s, a 100 KB paragraph of `*a _b ` 6 s, runs of `[(` and of
 * `` `a `` quadratic in the paragraph, and it reads about 0.1–1 MB a second even on tame Markdown.
 * Beyond a limit the input is refused in one line; no declaration comes near any of them.
 */

/** Deepest nesting of lists and block quotes read (a declaration nests 2 or 3 deep). */
export const MAX_MARKDOWN_DEPTH = 32;

/**
 * Most emphasis, link and code marks in one block (lines between blank lines): the runs of `*`,
 * `_` and backticks, and every `[`, `]` and `<`. Micromark pairs them per paragraph in quadratic time.
 */
export const MAX_MARKS_PER_BLOCK = 1_000;

/** Most characters of Markdown with syntax read (plain paragraphs are read without remark and do not count). */
export const MAX_MARKDOWN_CHARS = 1_000_000;

/** Refuse, in one line, Markdown beyond the limits above (the most specific first); return otherwise. */
export function checkMarkdownLimits(markdown: string): void {
  if (mostMarksInABlock(markdown) > MAX_MARKS_PER_BLOCK) {
    throw new InputError(`Markdown paragraph with more than ${MAX_MARKS_PER_BLOCK.toLocaleString('en')} emphasis, link or code marks: above the limit of what is read`);
  }
  if (deepestNesting(markdown) > MAX_MARKDOWN_DEPTH) {
    throw new InputError(`Markdown nested deeper than ${MAX_MARKDOWN_DEPTH} levels (lists or block quotes): above the limit of what is read`);
  }
  if (markdown.length > MAX_MARKDOWN_CHARS) {
    throw new InputError(`Markdown with syntax on more than ${MAX_MARKDOWN_CHARS.toLocaleString('en')} characters: above the limit of what is read (plain paragraphs do not count)`);
  }
}

/**
 * The most marks (see `MAX_MARKS_PER_BLOCK`) in one block: lines between blank lines, a new one
 * starting at each list item and heading too, since micromark pairs marks per paragraph (a tight
 * list of many links is many short paragraphs).
 */
export function mostMarksInABlock(markdown: string): number {
  let most = 0;
  let marks = 0;
  for (let start = 0; start <= markdown.length; ) {
    let end = markdown.indexOf('\n', start);
    if (end < 0) end = markdown.length;
    const line = markdown.slice(start, end);
    start = end + 1;
    if (startsBlock(line)) marks = 0;
    let previous = '';
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '[' || ch === ']' || ch === '<' || ((ch === '*' || ch === '_' || ch === '`') && ch !== previous)) marks += 1;
      previous = ch;
    }
    if (marks > most) most = marks;
  }
  return most;
}

/** Is the line blank, or (after spaces, tabs and `>`) a list item or an ATX heading? */
function startsBlock(line: string): boolean {
  let at = 0;
  while (at < line.length && (line[at] === ' ' || line[at] === '\t' || line[at] === '>')) at += 1;
  return at === line.length || line[at] === '#' || listMarker(line, at) > 0;
}

/** A container open on the current line: a block quote, or a list item whose content is this many columns in. */
type Container = { kind: 'quote' } | { kind: 'item'; width: number };

/**
 * An upper bound of how deep lists and block quotes nest, as CommonMark opens and continues them
 * line by line (a line continues each open container through its `>` or its indentation, then
 * may open more with `>` or list markers). Approximate where it does not matter (lazy lines keep
 * what is open), and stops counting past the limit so that a line of 500,000 markers costs no
 * more than its length.
 */
export function deepestNesting(markdown: string): number {
  const open: Container[] = [];
  let deepest = 0;
  let previousBlank = true;
  for (let start = 0; start <= markdown.length; ) {
    let end = markdown.indexOf('\n', start);
    if (end < 0) end = markdown.length;
    const line = expandTabs(markdown.slice(start, end)); // a tab may count partly for two containers
    start = end + 1;
    const blank = !/[^ \t]/.test(line);
    const mayBreak = !/[^-*_ \t]/.test(line); // only then can a thematic break end it: checked once, not at each marker
    let at = 0;
    let matched = 0;
    for (; matched < open.length; matched++) {
      const container = open[matched]!;
      const indent = indentEnd(line, at);
      if (container.kind === 'quote') {
        if (columns(line, at, indent) > 3 || line[indent] !== '>') break;
        at = afterQuoteMark(line, indent);
      } else if (!blank) {
        if (columns(line, at, indent) < container.width) break;
        at = advanceColumns(line, at, container.width);
      }
    }
    let opened = 0;
    while (!blank && matched + opened <= MAX_MARKDOWN_DEPTH) {
      const mark = indentEnd(line, at);
      if (columns(line, at, mark) > 3 || mark >= line.length) break; // indented code, or nothing more
      const marker = line[mark] === '>' ? 1 : listMarker(line, mark);
      if (marker === 0 || (mayBreak && thematicBreak(line, mark))) break;
      if (opened === 0) open.length = matched;
      opened += 1;
      if (line[mark] === '>') {
        open.push({ kind: 'quote' });
        at = afterQuoteMark(line, mark);
        continue;
      }
      const after = mark + marker;
      const content = indentEnd(line, after);
      const spaces = columns(line, after, content);
      const bare = content >= line.length || spaces > 4; // content one space after the marker
      const before = columns(line, at, mark); // the item's content column counts the indentation of its marker
      open.push({ kind: 'item', width: before + (bare ? marker + 1 : marker + spaces) });
      at = bare ? Math.min(after + 1, line.length) : content;
    }
    // A line that opens nothing and leaves containers unmatched closes them, unless it may be a
    // lazy continuation of a paragraph (no blank line before it), which keeps them.
    if (opened === 0 && matched < open.length && (blank || previousBlank)) open.length = matched;
    deepest = Math.max(deepest, open.length);
    if (deepest > MAX_MARKDOWN_DEPTH) return deepest;
    previousBlank = blank;
  }
  return deepest;
}

/** The line with each tab replaced by the spaces to the next tab stop (of 4 columns). */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let expanded = '';
  for (const ch of line) expanded += ch === '\t' ? ' '.repeat(4 - (expanded.length % 4)) : ch;
  return expanded;
}

/** The position after the spaces and tabs at `at`. */
function indentEnd(line: string, at: number): number {
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) at += 1;
  return at;
}

/** The position where `width` columns of indentation from `at` are reached (a tab counts whole). */
function advanceColumns(line: string, at: number, width: number): number {
  let column = 0;
  while (column < width && at < line.length) column += line[at++] === '\t' ? 4 - (column % 4) : 1;
  return at;
}

/** The position after a block quote's `>` at `at` and the one space or tab that may follow it. */
function afterQuoteMark(line: string, at: number): number {
  return line[at + 1] === ' ' || line[at + 1] === '\t' ? at + 2 : at + 1;
}

/** Columns of the spaces and tabs between `from` and `to`. */
function columns(line: string, from: number, to: number): number {
  let column = 0;
  for (let i = from; i < to; i++) column += line[i] === '\t' ? 4 - (column % 4) : 1;
  return column;
}

/** The length of the list marker at `at` (`-`, `+`, `*`, or 1–9 digits and `.` or `)`) followed by a space, a tab or the end of the line; else 0. */
function listMarker(line: string, at: number): number {
  const ch = line[at];
  let end = at;
  if (ch === '-' || ch === '+' || ch === '*') end = at + 1;
  else {
    while (end < line.length && end - at < 9 && line[end]! >= '0' && line[end]! <= '9') end += 1;
    if (end === at || (line[end] !== '.' && line[end] !== ')')) return 0;
    end += 1;
  }
  return end >= line.length || line[end] === ' ' || line[end] === '\t' ? end - at : 0;
}

/** Is the rest of the line from `at` a thematic break (3 or more of one of `-*_`, with spaces and tabs)? */
function thematicBreak(line: string, at: number): boolean {
  const mark = line[at];
  if (mark !== '-' && mark !== '*' && mark !== '_') return false;
  let count = 0;
  for (let i = at; i < line.length; i++) {
    if (line[i] === mark) count += 1;
    else if (line[i] !== ' ' && line[i] !== '\t') return false;
  }
  return count >= 3;
}
