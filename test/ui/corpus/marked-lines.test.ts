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
