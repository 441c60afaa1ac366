import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinHardWraps } from '../../../src/ingest/repair/hard-wraps.js';

describe('joinHardWraps', () => {
  it('joins CJK lines with no space and Latin words with one space', () => {
    expect(joinHardWraps('成员国指出，恐怖主\n义、分裂主义')).toBe('成员国指出，恐怖主义、分裂主义');
    expect(joinHardWraps('The Member\nStates agree')).toBe('The Member States agree');
    expect(joinHardWraps('第73\n届联合国大会')).toBe('第73届联合国大会');
    expect(joinHardWraps('Shanghai Cooperation\n组织')).toBe('Shanghai Cooperation组织');
    expect(joinHardWraps('well-\nknown and 2019-\n2021')).toBe('well-known and 2019-2021');
  });

  it('joins a number or a Latin word that a wrap cut inside Chinese text with no space', () => {
    expect(joinHardWraps('根据联合国安理会第22\n31号决议')).toBe('根据联合国安理会第2231号决议');
    expect(joinHardWraps('2020\n年11月10日')).toBe('2020年11月10日');
    expect(joinHardWraps('欢迎上合组织同AS\nEAN签署')).toBe('欢迎上合组织同ASEAN签署');
    // Between words of a spaced script, or after a space, a wrap is still a space.
    expect(joinHardWraps('联合国 SCO\nmembers')).toBe('联合国 SCO members');
    expect(joinHardWraps('in 2020\nand 2021')).toBe('in 2020 and 2021');
  });

  it('turns tabs and runs of spaces into one space', () => {
    expect(joinHardWraps('a\t\tb   c')).toBe('a b c');
  });

  it('leaves CJK text wrapped anywhere equal to the unwrapped text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...'成员国重申坚定支持联合国，。、《》“”（）'), { minLength: 2, maxLength: 60 }), fc.nat(), (chars, seed) => {
      const text = chars.join('');
      const cut = 1 + (seed % (chars.length - 1));
      expect(joinHardWraps(`${chars.slice(0, cut).join('')}\n${chars.slice(cut).join('')}`)).toBe(text);
    }));
  });
});
