import { describe, expect, it } from 'vitest';
import * as ops from '../gen/edit-ops.js';
import { rates } from './metrics.js';
import { evaluateLevel, evaluateScript, falsePairs } from './run.js';

// Floors pinned slightly under what `npm run eval` measures (30 pairs per level); fewer pairs here
// to keep the suite fast, so the floors leave a little room.
describe('alignment quality against the generator\'s truth', () => {
  for (const [level, floor] of [
    [1, { pairs: 0.99, hard: 0.97, addRemove: 0.97 }],
    [2, { pairs: 0.99, hard: 0.95, addRemove: 0.9 }],
    [3, { pairs: 0.99, hard: 0.95, addRemove: 0.93 }],
  ] as const) {
    it(`level ${level}`, () => {
      const r = rates(evaluateLevel(level, 8, 101));
      expect(r.pairs.f1).toBeGreaterThanOrEqual(floor.pairs);
      expect(r.hard.f1).toBeGreaterThanOrEqual(floor.hard);
      expect(r.addRemove.f1).toBeGreaterThanOrEqual(floor.addRemove);
      expect(r.moved).toBeGreaterThanOrEqual(0.97);
      expect(r.reworded).toBeGreaterThanOrEqual(0.98);
      expect(r.lossless).toBe(1);
    });
  }
});

describe('quality holds as documents grow (the benchmark checks up to 50,000 clauses)', () => {
  it('2,000 clauses built from the seed with 200 edits of every kind', async () => {
    const [{ align }, { generatePair, scaledBase }, { scoreResult }] = await Promise.all([
      import('../../src/align/index.js'),
      import('../gen/generate.js'),
      import('./metrics.js'),
    ]);
    const pair = generatePair(1, 3, { base: scaledBase(2000, 1), edits: 200 });
    const r = rates(scoreResult(align(pair.a, pair.b), pair.truth, pair.a, pair.b));
    expect(r.pairs.f1).toBeGreaterThanOrEqual(0.99);
    expect(r.hard.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.addRemove.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.moved).toBeGreaterThanOrEqual(0.97);
    expect(r.lossless).toBe(1);
  });
});

describe('quality in English and Russian (bases written for the evaluation) matches Chinese', () => {
  for (const lang of ['en', 'ru'] as const) {
    for (const level of [1, 2, 3] as const) {
      it(`${lang}, level ${level}`, () => {
        const r = rates(evaluateLevel(level, 8, 101, {}, lang));
        expect(r.pairs.f1).toBeGreaterThanOrEqual(0.99);
        expect(r.hard.f1).toBeGreaterThanOrEqual(0.95);
        expect(r.addRemove.f1).toBeGreaterThanOrEqual(0.93);
        expect(r.moved).toBeGreaterThanOrEqual(0.97);
        expect(r.reworded).toBeGreaterThanOrEqual(0.98);
        expect(r.lossless).toBe(1);
      });
    }
  }
});

describe('different summits: documents that share only boilerplate openings pair (almost) nothing', () => {
  for (const lang of ['zh', 'en', 'ru'] as const) {
    it(`${lang}: at most 1 false pair per 100 clauses`, () => {
      const { pairs, clauses } = falsePairs(lang, 10);
      expect((100 * pairs) / clauses).toBeLessThanOrEqual(1);
    });
  }
});

describe('heavy rewording still pairs', () => {
  for (const lang of ['zh', 'en', 'ru'] as const) {
    it(`${lang}: a clause that keeps half its text and moves far is reworded and moved, not removed + added`, () => {
      const r = rates(evaluateScript([ops.halfRewrittenMovedFar, ops.halfRewrittenMovedFar, ops.halfRewrittenMovedFar], 10, 1, {}, lang));
      expect(r.hard.recall).toBeGreaterThanOrEqual(0.95);
      expect(r.hard.precision).toBeGreaterThanOrEqual(0.98);
    });
    it(`${lang}: a merge of lightly reworded parts is a merge`, () => {
      const r = rates(evaluateScript([ops.mergeReworded, ops.mergeReworded, ops.mergeReworded], 10, 1, {}, lang));
      expect(r.hard.f1).toBeGreaterThanOrEqual(0.98);
    });
  }
});
