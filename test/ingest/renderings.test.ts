import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importFile } from '../../src/ingest/index.js';
import { foldText } from '../../src/text/fold.js';
import { flattenClauses, flattenSections } from '../../src/tree/flatten.js';
import type { Declaration } from '../../src/types.js';
import { buildRenderings, encodeGbk } from './renderings.js';
import { fixture, RENDERINGS, SEED } from './seed-paths.js';

/** The shape every Chinese rendering must give, compared after the contract's folding. */
function folded(declaration: Declaration) {
  return {
    title: foldText(declaration.meta.title),
    date: declaration.meta.date,
    place: declaration.meta.place && foldText(declaration.meta.place),
    signatories: declaration.meta.signatories.map(foldText),
    sections: flattenSections(declaration).map((section) => `${foldText(section.heading)}@${section.depth}`),
    clauses: flattenClauses(declaration).map((clause) => `${foldText(clause.section)}|${foldText(clause.text)}`),
  };
}

describe('derived renderings of the seed', () => {
  const seedText = readFileSync(SEED, 'utf8');
  let expected: ReturnType<typeof folded>;
  beforeAll(async () => {
    expected = folded(await importFile(SEED));
  });

  it('are the committed files, rebuilt from the seed by test/ingest/renderings.ts', () => {
    const built = buildRenderings(seedText);
    expect(built.map((rendering) => rendering.name)).toEqual([...RENDERINGS]);
    for (const rendering of built) {
      expect(Buffer.from(readFileSync(fixture(`renderings/${rendering.name}`))).equals(Buffer.from(rendering.bytes)), rendering.name).toBe(true);
    }
  });

  it.each(RENDERINGS)('%s gives the same clauses, sections and metadata as the seed', async (name) => {
    const declaration = await importFile(fixture(`renderings/${name}`));
    const got = folded(declaration);
    expect(got.clauses).toHaveLength(123);
    expect(got).toEqual(expected);
  });

  it('the GBK page really is GBK with a <meta charset> and site chrome, not UTF-8', () => {
    const bytes = readFileSync(fixture('renderings/2020-moscow.gbk.html'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = new TextDecoder('gbk').decode(bytes);
    expect(text).toContain('<meta charset="gbk">');
    expect(text).toMatch(/<nav[\s\S]*<footer>[\s\S]*京ICP备/);
    expect(text).toContain('&#65533;'); // the seed's U+FFFD, not in GBK, as a character reference
  });

  it('the Traditional rendering keeps Traditional characters and says so', async () => {
    const declaration = await importFile(fixture('renderings/2020-moscow.traditional.txt'));
    expect(declaration.meta.title).toBe('上海合作組織成員國元首理事會莫斯科宣言');
    expect(declaration.meta.lang).toBe('zh-Hant');
    expect(declaration.meta.signatories[0]).toBe('印度共和國總理 莫迪');
    expect(flattenSections(declaration)[2]!.heading).toBe('議會合作');
  });

  it('the plain-text rendering has CRLF, U+3000 indents and lines of at most 40 characters', async () => {
    const text = readFileSync(fixture('renderings/2020-moscow.wrapped-crlf.txt'), 'utf8');
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((line) => line.startsWith('\u3000\u3000')).length).toBeGreaterThan(100);
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(40);
    const declaration = await importFile(fixture('renderings/2020-moscow.wrapped-crlf.txt'));
    const seed = await importFile(SEED);
    expect(flattenClauses(declaration).map((clause) => clause.text)).toEqual(flattenClauses(seed).map((clause) => clause.text));
  });

  it('plain text in GBK with no charset declared is detected and gives the same clauses', async () => {
    const text = readFileSync(fixture('renderings/2020-moscow.wrapped-crlf.txt'), 'utf8');
    const declaration = await importBytes(encodeGbk(text));
    expect(folded(declaration)).toEqual(expected);
  });
});
