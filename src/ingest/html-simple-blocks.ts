import type { Element, ElementContent, Root as HastRoot, Text as HastText } from 'hast';
import type { Heading, Paragraph, Root, RootContent } from 'mdast';

/**
 * Elements through which rehype-remark passes flow content on to the root unchanged (its `flow`
 * handler) and under which whitespace is collapsed (no `pre`, `nobr`, `td`, `textarea`): a
 * paragraph or heading directly inside them becomes a child of the mdast root.
 */
const FLOW_PARENTS = new Set(['html', 'body', 'div', 'article', 'main', 'section', 'header', 'footer', 'center']);

/** Elements made here: paragraphs and headings. */
const SIMPLE_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whitespace that hast-util-whitespace (and so rehype-remark's minifier) counts as inter-element whitespace. */
const INTER_ELEMENT = /^[ \t\n\f\r]*$/u;

/** Whitespace that rehype-minify-whitespace collapses to one space. */
const COLLAPSIBLE = /[\t\n\v\f\r ]+/gu;

/** The text of a placeholder paragraph: a private-use character, the group number. */
const MARK = '\uE000';

/** The mdast blocks that placeholders stand for, in their order. */
export type SimpleGroups = Array<Array<Paragraph | Heading>>;

/**
 * Take the simple blocks out of a page before rehype-remark: each run of `p` and `h1`…`h6`
 * elements whose only child is one text node (with the whitespace between them), directly inside
 * elements that pass flow content through (`FLOW_PARENTS`, from the root down), is replaced in
 * place by one placeholder `p`, and made into mdast here as rehype-remark would make it: the text
 * with runs of whitespace collapsed to one space and trimmed (a paragraph left empty stays).
 * rehype-remark clones the tree, minifies its whitespace (removing each whitespace node with a
 * splice: quadratic in an element's children) and tests every element: on a page of 10,000
 * paragraphs that was most of reading it. A placeholder is a paragraph among blocks as the run
 * was, so what stands around it converts as before (`putSimpleBlocks` puts the blocks back).
 * Returns undefined, leaving the tree alone, when the page holds the placeholder character.
 */
export function takeSimpleBlocks(tree: HastRoot, html: string): SimpleGroups | undefined {
  if (html.includes(MARK)) return undefined;
  const groups: SimpleGroups = [];
  takeFrom(tree, groups);
  return groups;
}

function takeFrom(parent: HastRoot | Element, groups: SimpleGroups): void {
  const children: Array<HastRoot['children'][number]> = [];
  let group: Array<Paragraph | Heading> | undefined;
  let pending: HastText[] = []; // whitespace after the last simple element of the run
  const close = (): void => {
    children.push(...pending);
    pending = [];
    group = undefined;
  };
  for (const child of parent.children) {
    const block = child.type === 'element' && isSimple(child) ? simpleBlock(child) : undefined;
    if (block) {
      pending = [];
      if (!group) {
        groups.push((group = []));
        children.push(placeholder(groups.length - 1));
      }
      group.push(block);
      continue;
    }
    if (group && child.type === 'text' && INTER_ELEMENT.test(child.value)) {
      pending.push(child);
      continue;
    }
    if (group) close();
    if (child.type === 'element' && FLOW_PARENTS.has(child.tagName) && child.properties['dataMdast'] === undefined) takeFrom(child, groups);
    children.push(child);
  }
  if (group) close();
  parent.children = children as typeof parent.children;
}

/** A `p` or heading holding one text node, that rehype-remark does not skip (`data-mdast="ignore"`). */
function isSimple(element: Element): boolean {
  return SIMPLE_ELEMENTS.has(element.tagName) && element.properties['dataMdast'] === undefined && element.children.length === 1 && element.children[0]!.type === 'text';
}

/**
 * The mdast block of a simple element, as rehype-remark makes it; undefined for an empty
 * paragraph, which rehype-remark drops: it stays in the tree, where it parts the inline content
 * around it no more than before (a placeholder would).
 */
function simpleBlock(element: Element): Paragraph | Heading | undefined {
  const value = (element.children[0] as HastText).value.replace(COLLAPSIBLE, ' ');
  const start = value.startsWith(' ') ? 1 : 0;
  const end = value.length > start && value.endsWith(' ') ? value.length - 1 : value.length;
  const text = value.slice(start, end);
  if (element.tagName === 'p') return text ? { type: 'paragraph', children: [{ type: 'text', value: text }] } : undefined;
  return { type: 'heading', depth: Number(element.tagName[1]) as Heading['depth'], children: text ? [{ type: 'text', value: text }] : [] };
}

function placeholder(index: number): ElementContent {
  return { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: `${MARK}${index}` }] };
}

/** Put the blocks taken by `takeSimpleBlocks` back in place of their placeholders, in the mdast root. */
export function putSimpleBlocks(root: Root, groups: SimpleGroups): Root {
  const children: RootContent[] = [];
  for (const child of root.children) {
    const index = placeholderIndex(child);
    if (index === undefined) children.push(child);
    else for (const block of groups[index]!) children.push(block); // not push(...): a spread of 100,000 blocks overflows the stack
  }
  root.children = children;
  return root;
}

function placeholderIndex(node: RootContent): number | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const [text] = node.children;
  if (text?.type !== 'text' || !text.value.startsWith(MARK)) return undefined;
  return Number(text.value.slice(MARK.length));
}
