import fc from 'fast-check';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cellWidth, loadCellWidths, quickWidth } from '../../src/render/width.js';

/** Every code point `quickWidth` answers for, in order. */
function quickCodePoints(): number[] {
  const out: number[] = [];
  for (let code = 0; code <= 0xffff; code++) if (quickWidth(code) !== undefined) out.push(code);
  return out;
}

describe('quickWidth', () => {
  const codes = quickCodePoints();

  it('covers ASCII, CJK ideographs, CJK punctuation and fullwidth forms', () => {
    for (const text of ['a', 'é', 'Р', '—', '中', '㐀', '，', '。', '“', '（', '！', '　', '\ufffd']) expect(quickWidth(text.codePointAt(0)!), text).toBeDefined();
  });

  it('answers exactly what string-width measures, alone and between other characters', () => {
    for (const code of codes) {
      const char = String.fromCharCode(code);
      const width = quickWidth(code)!;
      expect(stringWidth(char), `U+${code.toString(16)}`).toBe(width);
      // No combining with its neighbours: the widths add up.
      expect(stringWidth(`中${char}a`), `U+${code.toString(16)} in context`).toBe(2 + width + 1);
    }
  });

  it('is a grapheme of its own, whatever its neighbours (wrapRuns counts on it)', () => {
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const code of codes) {
      const char = String.fromCharCode(code);
      expect([...graphemes.segment(`中${char}a${char}${char}`)].length, `U+${code.toString(16)}`).toBe(5);
    }
  });

  it('leaves combining and emoji-capable characters to string-width', () => {
    for (const text of ['\u302a', '\u302f', '\u00ad', '\u200d', '\ufe0f', '\u0301', '\t', '\n', '\u3099', '😀']) {
      expect(quickWidth(text.codePointAt(0)!), `U+${text.codePointAt(0)!.toString(16)}`).toBeUndefined();
    }
  });
});

describe('cellWidth', () => {
  beforeAll(loadCellWidths);

  it('counts wide characters as two columns', () => {
    expect(cellWidth('成员国 ok')).toBe(9);
  });

  it('agrees with string-width on any text, simple or not', () => {
    const simple = fc.constantFrom(...'成员国，。“”（）abc 1！　·—…→é𠀀😀\u0301\u302a\u200d');
    fc.assert(fc.property(fc.array(simple, { maxLength: 24 }).map((chars) => chars.join('')), (text) => cellWidth(text) === stringWidth(text)));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (text) => cellWidth(text) === stringWidth(text)));
  });
});

describe('withCellWidths', () => {
  /** A fresh copy of the module, string-width not loaded yet. */
  const fresh = async () => {
    vi.resetModules();
    return import('../../src/render/width.js');
  };
  /** Two UTF-16 units, one column: a stand-in width would say 2. */
  const combined = 'e\u0301';

  it('renders once without string-width when every text is common', async () => {
    const width = await fresh();
    let renders = 0;
    const result = await width.withCellWidths(() => {
      renders += 1;
      return width.cellWidth('成员国，“SCO”');
    });
    expect(result).toBe(2 * 3 + 2 + 1 + 3 + 1);
    expect(renders).toBe(1);
    expect(width.cellWidth(combined)).toBe(2); // still the stand-in: nothing was loaded
  });

  it('loads string-width and renders again when a text needs it', async () => {
    const width = await fresh();
    let renders = 0;
    const result = await width.withCellWidths(() => {
      renders += 1;
      return width.cellWidth(`中${combined}😀`);
    });
    expect(result).toBe(stringWidth(`中${combined}😀`));
    expect(renders).toBe(2);
    expect(width.cellWidth(combined)).toBe(1);
  });
});
