import { isCanonical } from '../tree/markdown-read.js';

/** The raw forms the importer reads. */
export type InputForm = 'canonical' | 'html' | 'markdown' | 'text';

/** An HTML document's first tag: doctype, html, head, body or meta (after any comments: `htmlStart`). */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta)\b/iy;
/** An HTML fragment: markup with closing tags from the start. */
const HTML_FRAGMENT = /^\s*<([a-z][a-z0-9]*)\b[^>]*>[\s\S]*<\/[a-z][a-z0-9]*\s*>/i;

/**
 * Markdown marks a scraped page keeps: ATX headings, setext headings (a line underlined with `=`
 * or `-`, as HTML-to-Markdown converters such as turndown write them), links, front matter. A
 * link's text holds no `[` and its address no `(`, so that runs of them are read in linear time.
 */
const MARKDOWN_SIGNS = /^(?:#{1,6}[ \t]+\S|---[ \t]*\r?$)|^\S.*\r?\n(?:={3,}|-{3,})[ \t]*\r?$|\[[^[\]\n]+\]\([^()\n]*\)/m;

/**
 * Which form is this text in? Canonical files (front matter with a title) first, then HTML,
 * then Markdown (or page text with Markdown marks), else plain text.
 */
export function detectForm(text: string): InputForm {
  if (isCanonical(text)) return 'canonical';
  if (htmlStart(text) || HTML_FRAGMENT.test(text)) return 'html';
  if (MARKDOWN_SIGNS.test(text)) return 'markdown';
  return 'text';
}

/**
 * Does the text open with an HTML document's first tag, after whitespace and comments? Scanned
 * comment by comment (a regular expression backtracks exponentially on runs of `<!---->`).
 */
export function htmlStart(text: string): boolean {
  let at = skipSpace(text, 0);
  while (text.startsWith('<!--', at)) {
    const end = text.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = skipSpace(text, end + 3);
  }
  HTML_TAG.lastIndex = at;
  return HTML_TAG.test(text);
}

/** The first position at or after `at` that is not whitespace. */
function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at += 1;
  return at;
}
