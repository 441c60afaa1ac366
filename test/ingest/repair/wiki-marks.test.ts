import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropWikiMarks } from '../../../src/ingest/repair/wiki-marks.js';
import type { Block } from '../../../src/tree/blocks.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text, depth: 2 });

// SYNTHETIC lines in the shapes wiki pages give them.
describe('dropWikiMarks', () => {
  it('takes a wiki\'s edit link off the end of a heading, and lists it', () => {
    for (const [text, mark] of [
      ['一、安全合作[编辑]', '[编辑]'], ['二、經貿合作[編輯]', '[編輯]'], ['Security [edit]', '[edit]'],
      ['Безопасность[править | править код]', '[править | править код]'], ['三、人文合作 [编辑 | 编辑源代码]', '[编辑 | 编辑源代码]'],
    ] as const) {
      const result = dropWikiMarks([h(text)]);
      expect(result.blocks, text).toEqual([h(text.slice(0, text.lastIndexOf(mark)).trimEnd())]);
      expect(result.dropped, text).toEqual([{ text: mark, reason: 'navigation' }]);
    }
    // A paragraph the importer will take for a heading ends the same way in page text.
    expect(dropWikiMarks([p('一、安全合作[编辑]')]).blocks).toEqual([p('一、安全合作')]);
  });

  it('takes footnote markers out of the text, and lists each (a footnoted clause read as reworded)', () => {
    const result = dropWikiMarks([p('成员国支持示例合作。[1]成员国欢迎示例倡议[注 2]。'), p('The member states support the example.[3]'), p('Участники поддерживают пример<sup>[4]</sup>.')]);
    expect(result.blocks).toEqual([p('成员国支持示例合作。成员国欢迎示例倡议。'), p('The member states support the example.'), p('Участники поддерживают пример.')]);
    expect(result.dropped).toEqual([
      { text: '[1]', reason: 'footnote' }, { text: '[注 2]', reason: 'footnote' }, { text: '[3]', reason: 'footnote' }, { text: '<sup>[4]</sup>', reason: 'footnote' },
    ]);
  });

  it('leaves brackets that are text alone', () => {
    const blocks = [p('[字体：大 中 小] 打印本页'), p('See paragraph [1] of the annex.'), p('成员国支持[示例]合作。'), h('[编辑] 不在末尾'), p('1. [12345]')];
    expect(dropWikiMarks(blocks)).toEqual({ blocks, dropped: [] });
  });

  it('keeps every character but the marks: the blocks and the marks hold the text', () => {
    const marks = ['[1]', '[注 3]', '[12]'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...marks), fc.constantFrom('成员国', '支持', '合作。', 'text', ' ', '[', ']', '示例')), { maxLength: 12 }), (pieces) => {
      const text = `甲${pieces.join('')}`;
      const result = dropWikiMarks([p(text)]);
      const kept = result.blocks.map((block) => block.text).join('');
      const taken = result.dropped.map((entry) => entry.text);
      for (const mark of taken) expect(marks).toContain(mark);
      expect(kept.length + taken.join('').length).toBe(text.length);
    }));
  });
});
