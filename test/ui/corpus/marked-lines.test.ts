import { describe, expect, it } from 'vitest';
import { markedLines } from '../../../src/render/ui/corpus/marked-lines.js';

describe('markedLines', () => {
  it('turns [-…-] and {+…+} into delete and insert tones, across line ends', () => {
    expect(markedLines('成员国{+一致+}认为[-进一步-]促进\n{+a long\ninsert+} end\n')).toEqual([
      [{ text: '成员国', tone: 'plain' }, { text: '一致', tone: 'insert' }, { text: '认为', tone: 'plain' }, { text: '进一步', tone: 'delete' }, { text: '促进', tone: 'plain' }],
      [{ text: 'a long', tone: 'insert' }],
      [{ text: 'insert', tone: 'insert' }, { text: ' end', tone: 'plain' }],
    ]);
  });
});

describe('around', async () => {
  const { around } = await import('../../../src/render/ui/corpus/terms-view.js');
  it('shows a clause from a little before the phrase', () => {
    expect(around('成员国欢迎在合成测试框架内举办第二届上合组织合成论坛（合成条款）。', '合成论坛')).toBe('…办第二届上合组织合成论坛（合成条款）。');
    expect(around('The member states support the Greater Eurasian Partnership.', 'greater eurasian')).toBe('…the Greater Eurasian Partnership.');
    expect(around('短的句子。', '句子')).toBe('短的句子。');
    expect(around('没有这个短语的句子。', '一带一路')).toBe('没有这个短语的句子。');
  });
});
