import { describe, expect, it } from 'vitest';
import { headingKey } from '../../src/align/heading-key.js';
import { buildCorpus } from '../../src/timeline/corpus.js';
import { buildTimeline } from '../../src/timeline/timeline.js';
import { makeCorpus } from '../gen/corpus.js';
import { loadSummits } from './summit-fixtures.js';

const summits = loadSummits();

describe('buildCorpus', () => {
  it('gives each language its chain with the counts of timeline, and aligns a language only when asked', () => {
    const en = makeCorpus(3).filter((entry) => entry.id.endsWith('-en'));
    const corpus = buildCorpus([...en, ...summits]);
    expect(corpus.languages.map((l) => [l.language, l.name, l.ids])).toEqual([
      ['en', 'English', ['2001-summit-1-en', '2002-summit-2-en', '2003-summit-3-en']],
      ['zh', 'Chinese', ['2020-seed', '2021-synthetic-a', '2022-synthetic-b', '2023-synthetic-c']],
    ]);
    expect(corpus.aligned()).toBe(0);
    const zh = corpus.chain(1);
    expect(corpus.aligned()).toBe(1);
    const timeline = buildTimeline(summits);
    expect(zh.summits).toEqual(timeline.summits);
    expect(zh.latest).toEqual(timeline.latest);
    expect(corpus.chain(1)).toBe(zh);
  });

  it('shades summits × sections by the share of changes, sections keyed without their numbering', () => {
    const zh = buildCorpus(summits).chain(0);
    expect(zh.sections.map((s) => s.label)).toContain('安全合作');
    const security = zh.sections.findIndex((s) => s.label === '安全合作');
    // The first summit has no previous one; H was reworded in 安全合作 at every later summit.
    expect(zh.heat[0]!.every((cell) => cell === null)).toBe(true);
    for (const row of zh.heat.slice(1)) expect(row[security]!.changed).toBeGreaterThanOrEqual(1);
    const cell = zh.heat[1]![security]!;
    expect(cell.total).toBeGreaterThan(cell.changed);
    expect(cell.share).toBeCloseTo(cell.changed / cell.total);
    // Where to open the pair review for a cell: the index of that section in the pair's alignment.
    const at = zh.sectionInStep(1, security);
    expect(zh.steps[0]!.sections[at!]!.to).toBe('安全合作');
  });

  it('lists undated declarations apart', () => {
    const { date: _, ...meta } = summits[1]!.declaration.meta;
    const corpus = buildCorpus([summits[0]!, { id: 'undated', declaration: { ...summits[1]!.declaration, meta } }]);
    expect(corpus.undated.map((u) => u.id)).toEqual(['undated']);
    expect(corpus.languages[0]!.ids).toEqual(['2020-seed']);
  });
});

describe('the heat map, over generated chains', () => {
  it('puts every change of a pair in exactly one column, and no more changed than there are changes', async () => {
    const fc = (await import('fast-check')).default;
    const { excerptSeed, generatePair } = await import('../gen/generate.js');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3 }), (seeds, level) => {
        const chain = [excerptSeed(2, 3)];
        for (const seed of seeds) chain.push(generatePair(seed, level as 1 | 2 | 3, { base: chain[chain.length - 1]! }).b);
        const inputs = chain.map((declaration, i) => ({ id: `v${i}`, declaration: { ...declaration, meta: { ...declaration.meta, date: `202${i}-01-01` } } }));
        const built = buildCorpus(inputs).chain(0);
        built.steps.forEach((step, i) => {
          const row = built.heat[i + 1]!;
          const total = row.reduce((sum, cell) => sum + (cell?.total ?? 0), 0);
          expect(total).toBe(step.changes.length);
          for (const cell of row) if (cell) expect(cell.changed).toBeLessThanOrEqual(cell.total);
          // A column opens the pair review at a section of the same key, when the pair lists one.
          row.forEach((_, k) => {
            const at = built.sectionInStep(i + 1, k);
            if (at !== undefined) expect(headingKey(step.sections[at]!.to ?? step.sections[at]!.from ?? '')).toBe(built.sections[k]!.key);
          });
        });
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('what the views ask of a chain', () => {
  it('gives the history of a clause of the latest summit and the counts of a phrase, as history and terms do', async () => {
    const { buildHistory } = await import('../../src/timeline/history.js');
    const { countTerms } = await import('../../src/terms/count.js');
    const zh = buildCorpus(summits).chain(0);
    expect(zh.history(47)).toEqual(buildHistory(summits, { number: 47 }));
    expect(zh.term('一致认为')).toEqual(countTerms(summits, ['一致认为']).terms[0]);
  });
});
