/**
 * Typographic folding of English and Russian text: apostrophes, quotes, dashes and ё are noise,
 * never a rewording. Every sentence here is synthetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForTerms } from '../../src/terms/fold.js';
import { foldText, foldTextAs, isIdeographic } from '../../src/text/fold.js';
import { CONVERSION, NORMALIZATION } from '../../src/text/t2s-table.js';
import { foldForWords, foldForWordsByPiece } from '../../src/text/words.js';

describe('foldText and foldForWords of English and Russian', () => {
  it('fold apostrophes ’ ‘ ʼ to \', quotes “ ” „ « » to ", dashes — – ‒ − ‐ ‑ to -, and leave Chinese text alone', () => {
    const curly = 'The partners’ ‘open skies’ pilot — a “green corridor” for 2031–2035 and a long‑term ʼplanʼ.';
    const plain = 'The partners\' \'open skies\' pilot - a "green corridor" for 2031-2035 and a long-term \'plan\'.';
    expect(foldText(curly)).toBe(foldText(plain));
    expect(foldForWords(curly)).toBe(foldForWords(plain));
    expect(foldForWords(curly)).toBe('The partners\'\'open skies\'pilot-a"green corridor"for 2031-2035 and a long-term\'plan\'.');
    expect(foldText('„Зелёный коридор“ и «серебряный мост» ‒ 2031−2035 гг. ‐ оба')).toBe(foldText('"Зеленый коридор" и "серебряный мост" - 2031-2035 гг. - оба'));
    // Chinese text keeps its quotes and dashes, its own punctuation: it folds as it always did.
    const chinese = '成员国强调“上海精神”——互信、互利‘合作’。';
    expect(foldText(chinese)).toBe(chinese);
    expect(foldForWords(chinese)).toBe(chinese);
    expect(foldText('「上海精神」')).toBe('“上海精神”');
  });

  it('tell Chinese text by an ideograph held by every Traditional → Simplified source but the corner quotes', () => {
    // Text without one folds its typography and skips the converter: it would change nothing.
    for (const table of [CONVERSION, NORMALIZATION]) {
      for (const entry of table.split('|')) {
        const source = entry.split(' ')[0]!;
        expect(isIdeographic(source) || /^[「」『』]$/.test(source), entry).toBe(true);
      }
    }
    expect([isIdeographic('成员国'), isIdeographic('2020年'), isIdeographic('㐀'), isIdeographic('𠀀'), isIdeographic('«Ещё» — "yes"')]).toEqual([true, true, true, true, false]);
  });

  it('fold ё to е and Ё to Е', () => {
    expect(foldText('Ещё раз о зелёном мосте. ЁЛКИ')).toBe(foldText('Еще раз о зеленом мосте. ЕЛКИ'));
    expect(foldForWords('ещё')).toBe('еще');
    // A combining diaeresis composes first (NFKC), then folds too.
    expect(foldForWords('ещ\u0435\u0308')).toBe('еще');
  });

  it('fold the spaced compound dash of Russian sources to the hyphen', () => {
    expect(foldForWords('государств – членов')).toBe('государств-членов');
    expect(foldForWords('государств — членов')).toBe('государств-членов');
    expect(foldForWords('государства — члены')).toBe('государства-члены');
    expect(foldText('Решения государств – членов совета')).toBe(foldText('Решения государств-членов совета'));
    expect(foldForTerms('Государства — члены совета')).toBe(foldForTerms('государства-члены совета'));
  });

});

/** Canonical pieces (ASCII marks, е) and their typographic variants. */
const VARIANTS: Record<string, readonly string[]> = {
  "'": ["'", '’', '‘', 'ʼ'],
  '"': ['"', '“', '”', '„', '«', '»'],
  '-': ['-', '—', '–', '‒', '−', '‐', '‑', ' – ', ' — ', ' - '],
  е: ['е', 'ё'],
  Е: ['Е', 'Ё'],
};
const WORDS = ['The', 'member', 'states', 'agreed', 'green', 'corridor', 'Совет', 'еще', 'Еле', 'государства', 'члены', 'мост', '2031', 'и'];
const MARKS = ["'", '"', '-', ' ', ' ', '  ', ',', '.', '\n'];

/** A canonical text: English and Russian words, spaces and ASCII marks. */
const canonical = fc.array(fc.constantFrom(...WORDS, ...MARKS), { maxLength: 30 }).map((pieces) => pieces.join(''));

/** The text with each apostrophe, quote, dash and е replaced by one of its variants. */
function variantOf(text: string, picks: readonly number[]): string {
  let k = 0;
  return Array.from(text, (ch) => {
    const options = VARIANTS[ch];
    return options ? options[picks[k++ % picks.length]! % options.length]! : ch;
  }).join('');
}

/** Any mix of words of three scripts, ASCII and typographic marks, Chinese punctuation, whitespace, width and combining forms. */
const mixed = fc
  .array(fc.constantFrom(...WORDS, ...MARKS, ...Object.values(VARIANTS).flat(), '成员国', '“', '”', '——', '「', '』', '，', '\u3000', 'ｅ', 'e\u0308'), { maxLength: 30 })
  .map((pieces) => pieces.join(''));
const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 30 });

describe('typographic folding (properties)', () => {
  it('folding is idempotent, and a text and any typographic variant of it fold equal (comparing, word diffs, terms)', () => {
    fc.assert(
      fc.property(canonical, picks, mixed, (text, choice, any) => {
        const variant = variantOf(text, choice);
        expect(foldText(variant)).toBe(foldText(text));
        expect(foldForWords(variant)).toBe(foldForWords(text));
        expect(foldForTerms(variant)).toBe(foldForTerms(text));
        for (const sample of [variant, any]) {
          expect(foldText(foldText(sample))).toBe(foldText(sample));
          expect(foldForWords(foldForWords(sample))).toBe(foldForWords(sample));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('folded piece by piece, a variant joins to the fold of the text without variants (the word diff maps back onto it)', () => {
    // By grapheme, as the reports do when a letter and its combining accent fold to one character.
    const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const byPiece = (text: string) => foldForWordsByPiece(Array.from(graphemes.segment(text), (g) => g.segment), foldTextAs);
    fc.assert(
      fc.property(canonical, picks, mixed, (text, choice, any) => {
        const variant = variantOf(text, choice);
        expect(byPiece(variant).map((p) => p.ch).join('')).toBe(variant);
        expect(byPiece(variant).map((p) => p.folded).join('')).toBe(foldForWords(text));
        expect(byPiece(any).map((p) => p.folded).join('')).toBe(foldForWords(any));
      }),
      { numRuns: 2000 },
    );
  });
});
