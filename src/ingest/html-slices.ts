import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root, RootContent } from 'mdast';

/**
 * A page whose content is one very wide element (150,000 paragraphs in a `<body>`) converted to
 * mdast a slice of that element's children at a time. rehype-remark spreads the results of every
 * level into one `push(...)` (hast-util-to-mdast's `all`): past about 100,000 blocks that
 * overflows the stack, and its whitespace pass is quadratic in an element's children. Slices are
 * cut only between two blocks that hold text, which end whatever comes before and after them
 * either way, and each slice is converted in a copy of the tree that keeps the
 * wide element's ancestors, with their other children in the first (before) and last (after)
 * slice, so every block sees the ancestors it sees whole.
 */

/** Children of the widest element past which the page is converted in slices. */
export const SLICE_CHILDREN = 2_000;

/** Elements a slice may start with: each ends the paragraph before it. */
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer', 'main', 'figure', 'address']);

/**
 * Elements rehype-remark passes flow content through (its `flow` handlers): a slice of their
 * children becomes the same blocks as in the whole. Others make one node of all their children
 * (`pre`, `blockquote`, a list, a table) or read them as phrasing (`span`), and are not sliced.
 */
const FLOW_THROUGH = new Set(['html', 'body', 'div', 'article', 'section', 'main', 'header', 'footer', 'center', 'address', 'figure', 'form', 'fieldset', 'hgroup']);

type Parent = HastRoot | Element;

/**
 * `convert` of the tree, or of its slices joined (`size` children of the widest element each, at
 * least). A page with `<base>` is converted whole: its address applies to every link.
 */
export async function toMdastInSlices(hast: HastRoot, convert: (tree: HastRoot) => Promise<Root>, size = SLICE_CHILDREN): Promise<Root> {
  const path = widestPath(hast);
  const wide = path[path.length - 1]!;
  const sliceable = wide.children.length > size && path.every(passesFlowThrough) && !hasBase(hast);
  const slices = sliceable ? cut(wide.children, size) : [];
  if (slices.length < 2) return convert(hast);
  const children: RootContent[] = [];
  for (let k = 0; k < slices.length; k++) {
    const root = await convert(treeWith(path, slices[k]!, k === 0, k === slices.length - 1));
    for (const child of root.children) children.push(child); // not push(...): the point is to avoid it
  }
  return { type: 'root', children };
}

/** The path from the root to the element with the most children (the first such, in document order). */
function widestPath(root: HastRoot): Parent[] {
  let best: Parent[] = [root];
  const walk = (node: Parent, path: Parent[]): void => {
    if (node.children.length > best[best.length - 1]!.children.length) best = path;
    for (const child of node.children) if (child.type === 'element') walk(child, [...path, child]);
  };
  // Depth is bounded before here (the reader refuses what is nested too deeply to walk).
  walk(root, [root]);
  return best;
}

/**
 * Does rehype-remark pass `node`'s flow content through? Not for an element it is told to ignore
 * (`data-mdast="ignore"`): sliced, the ancestors' children around it fell into different slices,
 * and an empty inline element after it became an empty paragraph of its own.
 */
function passesFlowThrough(node: Parent): boolean {
  return node.type === 'root' || (FLOW_THROUGH.has(node.tagName) && node.properties['dataMdast'] === undefined);
}

function hasBase(node: Parent): boolean {
  return node.children.some((child) => child.type === 'element' && (child.tagName === 'base' || hasBase(child)));
}

/**
 * The children in runs of at least `size`. A run after the first starts with a solid block after
 * a solid block (whitespace between them aside): a block that converts to nothing (an empty
 * `div`) would let the loose text on either side of it join into one paragraph in the whole.
 */
function cut(children: readonly HastContent[], size: number): HastContent[][] {
  const slices: HastContent[][] = [];
  let current: HastContent[] = [];
  let afterSolid = false;
  for (const child of children) {
    const solid = isSolidBlock(child);
    if (current.length >= size && solid && afterSolid) {
      slices.push(current);
      current = [];
    }
    current.push(child);
    if (!(child.type === 'text' && child.value.trim() === '')) afterSolid = solid;
  }
  slices.push(current);
  return slices;
}

/** A block element that rehype-remark cannot skip: not told to ignore it, and holding text. */
function isSolidBlock(node: HastContent): boolean {
  return node.type === 'element' && BLOCKS.has(node.tagName) && node.properties['dataMdast'] === undefined && holdsText(node);
}

function holdsText(node: Element): boolean {
  return node.children.some((child) => (child.type === 'text' && child.value.trim() !== '') || (child.type === 'element' && holdsText(child)));
}

/**
 * A copy of the path's nodes (the rest shared) where the widest element holds `slice`; each
 * ancestor keeps its children before the path in the first slice and after it in the last.
 */
function treeWith(path: readonly Parent[], slice: HastContent[], first: boolean, last: boolean): HastRoot {
  let node: Parent = { ...path[path.length - 1]!, children: slice } as Parent;
  for (let k = path.length - 2; k >= 0; k--) {
    const ancestor = path[k]!;
    const at = (ancestor.children as HastContent[]).indexOf(path[k + 1] as HastContent);
    const children = [...(first ? ancestor.children.slice(0, at) : []), node as HastContent, ...(last ? ancestor.children.slice(at + 1) : [])];
    node = { ...ancestor, children } as Parent;
  }
  return node as HastRoot;
}
