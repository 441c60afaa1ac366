import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { linkLine, literalAt } from './markdown-links.js';

/**
 * Markdown that the line reader leaves wholly to remark: carriage returns and NUL (which remark
 * rewrites), link reference definitions (which reach across the whole document), and fenced
 * code and the HTML blocks that run on across blank lines (comments, `<?`, `<!`, script, pre,
 * style, textarea). A link label holds at most 999 characters (CommonMark): bounded, so that a
 * line of 10 MB does not overflow the pattern's backtracking stack.
 */
const WHOLE_DOCUMENT = /[\r\0]|^ {0,3}\[[^\]\n]{0,999}\]:|```|~~~|<[!?]|<(?:script|pre|style|textarea)/imu;

/**
 * A line that may hold Markdown syntax: a character that starts an inline construct anywhere
 * (escapes, code, emphasis, links and images, HTML and autolinks, entities), a tab, or at its
 * start (after spaces) one that starts a block: headings, quotes, list bullets and numbers,
 * thematic breaks, setext underlines. Without GFM, `|` and `~` mean nothing inside a line, nor do
 * `-`, `+`, `#`, `=` and `>` past its start. Tested on the line without its escapes (`ESCAPE`).
 */
const SYNTAX = /[\\`*_[\]<&\t]|^ *(?:[-+#>=]|\d{1,9}[.)])/u;

/** Block starts (`SYNTAX`'s second half), and the characters `holdsSyntax` takes as syntax wherever they stand. */
const BLOCK_SYNTAX = /^ *(?:[-+#>=]|\d{1,9}[.)])/u;
const ALWAYS_SYNTAX = /[\\`*_&]/u;

/**
 * Does a line (without its escapes) hold Markdown syntax? As `SYNTAX`, except that a `<` or a tab
 * that can only be text (`literalAt`) is text, and so are brackets when no link can be made
 * (`links` false: the run holds no `](`, and the document no reference definition), since a
 * bracket starts nothing else without GFM: `[字体：大 中 小]`, `《…<构想>…》` and signatures
 * with a tab between name and title are common on Chinese pages.
 */
function holdsSyntax(line: string, links: boolean): boolean {
  if (!SYNTAX.test(line)) return false;
  if (BLOCK_SYNTAX.test(line) || ALWAYS_SYNTAX.test(line)) return true;
  for (let at = 0; at < line.length; at++) {
    const unit = line.charCodeAt(at);
    if (unit === 0x5b || unit === 0x5d) {
      if (links) return true;
    } else if ((unit === 0x3c || unit === 0x09) && !literalAt(line, at)) {
      return true;
    }
  }
  return false;
}

/** A line without its backslash escapes, for `holdsSyntax`. */
function withoutEscapes(line: string): string {
  return line.includes('\\') ? line.replace(ESCAPE, '') : line;
}

/** The inline part of `SYNTAX`: what may not stand in a heading's text. */
const INLINE_SYNTAX = /[\\`*_[\]<&\t]/u;

/**
 * A backslash escape: a backslash before ASCII punctuation stands for that character (CommonMark
 * §2.4; generated Markdown escapes `<` and `>`, `*`, `_`). Any other backslash is syntax: a hard
 * line break at a line's end, or a backslash of its own that `SYNTAX` leaves to remark.
 */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu;

/** Characters `.` does not match: a heading line holding one is left to remark. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/**
 * An ATX heading that the line reader makes itself: flush, one to six marks, a space after them,
 * text that does not end with `#` (a closing sequence, or an escaped `#`, is left to remark).
 * Its depth and its text without the spaces around it; null otherwise. Read by hand: the pattern
 * `^(#{1,6}) +(.*[^# ]) *$` backtracks over a long run of spaces (seconds at 64 KB).
 */
function plainHeading(line: string): { depth: number; text: string } | null {
  let marks = 0;
  while (marks < line.length && line.charCodeAt(marks) === 0x23) marks++;
  if (marks < 1 || marks > 6 || line.charCodeAt(marks) !== 0x20) return null;
  let end = line.length;
  while (end > marks && line.charCodeAt(end - 1) === 0x20) end--;
  let start = marks;
  while (start < end && line.charCodeAt(start) === 0x20) start++;
  if (start >= end || line.charCodeAt(end - 1) === 0x23) return null;
  const text = line.slice(start, end);
  return LINE_TERMINATOR.test(text) ? null : { depth: marks, text };
}

/** An ATX heading: after a blank line it starts a block of the root whatever came before. */
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/u;

/** A line that CommonMark counts as blank. */
const BLANK = /^[ \t]*$/u;

/** What stands for plain runs in the document remark reads: a flush line without syntax. */
const PLACEHOLDER = 'p';

/** Plain blocks that go before the block starting at `line` of what remark reads (1-based), or in place of the placeholder there. */
interface PlainGroup {
  line: number;
  blocks: Array<Paragraph | Heading>;
  placeholder: boolean;
}

/**
 * Parse Markdown into an mdast root, with `parse` (remark) reading only what holds Markdown
 * syntax: each run of lines between blank lines without any (`SYNTAX`) that starts flush becomes a
 * paragraph here, as remark would make it (its lines stripped of surrounding spaces, joined by
 * line feeds), and remark reads the rest in one document. The plain runs between two runs with
 * syntax leave a one-line placeholder paragraph in it, so that what follows parses as it did after
 * them (a list or an indented block does not run on), unless what follows is an ATX heading,
 * which starts a block of the root after any blank line: remark spends its time per block.
 */
export function parseMarkdownByLines(body: string, parse: (markdown: string) => Root): Root {
  if (WHOLE_DOCUMENT.test(body)) return parse(body);
  const lines = body.split('\n');
  const reduced: string[] = [];
  const groups: PlainGroup[] = [];
  let current: PlainGroup | undefined; // the plain runs since the last run with syntax
  let index = 0;
  while (index < lines.length) {
    if (BLANK.test(lines[index]!)) {
      if (!current) reduced.push(lines[index]!);
      index += 1;
      continue;
    }
    let end = index;
    while (end < lines.length && !BLANK.test(lines[end]!)) end += 1;
    const first = lines[index]!;
    // A run of one line (a paragraph a line, the common case) is read without an array of its own.
    const block = first[0] === ' ' ? undefined : end === index + 1 ? plainLine(first) : plainBlock(lines.slice(index, end));
    if (block) {
      if (!current) groups.push((current = { line: Number.POSITIVE_INFINITY, blocks: [], placeholder: false }));
      current.blocks.push(block);
    } else {
      if (current) {
        if (!ATX_HEADING.test(first)) {
          reduced.push(PLACEHOLDER, '');
          current.placeholder = true;
          current.line = reduced.length - 1;
        } else {
          current.line = reduced.length + 1;
        }
        current = undefined;
      }
      for (let k = index; k < end; k += 1) reduced.push(lines[k]!); // not push(...run): a spread of 100,000 lines overflows the stack
    }
    index = end;
  }
  if (groups.length === 0) return parse(body);
  const children: RootContent[] = [];
  let next = 0;
  // Nothing left with syntax: remark is not called (it would read blank lines).
  const rest = reduced.some((line) => !BLANK.test(line)) ? parse(reduced.join('\n')).children : [];
  for (const child of rest) {
    const line = child.position?.start.line ?? 0;
    let replaced = false;
    while (next < groups.length && groups[next]!.line <= line) {
      const group = groups[next]!;
      for (const block of group.blocks) children.push(block);
      // A placeholder is a flush line between blank lines, after none of the constructs that run
      // on across blank lines (those send the whole document to remark): a paragraph of the root.
      if (group.placeholder && group.line === line && child.type === 'paragraph') replaced = true;
      next += 1;
    }
    if (!replaced) children.push(child);
  }
  for (; next < groups.length; next += 1) for (const block of groups[next]!.blocks) children.push(block);
  return { type: 'root', children };
}

/**
 * The paragraph remark makes of a run of two flush lines or more, when it holds no Markdown
 * syntax but escapes (`holdsSyntax`): its lines stripped of spaces at both ends, joined by line
 * feeds; escapes stand for their character. A run with links is read a line at a time
 * (`linkRun`). Undefined when the run holds other syntax.
 */
function plainBlock(run: readonly string[]): Paragraph | undefined {
  const links = run.some((line) => line.includes(']('));
  if (run.some((line) => holdsSyntax(withoutEscapes(line), links))) return links ? linkRun(run) : undefined;
  return { type: 'paragraph', children: [{ type: 'text', value: run.map((line) => unescape(trimSpaces(line))).join('\n') }] };
}

/**
 * A run of lines of text and plain links (a breadcrumb over two lines), as remark reads it: each
 * line with a bracket is a `linkLine`, each other one text, joined by line feeds (a link cannot
 * reach past its line there). A line ending in two spaces before the next would be a hard break,
 * which remark gives as a node of its own: left to remark, as is any other syntax.
 */
function linkRun(run: readonly string[]): Paragraph | undefined {
  const children: PhrasingContent[] = [];
  const addText = (value: string): void => {
    const last = children[children.length - 1];
    if (last?.type === 'text') last.value += value;
    else children.push({ type: 'text', value });
  };
  for (let k = 0; k < run.length; k++) {
    const line = run[k]!;
    if (k < run.length - 1 && line.endsWith('  ')) return undefined;
    if (k > 0) addText('\n');
    // Brackets count here: a line with one is read by `linkLine`.
    if (!holdsSyntax(withoutEscapes(line), true)) {
      addText(unescape(trimSpaces(line)));
      continue;
    }
    const read = linkLine(trimSpaces(line));
    if (!read) return undefined;
    for (const child of read.children) {
      if (child.type === 'text') addText(child.value);
      else children.push(child);
    }
  }
  return { type: 'paragraph', children };
}

/**
 * The block remark makes of a flush line of its own, as `plainBlock`, or an ATX heading (its text
 * stripped of spaces), or a line of text and plain links (a breadcrumb: `linkLine`).
 */
function plainLine(line: string): Paragraph | Heading | undefined {
  const heading = plainHeading(line);
  if (heading) {
    const { text } = heading; // stripped of spaces only: remark keeps U+3000
    if (INLINE_SYNTAX.test(withoutEscapes(text))) return undefined;
    return { type: 'heading', depth: heading.depth as Heading['depth'], children: [{ type: 'text', value: unescape(text) }] };
  }
  if (holdsSyntax(withoutEscapes(line), line.includes(']('))) return linkLine(trimSpaces(line));
  return { type: 'paragraph', children: [{ type: 'text', value: unescape(trimSpaces(line)) }] };
}

/** A line without the spaces at its ends (not other whitespace, which remark keeps). */
function trimSpaces(line: string): string {
  return line.startsWith(' ') || line.endsWith(' ') ? line.replace(/^ +| +$/gu, '') : line;
}

/** Text with its backslash escapes resolved. */
function unescape(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPE, '$1') : text;
}
