import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, squeeze, squeezesTo } from '../../src/text/squeeze.js';

describe('isSpace', () => {
  it('agrees with \\s on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      if (isSpace(unit) !== /\s/u.test(String.fromCharCode(unit))) differ.push(unit);
    }
    expect(differ).toEqual([]);
  });
});

describe('squeezesTo', () => {
  it('is squeeze(text) === squeezed, without copying the text', () => {
    const unit = fc.constantFrom('上', '合', '组', '织', 'a', 'B', ' ', '\n', '\t', '\u3000', '\u00a0', '\u2028', '\ufeff', '😀');
    const text = fc.array(unit, { maxLength: 10 }).map((units) => units.join(''));
    fc.assert(fc.property(text, text, (a, b) => {
      const squeezed = squeeze(b);
      expect(squeezesTo(a, squeezed)).toBe(squeeze(a) === squeezed);
      // A text always squeezes to its own squeezed form, whatever whitespace it holds.
      expect(squeezesTo(a, squeeze(a))).toBe(true);
    }), { numRuns: 5000 });
  });

  it('matches titles across line breaks and full-width spaces', () => {
    expect(squeezesTo('上海合作组织\n成员国元首理事会　宣言', '上海合作组织成员国元首理事会宣言')).toBe(true);
    expect(squeezesTo('上海合作组织成员国元首理事会宣言全文', '上海合作组织成员国元首理事会宣言')).toBe(false);
    expect(squeezesTo('上海合作组织', '上海合作组织成员国')).toBe(false);
  });
});
