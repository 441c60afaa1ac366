import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSentenceOf, formulaSentences } from '../../src/ingest/sentences.js';

/** The patterns the scanners replace, as they were (oracles). */
const SENTENCE = /[^。！？]*?(?:[。！？]|[.!?](?=\s+[\p{Lu}\p{Lo}“"«(]|\s*$)|$)/gu;
const FIRST_SENTENCE = /^[\s\S]*?(?:[。！？]|[.!?](?=\s|$))/u;

/** Texts made of what the patterns look at: stops of both kinds, whitespace, capitals of several scripts, quotes, an astral letter. */
const text = fc
  .array(fc.constantFrom('。', '！', '？', '.', '!', '?', ' ', '  ', '\n', '\t', '\u3000', '\u00a0', '\u2028', 'a', 'B', 'Ж', 'ж', '成员国', '“', '"', '«', '(', '𠀀', '𝐀', 'x.y', 'Mr. ', '1.', ''), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('sentences read a character at a time', () => {
  it('gives the sentences the formula pattern matched, in order (its empty match at the end left out)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const expected = [...value.matchAll(SENTENCE)].map((match) => match[0]).filter((sentence) => sentence !== '');
        expect([...formulaSentences(value)]).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the first sentence the pattern found, or the whole text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(firstSentenceOf(value)).toBe(FIRST_SENTENCE.exec(value)?.[0] ?? value);
      }),
      { numRuns: 5000 },
    );
  });

  // A 10 MB paragraph without a full stop overflowed the patterns' backtracking stack ("input is nested too deeply").
  it('reads a paragraph of megabytes without a stop', () => {
    const long = '成员国'.repeat(3_000_000);
    expect([...formulaSentences(long)]).toEqual([long]);
    expect(firstSentenceOf(long)).toBe(long);
    expect(() => [...long.matchAll(SENTENCE)]).toThrow(RangeError);
  });
});
