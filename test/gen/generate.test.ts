import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold.js';
import { countClauses, flattenClauses } from '../../src/tree/flatten.js';
import * as ops from './edit-ops.js';
import { excerptSeed, generatePair, scaledBase } from './generate.js';
import { loadSeed } from './seed.js';

describe('the seeded edit generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const text = (seed: number) => JSON.stringify(generatePair(seed, 3).b);
    expect(text(5)).toBe(text(5));
    expect(text(5)).not.toBe(text(6));
  });

  it('records a truth that covers every A clause once and every B clause once, in B order', () => {
    for (const level of [1, 2, 3] as const) {
      for (let seed = 1; seed <= 5; seed++) {
        const { a, b, truth } = generatePair(seed, level);
        const from = truth.flatMap((change) => change.from).sort((x, y) => x - y);
        const to = truth.flatMap((change) => change.to);
        expect(from).toEqual(Array.from({ length: countClauses(a) }, (_, k) => k));
        expect(to).toEqual(Array.from({ length: countClauses(b) }, (_, k) => k));
        expect(b.meta.synthetic).toMatch(/^seeded edits/);
      }
    }
  });

  it('noise alone changes no folded text', () => {
    const { a, b, truth } = generatePair(1, 1, { base: excerptSeed(), script: [ops.noise, ops.noise] });
    const fa = flattenClauses(a).map((c) => foldText(c.text));
    const fb = flattenClauses(b).map((c) => foldText(c.text));
    expect(truth.every((change) => change.from.length === 1 && change.to.length === 1 && fa[change.from[0]!] === fb[change.to[0]!])).toBe(true);
  });

  it('builds added clauses only from real seed phrases', () => {
    const seedText = flattenClauses(loadSeed()).map((c) => c.text).join('\n');
    const { b, truth } = generatePair(2, 2, { script: [ops.addClause, ops.addClause, ops.addClause] });
    const texts = flattenClauses(b).map((c) => c.text);
    const added = truth.filter((change) => change.from.length === 0).map((change) => texts[change.to[0]!]!);
    expect(added).toHaveLength(3);
    for (const clause of added) for (const phrase of clause.replace(/。$/, '').split('，')) expect(seedText).toContain(phrase);
  });

  it('scales a base from the seed to the size asked for', () => {
    expect(countClauses(scaledBase(60))).toBe(60);
    expect(countClauses(scaledBase(400))).toBe(400);
  });
});
