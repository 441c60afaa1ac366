import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import * as T2CN from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { foldScript, foldText, hasIdeographs } from '../../src/text/fold.js';
import { CONVERSION, NORMALIZATION } from '../../src/text/t2s-table.js';
import { changingEntries } from '../support/t2s-entries.js';

/** The reference: the plain opencc-js converter, applied as foldScript always did (only to text with ideographs). */
const plain = T2CN.Converter({ from: 't', to: 'cn' });
const reference = (text: string) => (hasIdeographs(text) ? plain(text) : text);

const seed = readFileSync(new URL('../../fixtures/seed-2020-moscow.txt', import.meta.url), 'utf8');
const seedLines = seed.split('\n').filter((line) => line.trim() !== '');
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('foldText', () => {
  it('folds width, whitespace (U+3000 too) and Traditional characters', () => {
    expect(foldText('成員國　強調，\n落實 《上合組織》(2020)')).toBe('成员国强调,落实《上合组织》(2020)');
  });

  it('leaves text without ideographs alone', () => {
    expect(foldScript('Member States')).toBe('Member States');
  });

  // foldScript converts every text, without a pre-check for ideographs: that is exact only
  // while no source in the converter's dictionaries can occur in text without one.
  it('finds every dictionary source starting with an ideograph, so text without one never changes', () => {
    for (const table of [CONVERSION, NORMALIZATION]) {
      for (const entry of table.split('|')) expect(entry, entry).toMatch(/^\p{Script=Han}/u);
    }
    const noIdeograph = fc.string({ unit: 'binary', maxLength: 40 }).filter((text) => !hasIdeographs(text));
    fc.assert(
      fc.property(noIdeograph, (text) => {
        expect(foldScript(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldScript', () => {
  it('equals the plain converter on every seed line, in Simplified and converted to Traditional', () => {
    for (const line of seedLines) {
      expect(foldScript(line)).toBe(reference(line));
      const tw = traditional(line);
      expect(foldScript(tw)).toBe(reference(tw));
    }
  });

  it('returns most Simplified seed lines unchanged, as the plain converter does', () => {
    const unchanged = seedLines.filter((line) => foldScript(line) === line);
    expect(unchanged.length).toBeGreaterThan(seedLines.length / 2);
    for (const line of unchanged) expect(plain(line)).toBe(line);
  });

  it('changes a text exactly as the plain converter does where one of its changing sources occurs, or none', () => {
    const sources = changingEntries().map(([source]) => source);
    const piece = fc.oneof(fc.constantFrom(...sources), fc.constantFrom(...sources).map((source) => source.slice(1)), fc.constantFrom(...sources).map((source) => source.slice(0, -1)), fc.constantFrom(...seed.slice(0, 400)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(foldScript(text)).toBe(reference(text));
        if (!sources.some((source) => text.includes(source))) expect(foldScript(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
    expect(foldScript('反覆')).toBe('反复');
    expect(foldScript('反复重申')).toBe('反复重申');
  });

  it('equals the plain converter on random text mixing dictionary characters, phrases and plain text', () => {
    const sources = changingEntries().map(([source]) => source);
    const seedChars = [...new Set(seed)];
    const phrases = ['一目瞭然', '反覆', '乾隆', '一乾二淨', '著名', '藉口', '意志消沈', '回覆', '坏土', '𠵾', '\u2ff0木木'];
    const piece = fc.oneof(
      fc.constantFrom(...sources),
      fc.constantFrom(...sources).map((source) => source.slice(0, -1)), // a phrase cut short
      fc.constantFrom(...seedChars),
      fc.constantFrom(...phrases),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(foldScript(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves text of characters it leaves alone unchanged, as the plain converter does', () => {
    const seedChars = [...new Set(seed)].filter((char) => foldScript(char) === char);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...seedChars), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(foldScript(text)).toBe(text);
        expect(plain(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
