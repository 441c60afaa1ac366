import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mdastToBlocks } from '../../src/tree/blocks.js';

const blocks = (markdown: string) => mdastToBlocks(unified().use(remarkParse).parse(markdown));

describe('mdastToBlocks', () => {
  it('reads headings and paragraphs in order, links as their labels, soft breaks as newlines', () => {
    expect(blocks('## 安全合作\n\n成员国[指出](#)，\n恐怖主义。')).toEqual([
      { kind: 'heading', depth: 2, text: '安全合作' },
      { kind: 'paragraph', text: '成员国指出，\n恐怖主义。' },
    ]);
  });

  it('keeps the number of an ordered list item, and drops bullets', () => {
    expect(blocks('3. Third\n4. Fourth\n\n- bullet')).toEqual([
      { kind: 'paragraph', text: '3. Third' },
      { kind: 'paragraph', text: '4. Fourth' },
      { kind: 'paragraph', text: 'bullet' },
    ]);
  });

  it('reads table rows (from HTML tables) as tab-separated paragraphs', () => {
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
    const root: Root = { type: 'root', children: [{ type: 'table', children: [{ type: 'tableRow', children: [cell('俄罗斯联邦总统'), cell('普京')] }] }] };
    expect(mdastToBlocks(root)).toEqual([{ kind: 'paragraph', text: '俄罗斯联邦总统\t普京' }]);
  });
});
