import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dice, overlap } from '../../src/align/grams.js';
import { CodeTable } from '../../src/align/code-table.js';
import { commonRun, idfWeights, Measure, runShare, score } from '../../src/align/measure.js';
import { wordCodes } from '../../src/align/stems.js';

const codes = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }).map((list) => Uint32Array.from(list.sort((x, y) => x - y)));

describe('the similarity measure', () => {
  it('weighs every code 1 without weights: Dice and containment from overlaps', () => {
    fc.assert(
      fc.property(codes, codes, (a, b) => {
        const measure = new Measure();
        expect(measure.shared(a, b)).toBe(overlap(a, b));
        expect(measure.mass(a)).toBe(a.length);
        if (a.length > 0 && b.length > 0) expect(measure.dice(a, b)).toBeCloseTo(dice(a, b), 12);
      }),
    );
  });

  it('scores the geometric mean of Dice and containment of the smaller: at least Dice, at most 1, symmetric', () => {
    fc.assert(
      fc.property(codes, codes, (a, b) => {
        const measure = new Measure();
        const sim = measure.similarity(a, b);
        expect(sim).toBeLessThanOrEqual(1);
        expect(sim).toBe(measure.similarity(b, a));
        if (a.length > 0 && b.length > 0) expect(sim).toBeGreaterThanOrEqual(dice(a, b) - 1e-12);
      }),
    );
    expect(score(10, 10, 10)).toBe(1);
    expect(score(0, 0, 5)).toBe(0);
    // A clause inside one twice its length: Dice 2/3, containment 1.
    expect(score(10, 10, 20)).toBeCloseTo(Math.sqrt(2 / 3), 12);
    // A short clause inside a long unrelated one stays low.
    expect(score(3, 3, 60)).toBeLessThan(0.35);
  });

  it('shares the same weight, to the bit, either way round and whatever was weighed before', () => {
    // Weights that are not sums of equal numbers: idf over random clauses.
    fc.assert(
      fc.property(fc.array(codes, { minLength: 1, maxLength: 8 }), codes, codes, (clauses, a, b) => {
        const measure = new Measure(idfWeights(clauses));
        const fresh = new Measure(idfWeights(clauses));
        const ab = measure.shared(a, b);
        expect(Object.is(measure.shared(b, a), ab)).toBe(true);
        expect(measure.lastCount).toBe(overlap(a, b));
        // The entry kept for the last fingerprint weighed changes nothing.
        expect(Object.is(measure.shared(b, a), fresh.shared(b, a))).toBe(true);
        expect(Object.is(measure.mass(a), fresh.mass(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('weighs a word by its inverse document frequency over the clauses of both documents', () => {
    const clauses = ['The member states support energy cooperation.', 'The member states welcome cultural exchanges.', 'The member states condemn terrorism.', 'The member states oppose drug trafficking.'].map(wordCodes);
    const weights = idfWeights(clauses);
    const [member] = wordCodes('member');
    const [terrorism] = wordCodes('terrorism');
    expect(weights.get(member!)).toBeCloseTo(Math.log(5 / 4), 12);
    expect(weights.get(terrorism!)).toBeCloseTo(Math.log(5 / 1), 12);
    // So the shared boilerplate counts for little: unrelated clauses score far below 0.5.
    const measure = new Measure(weights);
    expect(measure.similarity(clauses[0]!, clauses[2]!)).toBeLessThan(0.2);
    expect(measure.similarity(clauses[0]!, wordCodes('The member states support cooperation in energy.'))).toBeGreaterThan(0.8);
  });

  it('measures the verbatim run a clause kept at its beginning or end, as a share of units and of weight', () => {
    const measure = new Measure();
    const a = Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    // First half kept, the rest rewritten: 0.5.
    expect(runShare(a, Uint32Array.from([1, 2, 3, 4, 10, 11, 12, 13, 14]), measure, 3)).toBeCloseTo(0.5, 12);
    expect(commonRun(a, Uint32Array.from([1, 2, 3, 4, 10, 11, 12, 13, 14]))).toBe(4);
    // Last six kept: a run at the end.
    expect(commonRun(a, Uint32Array.from([20, 3, 4, 5, 6, 7, 8]))).toBe(-6);
    // Shorter than minRun, or shared in the middle only (a phrase reused elsewhere): nothing.
    expect(runShare(a, Uint32Array.from([1, 2, 3, 4, 10]), measure, 5)).toBe(0);
    expect(runShare(a, Uint32Array.from([9, 2, 3, 4, 5, 6, 7, 10]), measure, 3)).toBe(0);
    // A kept run of light codes (boilerplate) counts for less.
    const weighted = new Measure(table([[1, 0.1], [2, 0.1], [3, 0.1], [4, 0.1], [5, 1], [6, 1], [7, 1], [8, 1], [10, 1], [11, 1], [12, 1], [13, 1]]));
    expect(runShare(a, Uint32Array.from([1, 2, 3, 4, 10, 11, 12, 13]), weighted, 3)).toBeCloseTo(Math.sqrt(0.5 * (0.4 / 4.4)), 12);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 20 }), fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 20 }), (x, y) => {
        const share = runShare(Uint32Array.from(x), Uint32Array.from(y), measure, 1);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        expect(share).toBeCloseTo(runShare(Uint32Array.from(y), Uint32Array.from(x), measure, 1), 12);
      }),
    );
  });

  it('computes weights only when first needed', () => {
    let calls = 0;
    const measure = new Measure(() => {
      calls++;
      return table([[1, 2]]);
    });
    expect(calls).toBe(0);
    expect(measure.mass(Uint32Array.of(1))).toBe(2);
    expect(measure.mass(Uint32Array.of(1, 9))).toBe(4); // an unknown code weighs as much as the heaviest
    expect(calls).toBe(1);
  });
});

/** A code table holding the given weights. */
function table(entries: Array<[number, number]>): CodeTable {
  const codes = new CodeTable();
  for (const [code, weight] of entries) codes.add(code, weight);
  return codes;
}
