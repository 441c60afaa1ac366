import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { SLICE_CHILDREN, toMdastInSlices } from '../../src/ingest/html-slices.js';

/** A page whose body holds `count` paragraphs with markup, as hast. */
function widePage(count: number, tag = 'body'): HastRoot {
  const paragraph = (k: number): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: `第${k}段 ` }, { type: 'element', tagName: 'b', properties: {}, children: [{ type: 'text', value: '加粗' }] }] });
  const body: Element = { type: 'element', tagName: tag, properties: {}, children: Array.from({ length: count }, (_, k) => paragraph(k)) };
  const head: Element = { type: 'element', tagName: 'head', properties: {}, children: [] };
  return { type: 'root', children: [{ type: 'element', tagName: 'html', properties: {}, children: [head, body] }] };
}

/** A stand-in for rehype-remark that records the width of each tree it is given. */
function recorder() {
  const widths: number[] = [];
  const convert = async (tree: HastRoot): Promise<Root> => {
    const html = tree.children[0] as Element;
    const body = html.children[html.children.length - 1] as Element;
    widths.push(body.children.length);
    return { type: 'root', children: body.children.map(() => ({ type: 'paragraph', children: [] })) };
  };
  return { widths, convert };
}

describe('toMdastInSlices', () => {
  it('converts a body of 300,000 paragraphs in slices of 2,000, and every paragraph once', async () => {
    const { widths, convert } = recorder();
    const root = await toMdastInSlices(widePage(300_000), convert);
    expect(widths).toHaveLength(150);
    expect(Math.max(...widths)).toBe(SLICE_CHILDREN);
    expect(root.children).toHaveLength(300_000);
  });

  it('converts a narrow page whole', async () => {
    const { widths, convert } = recorder();
    await toMdastInSlices(widePage(1_999), convert);
    expect(widths).toEqual([1_999]);
  });

  it('converts whole what rehype-remark makes one node of (a pre, a block quote)', async () => {
    for (const tag of ['pre', 'blockquote']) {
      const page = widePage(5_000, tag);
      const { widths, convert } = recorder();
      await toMdastInSlices(page, convert);
      expect(widths, tag).toEqual([5_000]);
    }
  });
});
