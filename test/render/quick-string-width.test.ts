import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import quickStringWidth, { uiQuickWidth } from '../../src/render/ui/quick-string-width.js';

describe('the UI bundle\'s string-width', () => {
  it('measures every character it counts directly as string-width does, alone, in context and as graphemes of their own', () => {
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let counted = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const width = uiQuickWidth(code);
      if (width === undefined) continue;
      counted++;
      const char = String.fromCharCode(code);
      expect(stringWidth(char), `U+${code.toString(16)}`).toBe(width);
      expect(quickStringWidth(char), `U+${code.toString(16)}`).toBe(width);
      expect(quickStringWidth(`中${char}a${char}`), `U+${code.toString(16)} in context`).toBe(stringWidth(`中${char}a${char}`));
      expect([...graphemes.segment(`中${char}a${char}${char}`)].length, `U+${code.toString(16)}`).toBe(5);
    }
    // The frame's borders, markers and list cut are among them.
    for (const char of '╭─╮│╰╯▸◂↷·…→≤█░') expect(uiQuickWidth(char.charCodeAt(0)), char).toBe(1);
    expect(counted).toBeGreaterThan(20000);
  });

  it('measures coloured text as string-width does, without the escapes', () => {
    const row = '\u001b[33m~\u001b[39m  b12  \u001b[2m成员国\u001b[22m';
    expect(quickStringWidth(row)).toBe(14);
    expect(stringWidth(row)).toBe(14);
  });

  it('agrees with string-width on any text, with or without options', () => {
    const mixed = fc.constantFrom(...'成员国，。“”（）abc 1！　·—…→é𠀀😀▶◀╭─\ufe0f\u0301\u302a\u200d\u001b[31m\t\u009b'.split(''), '\u001b[31m', '\u001b[39m', '\u001b[2m', '\u001b[22m', '\u001b]8;;x\u0007');
    const texts = fc.oneof(fc.array(mixed, { maxLength: 30 }).map((chars) => chars.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(fc.property(texts, (text) => quickStringWidth(text) === stringWidth(text)));
    fc.assert(fc.property(texts, fc.boolean(), fc.boolean(), (text, ambiguousIsNarrow, countAnsiEscapeCodes) =>
      quickStringWidth(text, { ambiguousIsNarrow, countAnsiEscapeCodes }) === stringWidth(text, { ambiguousIsNarrow, countAnsiEscapeCodes })));
  });
});
