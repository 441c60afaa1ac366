import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A block of a document before it becomes a tree: a heading or a paragraph. */
export type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; text: string; /** From a Markdown code block: literal text, never a title. */ code?: true };

/**
 * Flatten an mdast tree into headings and paragraphs, in order.
 * Lists, quotes and tables are read through: each item, quoted paragraph or row is a paragraph
 * (an ordered item keeps its number: `3. text`); code and raw HTML keep their literal text.
 * Inline markup keeps only its text (links → label).
 */
export function mdastToBlocks(root: Root): Block[] {
  const blocks: Block[] = [];
  let marker = ''; // number of the ordered list item whose first paragraph comes next
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        marker = '';
        blocks.push({ kind: 'heading', depth: node.depth, text: inlineText(node) });
        return;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', text: marker + inlineText(node) });
        marker = '';
        return;
      case 'code':
        if (node.value.trim()) blocks.push({ kind: 'paragraph', text: node.value, code: true });
        return;
      case 'html':
        if (node.value.trim()) blocks.push({ kind: 'paragraph', text: node.value });
        return;
      case 'tableRow':
        blocks.push({ kind: 'paragraph', text: node.children.map((cell) => inlineText(cell)).join('\t') });
        return;
      case 'list':
        node.children.forEach((item, index) => {
          marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '';
          visit(item);
        });
        marker = '';
        return;
      case 'listItem':
      case 'blockquote':
      case 'table':
        for (const child of node.children) visit(child as RootContent);
        return;
      default:
        return; // thematic breaks, definitions, front matter: not text of the document
    }
  };
  for (const node of root.children) visit(node);
  return blocks;
}

/** Text of an inline container; hard line breaks become newlines. */
function inlineText(node: Nodes): string {
  if (!('children' in node)) return toString(node);
  // One text (most paragraphs): its value, without an array to join.
  if (node.children.length === 1 && node.children[0]!.type === 'text') return node.children[0]!.value;
  return node.children.map((child) => (child.type === 'break' ? '\n' : inlineText(child))).join('');
}
