import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { ConverterFactory } from 'opencc-js/core';
import * as T2CN from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { foldScript, foldText, hasIdeographs } from '../../src/text/fold.js';
import { CONVERSION, NORMALIZATION } from '../../src/text/t2s-table.js';
import { changingEntries } from '../support/t2s-entries.js';

/** The plain opencc-js converter, which folded alone before Taiwan's and Hong Kong's forms were added. */
const plain = T2CN.Converter({ from: 't', to: 'cn' });
/** The reference: opencc-js's converter over the fold's dictionaries, applied as foldScript always did (only to text with ideographs or corner quotes). */
const withTables = ConverterFactory([NORMALIZATION], [CONVERSION]);
const reference = (text: string) => (hasIdeographs(text) || /[「」『』]/.test(text) ? withTables(text) : text);

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

  it('folds corner quotes, halfwidth and vertical ones too, to the Simplified quotes', () => {
    expect(foldText('「上海精神」和『一帶一路』')).toBe('“上海精神”和‘一带一路’');
    expect(foldText('｢上海精神｣﹁和平﹂﹃合作﹄')).toBe('“上海精神”“和平”‘合作’');
    expect(foldText('“上海精神”')).toBe('“上海精神”');
  });

  it('folds Traditional at phrase level: Taiwan writes 著 for 着, except in words where it is 著', () => {
    const pairs: Array<[string, string]> = [
      ['隨著', '随着'], ['本著', '本着'], ['朝著', '朝着'], ['意味著', '意味着'], ['著力', '着力'], ['發揮著', '发挥着'],
      ['著名', '著名'], ['顯著', '显著'], ['著作權', '著作权'], ['成效卓著', '成效卓著'], ['土著', '土著'], ['擴大著', '扩大着'],
      ['衞生', '卫生'], ['枱面', '台面'],
    ];
    for (const [traditional, simplified] of pairs) expect(foldText(traditional), traditional).toBe(simplified);
    // Simplified text keeps its 著 words, and its 着 ones.
    for (const simplified of ['显著', '著名', '成效卓著', '著称于世', '随着', '着力', '土著']) expect(foldText(simplified)).toBe(simplified);
  });

  // foldScript converts every text, without a pre-check for ideographs: that is exact only
  // while no source in the converter's dictionaries can occur in text without one.
  it('finds every dictionary source starting with an ideograph or a corner quote, so text without either never changes', () => {
    for (const table of [CONVERSION, NORMALIZATION]) {
      for (const entry of table.split('|')) expect(entry, entry).toMatch(/^[\p{Script=Han}「」『』]/u);
    }
    const noIdeograph = fc.string({ unit: 'binary', maxLength: 40 }).filter((text) => !hasIdeographs(text) && !/[「」『』]/.test(text));
    fc.assert(
      fc.property(noIdeograph, (text) => {
        expect(foldScript(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldScript', () => {
  it('folds the Traditional renderings of every seed clause (OpenCC s→t, s→tw, s→hk) back to the Simplified clause', () => {
    const renderings = ['t', 'tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to }));
    fc.assert(
      fc.property(fc.constantFrom(...seedLines), fc.constantFrom(...renderings), (clause, render) => {
        expect(foldText(render(clause))).toBe(foldText(clause));
      }),
      { numRuns: 600 },
    );
    for (const render of renderings) for (const clause of seedLines) expect(foldText(render(clause))).toBe(foldText(clause));
  });

  it('folds Simplified seed lines as the plain converter does (Simplified input folds as before)', () => {
    for (const line of seedLines) expect(foldScript(line)).toBe(plain(line));
  });

  it('equals opencc-js over its tables on every seed line, in Simplified and converted to Traditional', () => {
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

  it('changes a text exactly as opencc-js over its tables does where one of its changing sources occurs, or none', () => {
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

  it('equals opencc-js over its tables on random text mixing dictionary characters, phrases and plain text', () => {
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

  it('leaves text of characters it leaves alone unchanged, as the plain converter does, unless it holds a phrase of the tables', () => {
    const seedChars = [...new Set(seed)].filter((char) => foldScript(char) === char);
    // OpenCC's phrases may be made of characters that stay alone: 拉坏 → 拉坯 (坏 is also the old form of 坯).
    const phrases = changingEntries().map(([source]) => source).filter((source) => [...source].length > 1);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...seedChars), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        fc.pre(!phrases.some((phrase) => text.includes(phrase)));
        expect(foldScript(text)).toBe(text);
        expect(plain(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('foldScript on phrases of characters that stay alone', () => {
  it('folds 拉坏 as OpenCC does (the counterexample that made the property above flaky)', () => {
    expect(foldScript('拉')).toBe('拉');
    expect(foldScript('坏')).toBe('坏');
    expect(foldScript('拉坏')).toBe('拉坯');
  });
});
