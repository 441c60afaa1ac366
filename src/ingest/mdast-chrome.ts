import type { Nodes, Paragraph, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Dropped } from './dropped.js';

/** Separators that navigation bars put between links: `>`, `|`, `/`, `»`, bullets. */
const SEPARATORS = /[\s>|/»›·•\-–—]+/gu;

/**
 * Prepare a parsed page for block extraction, in place: paragraphs made of links only
 * (navigation bars, breadcrumbs, share links) are removed, and a short paragraph that is
 * bold throughout (a heading styled by hand) becomes a heading.
 */
export function prepareMdast(root: Root): Root {
  return prepareMdastDropping(root).root;
}

/** `prepareMdast`, also listing the link bars it removed (as `navigation`). */
export function prepareMdastDropping(root: Root): { root: Root; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  visitParent(root, dropped);
  return { root, dropped };
}

function visitParent(parent: Parent, dropped: Dropped[]): void {
  const kept: typeof parent.children = [];
  for (const child of parent.children) {
    // A paragraph of text alone (most of a document) is neither.
    if (child.type === 'paragraph' && !(child.children.length === 1 && child.children[0]!.type === 'text')) {
      if (isLinkBar(child)) {
        dropped.push({ text: toString(child), reason: 'navigation' });
        continue;
      }
      if (isBoldHeading(child)) {
        kept.push({ type: 'heading', depth: 2, children: child.children });
        continue;
      }
    }
    if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') visitParent(child as Parent, dropped);
    kept.push(child);
  }
  parent.children = kept;
  // A list or quote left empty by the removals would still be empty: drop it too.
  parent.children = parent.children.filter((child) => !(('children' in child) && isContainer(child) && child.children.length === 0));
}

function isContainer(node: Nodes): boolean {
  return node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote';
}

/** At least 80% of the paragraph's visible text sits inside links. */
function isLinkBar(paragraph: Paragraph): boolean {
  let linked = 0;
  let other = 0;
  for (const child of paragraph.children) {
    const size = toString(child).replace(SEPARATORS, '').length;
    if (child.type === 'link' || child.type === 'linkReference') linked += size;
    else other += size;
  }
  return linked > 0 && linked >= (linked + other) * 0.8;
}

/** Whole paragraph in `strong`, short, and not ending like a sentence. */
function isBoldHeading(paragraph: Paragraph): boolean {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  if (content.length === 0 || !content.every((child) => child.type === 'strong')) return false;
  const text = toString(paragraph).trim();
  return text.length > 0 && text.length <= 40 && !/[。．.！!？?；;，,：:]$/u.test(text);
}
