import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import quickStringWidth from '../../src/render/ui/quick-string-width.js';
import { quickWidth } from '../../src/render/width.js';

describe('the UI bundle\'s string-width', () => {
  it('measures every character it counts directly as string-width does', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (quickWidth(code) === undefined) continue;
      const char = String.fromCharCode(code);
      expect(quickStringWidth(char), `U+${code.toString(16)}`).toBe(stringWidth(char));
    }
  });

  it('agrees with string-width on any text, with or without options', () => {
    const mixed = fc.constantFrom(...'成员国，。“”（）abc 1！　·—…→é𠀀😀\u0301\u302a\u200d\u001b[31m\t');
    const texts = fc.oneof(fc.array(mixed, { maxLength: 30 }).map((chars) => chars.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(fc.property(texts, (text) => quickStringWidth(text) === stringWidth(text)));
    fc.assert(fc.property(texts, fc.boolean(), fc.boolean(), (text, ambiguousIsNarrow, countAnsiEscapeCodes) =>
      quickStringWidth(text, { ambiguousIsNarrow, countAnsiEscapeCodes }) === stringWidth(text, { ambiguousIsNarrow, countAnsiEscapeCodes })));
  });
});
