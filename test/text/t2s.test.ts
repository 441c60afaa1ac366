import fc from 'fast-check';
import * as T2CN from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { changingEntries, convertT2s } from '../../src/text/t2s.js';
import { CONVERSION, NORMALIZATION } from '../../src/text/t2s-table.js';

/** The reference: opencc-js's own converter. */
const opencc = T2CN.Converter({ from: 't', to: 'cn' });

const sources = [NORMALIZATION, CONVERSION].flatMap((table) => table.split('|').map((entry) => entry.split(' ')[0]!));

describe('convertT2s', () => {
  it('converts every dictionary source as opencc-js does, alone and between other text', () => {
    for (const source of sources) {
      expect(convertT2s(source)).toBe(opencc(source));
      expect(convertT2s(`臺灣${source}發展`)).toBe(opencc(`臺灣${source}發展`));
    }
  });

  it('equals opencc-js on random mixes of sources, cut phrases, plain text and description sequences', () => {
    const piece = fc.oneof(
      fc.constantFrom(...sources),
      fc.constantFrom(...sources).map((source) => source.slice(0, -1)),
      fc.constantFrom(...sources).map((source) => source.slice(1)),
      fc.constantFrom('⿰', '⿱', '⿲', '⿳', '⿻', '⿿', '木', '𠵾', '乾隆', '後', 'A', ' '),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(convertT2s(text)).toBe(opencc(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads tables sorted by source, as its look-ups and its phrase order need', () => {
    for (const table of [NORMALIZATION, CONVERSION]) {
      const tableSources = table.split('|').map((entry) => entry.split(' ')[0]!);
      for (let k = 1; k < tableSources.length; k++) expect(tableSources[k - 1]! < tableSources[k]!).toBe(true);
    }
  });

  it('prefers the longest phrase where several start, as opencc-js does', () => {
    for (const text of ['乾坤大挪移', '乾坤', '乾', '旋轉乾坤之力', '旋轉乾坤', '沈澱出來', '沈澱']) expect(convertT2s(text)).toBe(opencc(text));
  });

  it('copies an unmatched ideographic description sequence whole, as opencc-js does', () => {
    for (const text of ['⿰木後', '⿲後後後', '⿰⿱後後後', '後⿰', '⿰後', '⿰後後後']) expect(convertT2s(text)).toBe(opencc(text));
    expect(convertT2s('⿰木後')).toBe('⿰木後');
  });
});

describe('changingEntries', () => {
  it('lists the sources of the entries that change their text, and only those', () => {
    const changing = new Set(changingEntries().map(([source]) => source));
    const entries = [NORMALIZATION, CONVERSION].flatMap((table) => table.split('|').map((entry) => entry.split(' ') as [string, string]));
    for (const [source, replacement] of entries) expect(changing.has(source)).toBe(source !== replacement);
    expect(changing.has('後')).toBe(true);
    expect(changing.has('后')).toBe(false);
  });
});
