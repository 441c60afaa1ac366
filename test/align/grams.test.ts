import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, containment, dice, overlap } from '../../src/align/grams.js';

describe('bigram fingerprints', () => {
  it('are sorted and distinct', () => {
    const grams = bigrams('成员国成员国');
    expect([...grams]).toEqual([...new Set(grams)].sort((x, y) => x - y));
    expect(grams.length).toBe(3); // 成员 员国 国成
  });

  it('code each pair of UTF-16 units as first × 65536 + second, unsigned', () => {
    expect([...bigrams('\uffff\u4e00')]).toEqual([0xffff_4e00]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const plain = new Set<number>();
        for (let i = 0; i + 1 < text.length; i++) plain.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
        if (text.length === 1) plain.add(text.charCodeAt(0));
        expect([...bigrams(text)]).toEqual([...plain].sort((x, y) => x - y));
      }),
    );
  });

  it('handle empty and one-character texts', () => {
    expect(bigrams('').length).toBe(0);
    expect(bigrams('国').length).toBe(1);
    expect(dice(bigrams(''), bigrams(''))).toBe(1);
  });

  it('measure overlap, Dice and containment', () => {
    const a = bigrams('成员国强调合作');
    const b = bigrams('成员国强调');
    expect(overlap(a, b)).toBe(4);
    expect(dice(a, b)).toBeCloseTo((2 * 4) / (6 + 4));
    expect(containment(b, a)).toBe(1);
    expect(containment(a, b)).toBeCloseTo(4 / 6);
    expect(dice(a, bigrams('完全无关的句子'))).toBe(0);
  });
});
