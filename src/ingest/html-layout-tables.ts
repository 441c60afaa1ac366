import type { Element, Root, RootContent } from 'hast';

/**
 * Older portals lay their pages out in tables: a row for the menu, a cell for the article, a row
 * for the footer. rehype-remark reads every table as data, a row a line, so the article's title,
 * date and clauses became one paragraph and the page was not recognised as a declaration. A
 * table with a cell that holds block elements (paragraphs, headings, lists, nested tables) is
 * layout: it is replaced by its cells, each a `div`, in reading order. A table of text cells (a
 * list of signatories) stays a table.
 */

/** Elements that make a cell hold a page's blocks rather than one datum. */
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'section', 'article']);

/** Table parts between the table and its cells. */
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot', 'tr']);

/** Replace the layout tables under `node` by their cells' contents (inner tables first). */
export function unwrapLayoutTables(node: Root | Element): void {
  let changed = false;
  const children: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    unwrapLayoutTables(child);
    if (child.tagName !== 'table' || !cells(child).some(holdsBlocks)) {
      children.push(child);
      continue;
    }
    changed = true;
    for (const cell of cells(child)) children.push({ type: 'element', tagName: 'div', properties: {}, children: cell.children });
  }
  if (changed) node.children = children as typeof node.children;
}

/** The cells of a table, in reading order (a nested table's are its own). */
function cells(node: Element): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'td' || child.tagName === 'th') found.push(child);
    else if (ROW_GROUPS.has(child.tagName)) found.push(...cells(child));
  }
  return found;
}

function holdsBlocks(cell: Element): boolean {
  return cell.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName));
}
