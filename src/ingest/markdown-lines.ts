import type { Paragraph, Root, RootContent } from 'mdast';

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
 * `-`, `+`, `#`, `=` and `>` past its start.
 */
const SYNTAX = /[\\`*_[\]<&\t]|^ *(?:[-+#>=]|\d{1,9}[.)])/u;

/** An ATX heading: after a blank line it starts a block of the root whatever came before. */
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/u;

/** A line that CommonMark counts as blank. */
const BLANK = /^[ \t]*$/u;

/** What stands for plain runs in the document remark reads: a flush line without syntax. */
const PLACEHOLDER = 'p';

/** Plain paragraphs that go before the block starting at `line` of what remark reads (1-based), or in place of the placeholder there. */
interface PlainGroup {
  line: number;
  paragraphs: Paragraph[];
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
    const run = lines.slice(index, end);
    if (run[0]![0] !== ' ' && run.every((line) => !SYNTAX.test(line))) {
      if (!current) groups.push((current = { line: Number.POSITIVE_INFINITY, paragraphs: [], placeholder: false }));
      current.paragraphs.push(paragraph(run));
    } else {
      if (current) {
        if (!ATX_HEADING.test(run[0]!)) {
          reduced.push(PLACEHOLDER, '');
          current.placeholder = true;
          current.line = reduced.length - 1;
        } else {
          current.line = reduced.length + 1;
        }
        current = undefined;
      }
      for (const line of run) reduced.push(line); // not push(...run): a spread of 100,000 lines overflows the stack
    }
    index = end;
  }
  if (groups.length === 0) return parse(body);
  const children: RootContent[] = [];
  let next = 0;
  for (const child of parse(reduced.join('\n')).children) {
    const line = child.position?.start.line ?? 0;
    let replaced = false;
    while (next < groups.length && groups[next]!.line <= line) {
      const group = groups[next]!;
      for (const plain of group.paragraphs) children.push(plain);
      // A placeholder is a flush line between blank lines, after none of the constructs that run
      // on across blank lines (those send the whole document to remark): a paragraph of the root.
      if (group.placeholder && group.line === line && child.type === 'paragraph') replaced = true;
      next += 1;
    }
    if (!replaced) children.push(child);
  }
  for (; next < groups.length; next += 1) for (const plain of groups[next]!.paragraphs) children.push(plain);
  return { type: 'root', children };
}

/** The paragraph remark makes of lines without Markdown syntax. */
function paragraph(lines: readonly string[]): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: lines.map((line) => line.replace(/^ +| +$/gu, '')).join('\n') }] };
}
