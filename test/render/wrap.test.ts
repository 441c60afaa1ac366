import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadCellWidths } from '../../src/render/width.js';
import { type Run, type RunStyle, type WrapOptions, wrapRuns } from '../../src/render/wrap.js';
import { wrapRunsReference } from './wrap-reference.js';

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

  describe('wraps exactly as the old grapheme-object implementation (property)', () => {
    // Every kind of text the rules treat apart: CJK, words, both punctuation sets, spaces, tabs,
    // line breaks, and graphemes that need the segmenter (emoji, combining marks, zero width).
    const piece = fc.oneof(
      fc.constantFrom('成员国', '强调', '加', '　', '㐀', 'Ｍ', '한국'),
      fc.constantFrom('Member', 'States', 'a', 'supercalifragilistic', '2020', 'é', 'Российская', '—', '→'),
      fc.constantFrom(...'，。、；：！？）」』”’》〉】〕］｝…‥·・,.;:!?)]}%'),
      fc.constantFrom(...'（「『“‘《〈【〔［｛([{'),
      fc.constantFrom(' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n'),
      fc.constantFrom('👍', '👨‍👩‍👧', '🇨🇳', 'e\u0301', '\u0301', ' \u0301', '，\u0301', '\u200b', '\u00ad', '\u302a', '\u0007'),
    );
    const style = fc.constantFrom<RunStyle>('plain', 'del', 'ins', 'dim');
    const run = fc.record({ text: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), style });
    const options: fc.Arbitrary<WrapOptions | undefined> = fc.option(
      fc.record(
        { width: fc.integer({ min: 1, max: 100 }), indent: fc.integer({ min: 0, max: 12 }), hangingIndent: fc.integer({ min: 0, max: 12 }) },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    const same = (): void =>
      fc.assert(
        fc.property(fc.array(run, { maxLength: 8 }), options, (runs, opts) => {
          expect(wrapRuns(runs, opts)).toEqual(wrapRunsReference(runs, opts));
        }),
        { numRuns: 2000 },
      );

    it('with the stand-in widths before string-width is loaded', same);

    it('with string-width loaded', async () => {
      await loadCellWidths();
      same();
    });
  });
});
