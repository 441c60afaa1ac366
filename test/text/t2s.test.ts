import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { ConverterFactory } from 'opencc-js/core';
import * as T2CN from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { convertT2s } from '../../src/text/t2s.js';
import { changingEntries } from '../support/t2s-entries.js';
import { CONVERSION, NORMALIZATION } from '../../src/text/t2s-table.js';

/** The reference: opencc-js's own converter over the same dictionaries (its t2s ones, with the fold's additions). */
const opencc = ConverterFactory([NORMALIZATION], [CONVERSION]);
/** The normalisation pass alone (compatibility ideographs). */
const normalize = ConverterFactory([NORMALIZATION]);
/** opencc-js's `t2cn` converter, which the table extends. */
const t2cn = T2CN.Converter({ from: 't', to: 'cn' });

const entries = (table: string) => table.split('|').map((entry) => entry.split(' ') as [string, string]);
const phrases = entries(CONVERSION).filter(([source]) => [...source].length > 1);
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

  it('converts astral sources and replacements, and leaves lone surrogates alone, as opencc-js does', () => {
    const astral = [NORMALIZATION, CONVERSION].flatMap(entries).filter(([source, replacement]) => /[\ud800-\udfff]/.test(source + replacement));
    expect(astral.some(([source]) => source.length === 2)).toBe(true);
    expect(astral.some(([source, replacement]) => source.length === 1 && replacement.length === 2)).toBe(true);
    for (const [source] of astral) {
      for (const text of [source, `後${source}後`, `${source}${source}`, `\ud840${source}`, `${source}\udc00`]) expect(convertT2s(text)).toBe(opencc(text));
    }
  });

  it('normalises compatibility ideographs before converting, anywhere in the text, as opencc-js does', () => {
    const compatibility = entries(NORMALIZATION).map(([source]) => source);
    for (const source of compatibility) {
      for (const text of [`${source}乾隆`, `後後${source}`, `乾${source}坤`, `⿰${source}木後`, `⿰木後${source}`]) expect(convertT2s(text)).toBe(opencc(text));
    }
  });

  it('relies on phrases holding no compatibility ideograph and no description character', () => {
    // Conversion notices a compatibility ideograph (and then normalises first) only where no phrase matches.
    const compatibility = new Set(entries(NORMALIZATION).flatMap(([source]) => source.split('')));
    for (const [source] of phrases) for (const unit of source) expect(compatibility.has(unit) || /[\u2ff0-\u2fff]/.test(unit)).toBe(false);
  });

  it('converts a phrase cut at the end of the text as opencc-js does', () => {
    for (const [source] of phrases) {
      for (let end = 1; end < source.length; end++) {
        const cut = source.slice(0, end);
        expect(convertT2s(cut)).toBe(opencc(cut));
        expect(convertT2s(`臺灣${cut}`)).toBe(opencc(`臺灣${cut}`));
      }
    }
  });

  it('returns text it does not change as it is, and converts a whole document as opencc-js does', () => {
    const seed = readFileSync(new URL('../../fixtures/seed-2020-moscow.txt', import.meta.url), 'utf8');
    expect(convertT2s(seed)).toBe(seed);
    expect(convertT2s('')).toBe('');
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(seed);
    // Longer than the output buffer starts, with replacements longer than their sources (𠵾).
    const document = `${traditional}㗲二噁英${traditional}㗲`;
    expect(convertT2s(document)).toBe(opencc(document));
  });
});

describe('the fold table', () => {
  it("holds opencc-js t2s's dictionaries: every text without a Taiwan or Hong Kong variant or a corner quote converts as t2cn converts it", () => {
    const additions = new Set(entries(CONVERSION).filter(([source]) => t2cn(source) !== convertT2s(source)).map(([source]) => source));
    // What the table adds: the variants 著, 衞, 枱…, their phrases and corner quotes.
    expect([...additions].filter((source) => [...source].length === 1).sort().join('')).toBe('「」『』敍枱潀痺睪簷粧糭著衞衹');
    const singles = new Set([...additions].filter((source) => [...source].length === 1));
    const piece = fc.oneof(fc.constantFrom(...sources), fc.constantFrom(...sources).map((source) => source.slice(0, -1)), fc.constantFrom('臺灣', '發展', '後', 'A', ' '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        // Compatibility ideographs normalise first (著 to 著).
        if (![...normalize(text)].some((char) => singles.has(char))) expect(convertT2s(text)).toBe(t2cn(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("folds Taiwan's and Hong Kong's forms as opencc-js tw→cn and hk→cn do", () => {
    const tw2cn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });
    for (const text of ['隨著', '本著', '朝著', '意味著', '著力', '發揮著', '著名', '顯著', '著作權', '惡名昭著', '為著', '衞生', '枱面', '化粧', '衹有', '敍述']) {
      expect(convertT2s(text)).toBe(text.includes('衞') || text.includes('枱') || text.includes('粧') || text.includes('衹') || text.includes('敍') ? hk2cn(text) : tw2cn(text));
    }
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
