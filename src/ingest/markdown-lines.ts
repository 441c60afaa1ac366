import type { Paragraph, Root, RootContent } from 'mdast';

/**
 * Markdown that the line reader leaves wholly to remark: carriage returns and NUL (which remark
 * rewrites), link reference definitions (which reach across the whole document), and fenced
 * code and the HTML blocks that run on across blank lines (comments, `<?`, `<!`, script, pre,
 * style, textarea).
 */
const WHOLE_DOCUMENT = /[\r\0]|^ {0,3}\[[^\]\n]*\]:|```|~~~|<[!?]|<(?:script|pre|style|textarea)/imu;

/**
 * A line that may hold Markdown syntax: any character that starts a block or inline construct
 * (escapes, code, emphasis, links, images, HTML and autolinks, entities, headings, setext
 * underlines, thematic breaks, list bullets, strikethrough, tables), a tab, or an ordered list
 * number at its start.
 */
const SYNTAX = /[\\`*_[\]<>!&#=+~|\t-]|^[ ]*\d{1,9}[.)]/u;

/** A line that CommonMark counts as blank. */
const BLANK = /^[ \t]*$/u;

/** What stands for a run of plain lines in the document remark reads: a flush line without syntax. */
const PLACEHOLDER = 'p';

/**
 * Parse Markdown into an mdast root, with `parse` (remark) reading only what holds Markdown
 * syntax: each run of lines between blank lines without any (`SYNTAX`) that starts flush becomes a
 * paragraph here, as remark would make it (its lines stripped of surrounding spaces, joined by
 * line feeds), and remark reads the document with a one-line placeholder paragraph in place of
 * the plain runs between two runs with syntax, so that everything around them parses as before,
 * in one call.
 */
export function parseMarkdownByLines(body: string, parse: (markdown: string) => Root): Root {
  if (WHOLE_DOCUMENT.test(body)) return parse(body);
  const lines = body.split('\n');
  const reduced: string[] = [];
  // Line of a placeholder in `reduced` (1-based) → the paragraphs it stands for: the plain runs
  // from one run with syntax to the next share one placeholder, since remark spends its time per block.
  const plain = new Map<number, Paragraph[]>();
  let current: Paragraph[] | undefined; // the paragraphs of the last placeholder, while no syntax came after it
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
      if (!current) {
        current = [];
        reduced.push(PLACEHOLDER, '');
        plain.set(reduced.length - 1, current);
      }
      current.push(paragraph(run));
    } else {
      current = undefined;
      reduced.push(...run);
    }
    index = end;
  }
  if (plain.size === 0) return parse(body);
  const root = parse(reduced.join('\n'));
  // A placeholder is a flush line between blank lines, after none of the constructs that run on
  // across blank lines (those send the whole document to remark): always a paragraph of the root.
  root.children = root.children.flatMap((child) => (child.type === 'paragraph' && plain.get(child.position?.start.line ?? 0)) || [child]);
  return root;
}

/** The paragraph remark makes of lines without Markdown syntax. */
function paragraph(lines: readonly string[]): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: lines.map((line) => line.replace(/^ +| +$/gu, '')).join('\n') }] };
}
