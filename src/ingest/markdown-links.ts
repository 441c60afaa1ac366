import type { Paragraph, PhrasingContent } from 'mdast';

/**
 * A line of text and plain inline links (`[首页](https://…) > [新闻](https://…)`, the breadcrumb
 * that pages copied as Markdown open with), read here as remark reads it: a paragraph of text and
 * link nodes (title null, the address as written). Undefined for anything else, which is left to
 * remark: a line starting a block, any other inline syntax (escapes, code, emphasis, images, HTML,
 * entities), a link whose text is blank or holds brackets or syntax, or whose address is empty,
 * bracketed, or holds whitespace, quotes, parentheses or backslashes. The line comes without the
 * spaces at its ends, and the document holds no link reference definition (`WHOLE_DOCUMENT`).
 */
export function linkLine(line: string): Paragraph | undefined {
  if (BLOCK_START.test(line) || LINE_TERMINATOR.test(line)) return undefined;
  const children: PhrasingContent[] = [];
  let text = 0; // where the text since the last link starts
  let at = 0;
  while (at < line.length) {
    const unit = line.charCodeAt(at);
    if (unit !== OPEN_BRACKET) {
      if (STOPS.has(unit) && !literalAt(line, at)) return undefined;
      at += 1;
      continue;
    }
    // `![` starts an image.
    if (at > 0 && line.charCodeAt(at - 1) === EXCLAMATION) return undefined;
    const link = readLink(line, at);
    if (link === undefined) return undefined;
    if (at > text) children.push({ type: 'text', value: line.slice(text, at) });
    children.push({ type: 'link', title: null, url: link.url, children: [{ type: 'text', value: link.label }] });
    at = text = link.end;
  }
  if (children.length === 0) return undefined;
  if (at > text) children.push({ type: 'text', value: line.slice(text, at) });
  return { type: 'paragraph', children };
}

/** The plain link `[label](url)` at `start` of the line, and where it ends; undefined if there is none. */
function readLink(line: string, start: number): { label: string; url: string; end: number } | undefined {
  const close = line.indexOf(']', start + 1);
  if (close < 0 || line.charCodeAt(close + 1) !== OPEN_PAREN) return undefined;
  const label = line.slice(start + 1, close);
  if (!PLAIN_LABEL.test(label) || !NOT_BLANK.test(label)) return undefined;
  const end = line.indexOf(')', close + 2);
  if (end < 0) return undefined;
  const url = line.slice(close + 2, end);
  if (!PLAIN_URL.test(url)) return undefined;
  return { label, url, end: end + 1 };
}

/**
 * Is the `<` or tab at `at` of a line plain text, whatever the rest of the line holds? A `<` is
 * unless a letter, `/`, `!` or `?` follows it (an HTML tag, comment, declaration or processing
 * instruction, or an autolink, which starts with a letter): `《构想<纲要>》` is text. A tab is
 * between two characters that are neither spaces nor tabs: at a line's ends, or beside a space,
 * it is indentation or trailing whitespace, which remark strips.
 */
export function literalAt(line: string, at: number): boolean {
  const unit = line.charCodeAt(at);
  if (unit === LESS_THAN) return !TAG_START.test(line.charAt(at + 1));
  if (unit === TAB) return at > 0 && at < line.length - 1 && !isSpaceOrTab(line.charCodeAt(at - 1)) && !isSpaceOrTab(line.charCodeAt(at + 1));
  return false;
}

const LESS_THAN = 0x3c;
const TAB = 0x09;
/** A character after `<` that may start an HTML tag or an autolink (a line's end after it, none). */
const TAG_START = /^[A-Za-z/!?]$/u;

function isSpaceOrTab(unit: number): boolean {
  return unit === 0x20 || unit === TAB;
}

/** A line that may start a block: a heading, quote, list bullet or number, thematic break, setext underline or code fence. */
const BLOCK_START = /^(?:[-+#>=]|\d{1,9}[.)]|~~~|```)/u;

/** Characters `.` does not match (remark's line endings and U+2028/U+2029). */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

const OPEN_BRACKET = 0x5b;
const OPEN_PAREN = 0x28;
const EXCLAMATION = 0x21;

/**
 * Characters that start an inline construct outside a link (a `[` that reads as no plain link ends
 * the reading too): `\` `` ` `` `*` `_` `]` `&`, and `<` and tab unless they are text (`literalAt`).
 */
const STOPS = new Set([...'\\`*_]<&\t'].map((ch) => ch.charCodeAt(0)));

/** A link's text: no brackets and nothing that starts an inline construct (and, `NOT_BLANK`, not blank). */
const PLAIN_LABEL = /^[^\\`*_[\]<&\t]+$/u;
const NOT_BLANK = /\S/u;

/**
 * A link's address: not empty, printable, no whitespace, no brackets of any kind, quotes,
 * backslashes or `&` (which remark would read as the end of the address, a title, an escape or
 * an entity), no `*`, `_` or backtick.
 */
const PLAIN_URL = /^[^\s\0-\x1f\x7f()<>[\]\\&"'`*_]+$/u;
