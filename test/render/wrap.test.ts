import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { type Run, wrapRuns } from '../../src/render/wrap.js';

const text = (runs: Run[]): string => runs.map((r) => r.text).join('');

describe('wrapRuns', () => {
  it('breaks Chinese between characters at two columns each, never before closing punctuation', () => {
    const lines = wrapRuns([{ text: '成员国强调，加强能源和工业领域合作十分重要。', style: 'plain' }], { width: 10 }).map(text);
    expect(lines).toEqual(['成员国强', '调，加强能', '源和工业领', '域合作十分', '重要。']);
  });

  it('breaks English at spaces, drops the space at the break and cuts a word longer than a line', () => {
    expect(wrapRuns([{ text: 'the Member States stress', style: 'plain' }], { width: 12 }).map(text)).toEqual(['the Member', 'States', 'stress']);
    expect(wrapRuns([{ text: 'abcdefghij', style: 'plain' }], { width: 4 }).map(text)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps styles across a break and honours indents and newlines', () => {
    const lines = wrapRuns([{ text: '甲乙', style: 'plain' }, { text: '丙丁戊', style: 'del' }], { width: 8, indent: 2, hangingIndent: 4 });
    expect(lines).toEqual([[{ text: '甲乙', style: 'plain' }, { text: '丙', style: 'del' }], [{ text: '丁戊', style: 'del' }]]);
    expect(wrapRuns([{ text: 'a\nb', style: 'plain' }], { width: 8 }).map(text)).toEqual(['a', 'b']);
  });

  it('never exceeds the width and loses no character but the spaces at breaks (property)', () => {
    const pieces = fc.constantFrom('成员国', '，', '。', '（', '）', '“', 'Member', ' ', 'States', '2020', '-', '《', '》', '、', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 6, max: 50 }), (parts, width) => {
        const input = parts.join('');
        const lines = wrapRuns([{ text: input, style: 'plain' }], { width }).map(text);
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(input.replace(/ /g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
