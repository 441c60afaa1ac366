import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import type { Dropped } from './dropped.js';
import { putSimpleBlocks, takeSimpleBlocks } from './html-simple-blocks.js';
import { unwrapLayoutTables } from './html-layout-tables.js';
import { parseHtml } from './html-parse.js';
import { parseWithSourceRuns } from './html-source-runs.js';
import { toMdastInSlices } from './html-slices.js';
import { isCjk } from './repair/hard-wraps.js';

/** Elements that hold page furniture, never declaration text. */
const CHROME_ELEMENTS = new Set(['nav', 'aside', 'script', 'style', 'noscript', 'form', 'iframe', 'select', 'button', 'input', 'template', 'svg']);

/** Class or id words of page furniture (`class="breadcrumb"`, `id="footer"`). */
const CHROME_NAMES = /(?:^|[\s_-])(?:nav|navbar|menu|footer|breadcrumbs?|crumbs?|share|toolbar|copyright|sidebar|topbar|search|language)(?:$|[\s_-])/i;

/** Elements inside which `header` and `footer` belong to the article (its title, its date) and are kept. */
const ARTICLE_ELEMENTS = new Set(['article', 'main']);

/**
 * Parse an HTML page with rehype-parse and convert it to mdast with rehype-remark, after
 * removing page furniture: `nav`, `aside`, scripts and forms, `header` and `footer` outside an
 * `article`/`main`, and elements whose class or id names a menu, breadcrumb, footer or share bar.
 * Line breaks of the page source between two ideographs are dropped (see `joinCjkSourceLines`).
 */
export async function htmlToMdast(html: string): Promise<Root> {
  return (await htmlToMdastDropping(html)).root;
}

/**
 * `htmlToMdast`, also listing the visible text of the furniture elements it removed. Runs of
 * paragraphs and headings as sources write most of them are built without parse5
 * (`parseWithSourceRuns`), and paragraphs and headings of plain text made into mdast without
 * rehype-remark (`takeSimpleBlocks`); `simpleBlocks: false` reads the whole page with both (the
 * tests' reference). A page whose content is one very wide element is converted in slices
 * (`toMdastInSlices`; `sliceChildren` sets their size, for tests).
 */
export async function htmlToMdastDropping(html: string, options: { simpleBlocks?: boolean; sliceChildren?: number } = {}): Promise<{ root: Root; dropped: Dropped[] }> {
  const processor = unified().use(rehypeParse).use(rehypeRemark);
  const direct = options.simpleBlocks !== false;
  const hast = direct ? parseWithSourceRuns(html, parseHtml) : (processor.parse(html) as HastRoot);
  const dropped: Dropped[] = [];
  stripChrome(hast, false, dropped);
  unwrapLayoutTables(hast);
  joinCjkSourceLines(hast);
  const groups = direct ? takeSimpleBlocks(hast, html) : undefined;
  const root = await toMdastInSlices(hast, async (tree) => (await processor.run(tree)) as Root, options.sliceChildren);
  return { root: groups ? putSimpleBlocks(root, groups) : root, dropped };
}

/** Elements whose content is never shown as text: removing them loses nothing a reader sees. */
const INVISIBLE_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);

function stripChrome(node: HastRoot | Element, inArticle: boolean, dropped: Dropped[]): void {
  const drop = (element: Element, names: string): false => {
    if (INVISIBLE_ELEMENTS.has(element.tagName)) return false;
    const text = visibleText(element).replace(/[^\S\n]+/g, ' ').replace(/(?<!\s)\s*\n\s*/g, '\n').trim();
    if (text) dropped.push({ text, reason: element.tagName === 'footer' || /footer|copyright/i.test(names) ? 'footer' : 'navigation' });
    return false;
  };
  // Text alone (most paragraphs of a page) holds nothing to strip.
  if (node.children.every((child) => child.type === 'text')) return;
  node.children = node.children.filter((child: HastContent) => {
    if (child.type !== 'element') return child.type !== 'comment';
    const names = classAndId(child);
    if (CHROME_ELEMENTS.has(child.tagName)) return drop(child, names);
    if (!inArticle && (child.tagName === 'header' || child.tagName === 'footer')) return drop(child, names);
    if (names && CHROME_NAMES.test(names)) return drop(child, names);
    stripChrome(child, inArticle || ARTICLE_ELEMENTS.has(child.tagName), dropped);
    return true;
  }) as typeof node.children;
}

/** An element's class names and id, joined by spaces; empty for most elements, which have neither. */
function classAndId(element: Element): string {
  const { className, id } = element.properties;
  if (className === undefined && id === undefined) return '';
  return [className, id].flat().filter((name) => typeof name === 'string').join(' ');
}

/** The text of an element, one line per block-level child. */
function visibleText(node: Element): string {
  return node.children.map((child) => {
    if (child.type === 'text') return child.value;
    if (child.type !== 'element' || INVISIBLE_ELEMENTS.has(child.tagName)) return '';
    const text = visibleText(child);
    return /^(?:p|div|li|h[1-6]|tr|br|section|ul|ol)$/.test(child.tagName) ? `\n${text}\n` : text;
  }).join('');
}

/** A line break of the source with the spaces around it, and the characters on either side. */
const SOURCE_BREAK = /(?<=(\S))[^\S\n]*\n\s*(?=(\S))/gu;

/**
 * Drop the line breaks that wrap the page source between two CJK characters: HTML makes each a
 * space, which Chinese text does not have (CSS drops them too, as a segment break between East
 * Asian characters). Text in `pre` and `textarea` keeps its lines.
 */
function joinCjkSourceLines(node: HastRoot | Element): void {
  for (const child of node.children) {
    // The pattern needs a line feed with text on both sides: most text nodes of a page (its
    // paragraphs, the whitespace between them) have not both, and are not scanned.
    if (child.type === 'text') {
      if (child.value.includes('\n') && child.value.trim() !== '') child.value = child.value.replace(SOURCE_BREAK, (space: string, before: string, after: string) => (isCjk(before) && isCjk(after) ? '' : space));
    } else if (child.type === 'element' && child.tagName !== 'pre' && child.tagName !== 'textarea') joinCjkSourceLines(child);
  }
}
