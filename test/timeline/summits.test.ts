import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenClauses } from '../../src/tree/flatten.js';
import { MARKS, NEW, summitFiles } from './make-summits.js';
import { loadSummits, SUMMIT_IDS, summitPath } from './summit-fixtures.js';

describe('fixtures/summits', () => {
  it('are exactly what test/timeline/make-summits.ts writes', () => {
    const files = summitFiles();
    expect([...files.keys()]).toEqual(SUMMIT_IDS.map((id) => `${id}.md`));
    for (const id of SUMMIT_IDS) expect(readFileSync(summitPath(id), 'utf8')).toBe(files.get(`${id}.md`));
  });

  it('are labelled synthetic, and the invented summits carry 合成 in their titles', () => {
    for (const { id, declaration } of loadSummits()) {
      expect(declaration.meta.synthetic, id).toBeTruthy();
      if (id !== '2020-seed') expect(declaration.meta.title).toContain('合成');
    }
  });

  it('contain the marked clauses where the edits put them', () => {
    const [seed, a, b, c] = loadSummits().map(({ declaration }) => flattenClauses(declaration).map((clause) => clause.text));
    const count = (texts: string[] | undefined, mark: string) => (texts ?? []).filter((text) => text.includes(mark)).length;
    expect([seed, a, b, c].map((texts) => count(texts, MARKS.D1))).toEqual([1, 0, 0, 0]);
    expect([seed, a, b, c].map((texts) => count(texts, NEW.N1))).toEqual([0, 1, 1, 0]);
    expect([seed, a, b, c].map((texts) => count(texts, NEW.N2))).toEqual([0, 0, 1, 0]);
    expect([seed, a, b, c].map((texts) => count(texts, NEW.N2b))).toEqual([0, 0, 0, 1]);
    expect([seed, a, b, c].map((texts) => count(texts, NEW.N3))).toEqual([0, 0, 0, 1]);
    expect([seed, a, b, c].map((texts) => texts?.length)).toEqual([123, 123, 123, 122]);
  });
});
