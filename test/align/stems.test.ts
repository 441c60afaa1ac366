import { describe, expect, it } from 'vitest';
import { distinctSorted, hashWord, unionCodes, wordCodes, wordStems } from '../../src/align/stems.js';

describe('word fingerprints (alphabetic scripts)', () => {
  it('lower-cases, splits at anything but letters and digits, and stems English with Snowball', () => {
    expect(wordStems('The Member States stressed the cooperation, 2030.')).toEqual(['the', 'member', 'state', 'stress', 'the', 'cooper', '2030']);
  });

  it('stems Cyrillic words with the Russian stemmer, hyphenated words as two', () => {
    expect(wordStems('Государства-члены подчеркнули важность сотрудничества')).toEqual(['государств', 'член', 'подчеркнул', 'важност', 'сотрудничеств']);
    // Inflected forms meet in one stem.
    expect(wordStems('сотрудничество')).toEqual(wordStems('сотрудничества'));
  });

  it('folds width (NFKC) before splitting', () => {
    expect(wordStems('ＳＣＯ member')).toEqual(wordStems('SCO member'));
  });

  it('gives sorted distinct codes, one per stem', () => {
    const codes = wordCodes('states state States of the the');
    expect([...codes]).toEqual([...new Set([hashWord('state'), hashWord('of'), hashWord('the')])].sort((x, y) => x - y));
  });

  it('unions fingerprints as sorted distinct codes', () => {
    expect([...unionCodes(Uint32Array.of(1, 5, 9), Uint32Array.of(2, 5, 10))]).toEqual([1, 2, 5, 9, 10]);
    expect([...distinctSorted(Uint32Array.of(3, 1, 3, 2))]).toEqual([1, 2, 3]);
  });
});
