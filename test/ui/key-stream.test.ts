import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitKeys } from '../../src/render/ui/key-stream.js';

const none = {};

describe('splitKeys: one read of the terminal → one key press at a time', () => {
  it('leaves a single key as Ink parsed it', () => {
    expect(splitKeys('j', none)).toEqual([{ input: 'j', key: {} }]);
    expect(splitKeys('', { downArrow: true })).toEqual([{ input: '', key: { downArrow: true } }]);
    expect(splitKeys('c', { ctrl: true })).toEqual([{ input: 'c', key: { ctrl: true } }]);
    expect(splitKeys('汗', none)).toEqual([{ input: '汗', key: {} }]);
  });

  it('splits a burst of letters into one press per character', () => {
    expect(splitKeys('jjj', none).map((press) => press.input)).toEqual(['j', 'j', 'j']);
    expect(splitKeys('jq', none).map((press) => press.input)).toEqual(['j', 'q']);
    expect(splitKeys('GG', none)).toEqual([{ input: 'G', key: { shift: true } }, { input: 'G', key: { shift: true } }]);
    expect(splitKeys('阿富汗𠀀', none).map((press) => press.input)).toEqual(['阿', '富', '汗', '𠀀']);
  });

  it('reads control characters inside a burst as the keys they are', () => {
    expect(splitKeys('/ab\r', none)).toEqual([
      { input: '/', key: {} }, { input: 'a', key: {} }, { input: 'b', key: {} }, { input: '', key: { return: true } },
    ]);
    expect(splitKeys('j\tk', none)[1]).toEqual({ input: '', key: { tab: true } });
    expect(splitKeys('a\u007F', none)[1]).toEqual({ input: '', key: { backspace: true } });
    expect(splitKeys('j\u0003', none)[1]).toEqual({ input: 'c', key: { ctrl: true } });
    expect(splitKeys('j\u0006', none)[1]).toEqual({ input: 'f', key: { ctrl: true } });
  });

  it('reads esc and a key sent together (Ink\'s meta key) as esc, then the key: no Alt binding exists to lose it to', () => {
    expect(splitKeys('y', { meta: true })).toEqual([{ input: '', key: { escape: true } }, { input: 'y', key: {} }]);
    expect(splitKeys('G', { meta: true, shift: true })).toEqual([{ input: '', key: { escape: true } }, { input: 'G', key: { shift: true } }]);
    expect(splitKeys('', { meta: true, escape: true })).toEqual([{ input: '', key: { meta: true, escape: true } }]);
    expect(splitKeys('', { meta: true, upArrow: true })).toEqual([{ input: '', key: { meta: true, upArrow: true } }]);
  });

  it('splitting the concatenation of single keys gives those keys back (property)', () => {
    const single = fc.oneof(
      fc.constantFrom('j', 'k', 'q', 'G', 'N', '/', ':', '7', ' ', '阿', '汗', '𠀀'),
      fc.constantFrom('\r', '\t', '\u007F', '\u0003'),
    );
    fc.assert(fc.property(fc.array(single, { minLength: 2, maxLength: 30 }), (keys) => {
      const presses = splitKeys(keys.join(''), none);
      expect(presses).toHaveLength(keys.length);
      presses.forEach((press, at) => {
        const key = keys[at]!;
        if (key === '\r') expect(press.key.return).toBe(true);
        else if (key === '\t') expect(press.key.tab).toBe(true);
        else if (key === '\u007F') expect(press.key.backspace).toBe(true);
        else if (key === '\u0003') expect(press).toEqual({ input: 'c', key: { ctrl: true } });
        else expect(press.input).toBe(key);
      });
    }));
  });
});
