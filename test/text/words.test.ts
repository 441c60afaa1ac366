import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold.js';
import { foldForWords, foldForWordsByPiece, isSpacedWordChar, segmentMany, segmentWords } from '../../src/text/words.js';

describe('foldForWords', () => {
  it('folds like foldText for Chinese: width, spaces, U+3000, line breaks, Traditional', () => {
    const raw = '成員國　強調，\n落實 《上合組織》(2020)';
    expect(foldForWords(raw)).toBe(foldText(raw));
    expect(foldForWords(raw)).toBe('成员国强调,落实《上合组织》(2020)');
  });

  it('keeps one space between English words and drops it elsewhere', () => {
    expect(foldForWords('  The   Member\nStates agreed ，中国 SCO ')).toBe('The Member States agreed,中国SCO');
  });
});

describe('foldForWordsByPiece', () => {
  const foldCodePoint = (ch: string) => foldText(ch);

  it('gives each code point its part of the folded text: one space for a run between words, nothing for the others', () => {
    const parts = foldForWordsByPiece(' The\u3000 Member，States  中国', foldCodePoint);
    expect(parts.map((p) => p.ch).join('')).toBe(' The\u3000 Member，States  中国');
    expect(parts.map((p) => p.folded)).toEqual(['', 'T', 'h', 'e', ' ', '', 'M', 'e', 'm', 'b', 'e', 'r', ',', 'S', 't', 'a', 't', 'e', 's', '', '', '中', '国']);
  });

  it('joins to foldForWords for texts of spaced and unspaced scripts, full-width forms and any whitespace (property)', () => {
    const piece = fc.constantFrom('The', 'Member', 'Ｓｔａｔｅｓ', 'работу', '成员国', '，', '。', ',', '.', '(', '）', '2020', '２０', ' ', '  ', '\u3000', '\t', '\n', '\r\n', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(foldForWordsByPiece(text, foldCodePoint).map((p) => p.folded).join('')).toBe(foldForWords(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isSpacedWordChar', () => {
  it('answers for every UTF-16 unit as the Unicode property test does (letters and digits of spaced scripts)', () => {
    const letterOrDigit = /[\p{L}\p{N}]/u;
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isSpacedWordChar(char) !== (letterOrDigit.test(char) && !unspaced.test(char))) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect([isSpacedWordChar(undefined), isSpacedWordChar('a'), isSpacedWordChar('Я'), isSpacedWordChar('中'), isSpacedWordChar('7')]).toEqual([false, true, true, false, true]);
  });
});

describe('segmentWords', () => {
  it('splits Chinese into words after folding to Simplified', () => {
    const tokens = segmentWords('成員國強調，落實合作');
    expect(tokens.join('')).toBe('成员国强调,落实合作');
    expect(tokens).toContain('强调');
    expect(tokens).toContain('落实');
  });

  it('gives English words and the single spaces between them', () => {
    expect(segmentWords('Member  States agreed.')).toEqual(['Member', ' ', 'States', ' ', 'agreed', '.']);
  });

  it('is empty for an empty or blank text', () => {
    expect(segmentWords(' \u3000\n')).toEqual([]);
  });
});

describe('segmentMany', () => {
  it('segments many texts exactly as one by one', () => {
    const texts = ['成员国强调合作', '', 'Member States', '上合组织秘书处'];
    expect(segmentMany(texts)).toEqual(texts.map((text) => segmentWords(text)));
  });

  it('cuts a long text into pieces without changing its words (Chinese and English)', () => {
    const seed = readFileSync(new URL('../../fixtures/seed-2020-moscow.txt', import.meta.url), 'utf8');
    const chinese = foldForWords(seed).slice(0, 3000);
    const english = foldForWords('Member States reaffirmed their commitment to the Charter, and noted the results. '.repeat(40));
    const whole = new Intl.Segmenter('zh', { granularity: 'word' });
    for (const text of [chinese, english]) {
      const [tokens] = segmentMany([text]);
      expect(tokens!.join('')).toBe(text);
      expect(tokens).toEqual([...whole.segment(text)].map(({ segment }) => segment));
    }
  });

  // Folding turns ，；：！？ into ASCII, so a long stretch with no 。、 or space was once cut inside a word (进程 → 进 程).
  it('cuts a long folded text without 。、 or spaces only between words', () => {
    const seed = readFileSync(new URL('../../fixtures/seed-2020-moscow.txt', import.meta.url), 'utf8');
    const text = foldForWords(seed.replace(/[。、\s]/g, '')).slice(0, 5000);
    const whole = new Intl.Segmenter('zh', { granularity: 'word' });
    const [tokens] = segmentMany([text]);
    expect(tokens).toEqual([...whole.segment(text)].map(({ segment }) => segment));
  });

  it('never cuts a number such as 1,000 or a word such as a:b', () => {
    const text = `${'成员国'.repeat(30)}1,000,000${'合作'.repeat(40)}results:Member,${'发展'.repeat(40)}`;
    const whole = new Intl.Segmenter('zh', { granularity: 'word' });
    expect(segmentMany([text])[0]).toEqual([...whole.segment(text)].map(({ segment }) => segment));
  });

  it('cuts a stretch with nowhere to cut blindly but boundedly, never inside a surrogate pair', () => {
    const text = `${'中'.repeat(1023)}𠀀${'中'.repeat(3000)}`;
    const [tokens] = segmentMany([text]);
    expect(tokens!.join('')).toBe(text);
    expect(tokens!.some((token) => /[\ud800-\udbff]$|^[\udc00-\udfff]/.test(token))).toBe(false); // no token holds half a pair
    expect(tokens).toContain('𠀀');
  });
});
