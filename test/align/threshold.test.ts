import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align, prepareSides } from '../../src/align/align.js';
import { pairSimilarity } from '../../src/align/similarity.js';
import type { Declaration } from '../../src/types.js';
import { doc } from './docs.js';

/** Boilerplate openings and topic words: clauses that share openings and sometimes a topic. */
const OPENINGS = ['The member states note', 'The member states stress', 'The member states support', 'The member states welcome'];
const TOPICS = ['energy', 'grids', 'culture', 'theatre', 'terrorism', 'drugs', 'customs', 'rivers', 'forests', 'tourism', 'railways', 'vaccines', 'schools', 'banks', 'satellites', 'farming'];
const OPENINGS_ZH = ['成员国指出', '成员国强调', '成员国支持', '成员国欢迎'];
const TOPICS_ZH = ['能源合作', '文化交流', '打击恐怖主义', '禁毒合作', '海关合作', '环境保护', '铁路运输', '卫生防疫', '教育合作', '金融合作', '航天合作', '农业合作'];

const english = fc.tuple(fc.constantFrom(...OPENINGS), fc.array(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 8 })).map(([opening, words]) => `${opening} ${words.join(' and ')}.`);
const chinese = fc.tuple(fc.constantFrom(...OPENINGS_ZH), fc.array(fc.constantFrom(...TOPICS_ZH), { minLength: 1, maxLength: 6 })).map(([opening, words]) => `${opening}，${words.join('、')}十分重要。`);
const declaration = (clause: fc.Arbitrary<string>, lang: string): fc.Arbitrary<Declaration> =>
  fc.tuple(fc.array(clause, { maxLength: 6 }), fc.array(clause, { maxLength: 6 })).map(([one, two]) => {
    const d = doc([], [['One', one], ['Two', two]]);
    d.meta.lang = lang;
    return d;
  });

describe('one threshold rule in every language', () => {
  for (const [name, clause, lang] of [['English', english, 'en'], ['Chinese', chinese, 'zh-Hans']] as const) {
    it(`${name}: no pair is reported below the threshold; splits and merges only when their joined text passes it`, () => {
      fc.assert(
        fc.property(declaration(clause, lang), declaration(clause, lang), fc.double({ min: 0.3, max: 0.9, noNaN: true }), (a, b, threshold) => {
          const result = align(a, b, { threshold });
          const { sideA, sideB, measure } = prepareSides(a, b);
          for (const change of result.changes) {
            if (change.from.length === 0 || change.to.length === 0 || !change.reworded) continue;
            // Reported (rounded to three places) at or above the threshold…
            expect(change.similarity).toBeGreaterThanOrEqual(threshold - 0.0005);
            // …and, for one-to-one pairs, the clauses really are that similar.
            if (change.from.length === 1 && change.to.length === 1) {
              const i = Number(change.from[0]!.id.slice(1)) - 1;
              const j = Number(change.to[0]!.id.slice(1)) - 1;
              expect(pairSimilarity(sideA, sideB, measure, i, j)).toBeGreaterThanOrEqual(threshold);
            } else {
              const joined = measure.similarity(sideA.joined(change.from.map((r) => Number(r.id.slice(1)) - 1)), sideB.joined(change.to.map((r) => Number(r.id.slice(1)) - 1)));
              expect(joined).toBeGreaterThanOrEqual(threshold);
            }
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('English paragraphs that share only their opening are not paired (2 removed, 2 added)', () => {
    const a = doc([], [['Cooperation', ['The member states note the importance of cooperation in energy, including renewable sources and power grids.', 'The member states support cultural exchanges between theatres, film festivals and museums.']]]);
    const b = doc([], [['Cooperation', ['The member states note the importance of countering terrorism, including the exchange of information between security services.', 'The member states support joint efforts against drug trafficking, including training for customs officers.']]]);
    expect(align(a, b).summary).toMatchObject({ matched: 0, added: 2, removed: 2, split: 0, merged: 0 });
  });
});
