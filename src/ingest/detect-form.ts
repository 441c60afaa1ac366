import { isCanonical } from '../tree/markdown-read.js';

/** The raw forms the importer reads. */
export type InputForm = 'canonical' | 'html' | 'markdown' | 'text';

/** An HTML document or fragment: a doctype/html/head/body/meta tag, or markup with closing tags from the start. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b/i;
const HTML_FRAGMENT = /^\s*<([a-z][a-z0-9]*)\b[^>]*>[\s\S]*<\/[a-z][a-z0-9]*\s*>/i;

/**
 * Markdown marks a scraped page keeps: ATX headings, setext headings (a line underlined with `=`
 * or `-`, as HTML-to-Markdown converters such as turndown write them), links, front matter.
 */
const MARKDOWN_SIGNS = /^(?:#{1,6}[ \t]+\S|---[ \t]*\r?$)|^\S.*\r?\n(?:={3,}|-{3,})[ \t]*\r?$|\[[^\]\n]+\]\([^)\n]*\)/m;

/**
 * Which form is this text in? Canonical files (front matter with a title) first, then HTML,
 * then Markdown (or page text with Markdown marks), else plain text.
 */
export function detectForm(text: string): InputForm {
  if (isCanonical(text)) return 'canonical';
  if (HTML_START.test(text) || HTML_FRAGMENT.test(text)) return 'html';
  if (MARKDOWN_SIGNS.test(text)) return 'markdown';
  return 'text';
}
