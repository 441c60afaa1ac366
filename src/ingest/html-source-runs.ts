import { randomBytes } from 'node:crypto';
import type { Element, Root as HastRoot, RootContent } from 'hast';

/**
 * A paragraph or heading as page sources write most of them: the tag without attributes, text
 * with no markup, character reference, NUL or CR (which the tokenizer reads as written), the
 * matching end tag.
 */
const SIMPLE_ELEMENT = /<(p|h[1-6])>([^<&\0\r]*)<\/\1>/gu;

/** Whitespace between two elements of a run: what the tokenizer emits as whitespace characters. */
const GAP = /^[ \t\n\f]*$/u;

/**
 * Pages read whole: a table (foster parenting moves a paragraph out of it while the whitespace
 * after it stays inside), a frameset (whose start tag heeds whether any text came before it).
 */
const READ_WHOLE = /<(?:table|frameset)\b/iu;

/**
 * Elements inside which the run's tags would not have done what the placeholder's did: in a
 * select a `p` tag is ignored, in a template it goes to the template's own fragment, it ends
 * foreign content (so none stays inside); a heading tag closes an open heading, which the
 * placeholder's `p` stays inside.
 */
const NOT_BODY = new Set(['select', 'template', 'svg', 'math', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The placeholder's text: private-use characters around a key drawn for each page and the run's
 * number. The key is what a page cannot forge: it may write the marks as character references
 * (`&#xE001;0&#xE002;`), which the source check (`MARK` in the source) does not see.
 */
const MARK = '\uE001';
const MARK_END = '\uE002';

/** One run of simple elements in the source: each element's tag and text, and the whitespace between them. */
interface SourceRun {
  elements: Array<{ tagName: string; text: string }>;
  gaps: string[];
}

/**
 * Parse an HTML page with `parse` (rehype-parse), leaving the tokenizer and tree builder only
 * what is not a run of simple paragraphs and headings (`SIMPLE_ELEMENT`, with whitespace between
 * them): each run is one placeholder `<p>` in the source parsed, and its elements are built here,
 * as hast-util-from-parse5 builds them, in the placeholder's place. parse5 spends its time per
 * tag and character; a page of 10,000 paragraphs took it most of reading the page.
 *
 * The placeholder proves the run parses as elements of the place it stands in: it must come out
 * once, as a `p` holding just its text (no formatting element rebuilt around the text), among the
 * children of elements read by the rules of the body and not headings (`NOT_BODY`), which it cannot be when the
 * source there was in a comment, script, style, textarea, title, template, select or foreign
 * content. Then the tokenizer was reading markup at that point, each tag of the run opens or
 * closes its element in the same place, and the whitespace between them is text of that place.
 * Otherwise, or for a page with a table or frameset (`READ_WHOLE`) or the placeholder characters,
 * the page is parsed whole.
 */
export function parseWithSourceRuns(html: string, parse: (html: string) => HastRoot): HastRoot {
  if (html.includes(MARK) || READ_WHOLE.test(html)) return parse(html);
  const key = randomBytes(6).toString('hex');
  const runs: SourceRun[] = [];
  const pieces: string[] = [];
  let copied = 0; // end of the source copied to `pieces`
  let runEnd = -1; // end of the current run in the source
  for (const match of html.matchAll(SIMPLE_ELEMENT)) {
    const start = match.index;
    const element = { tagName: match[1]!, text: match[2]! };
    const gap = html.slice(runEnd, start);
    if (runEnd >= 0 && GAP.test(gap)) {
      runs.at(-1)!.gaps.push(gap);
      runs.at(-1)!.elements.push(element);
    } else {
      pieces.push(html.slice(copied, start), `<p>${MARK}${key}:${runs.length}${MARK_END}</p>`);
      runs.push({ elements: [element], gaps: [] });
    }
    runEnd = copied = start + match[0].length;
  }
  if (runs.length === 0) return parse(html);
  pieces.push(html.slice(copied));
  const tree = parse(pieces.join(''));
  const found = new Map<number, { parent: HastRoot | Element; index: number }>();
  findPlaceholders(tree, found, key);
  // Each run's placeholder found once (a run inside a comment, say, leaves none).
  if (found.size !== runs.length || [...found.keys()].some((number) => number < 0 || number >= runs.length)) return parse(html);
  // Each parent's children rebuilt once, in one pass: replacing the placeholders one by one moved
  // every child after each of them, quadratic on a page whose runs are broken often (by a `&`).
  const byParent = new Map<HastRoot | Element, Map<number, number>>();
  for (const [number, { parent, index }] of found) {
    const placed = byParent.get(parent) ?? new Map<number, number>();
    byParent.set(parent, placed.set(index, number));
  }
  for (const [parent, placed] of byParent) {
    const children: RootContent[] = [];
    (parent.children as RootContent[]).forEach((child, index) => {
      const number = placed.get(index);
      if (number === undefined) children.push(child);
      else pushRun(children, runs[number]!);
    });
    parent.children = children as typeof parent.children;
  }
  return tree;
}

/** Push the elements of `run` onto `nodes`, with the whitespace between them as text, as hast-util-from-parse5 builds them. */
function pushRun(nodes: RootContent[], { elements, gaps }: SourceRun): void {
  elements.forEach(({ tagName, text }, k) => {
    if (k > 0 && gaps[k - 1]) nodes.push({ type: 'text', value: gaps[k - 1]! });
    nodes.push({ type: 'element', tagName, properties: {}, children: text ? [{ type: 'text', value: text }] : [] });
  });
}

/** Record the placeholders among the children of `parent` and of the elements below it read as body; a number seen twice is recorded as lost. */
function findPlaceholders(parent: HastRoot | Element, found: Map<number, { parent: HastRoot | Element; index: number }>, key: string): void {
  parent.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    const number = placeholderNumber(child, key);
    if (number !== undefined) {
      if (found.has(number)) found.set(-1 - number, { parent, index });
      else found.set(number, { parent, index });
      return;
    }
    if (!NOT_BODY.has(child.tagName)) findPlaceholders(child, found, key);
  });
}

/** The run number of a placeholder `p` of this page (`key`): no attributes, one text node holding just the mark. */
function placeholderNumber(element: Element, key: string): number | undefined {
  if (element.tagName !== 'p' || Object.keys(element.properties).length > 0 || element.children.length !== 1) return undefined;
  const [text] = element.children;
  const opening = `${MARK}${key}:`;
  if (text?.type !== 'text' || !text.value.startsWith(opening) || !text.value.endsWith(MARK_END)) return undefined;
  const digits = text.value.slice(opening.length, -MARK_END.length);
  return /^\d+$/u.test(digits) ? Number(digits) : undefined;
}
