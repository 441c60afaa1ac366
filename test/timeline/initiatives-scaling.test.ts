import { describe, expect, it } from 'vitest';
import { compareInitiatives } from '../../src/timeline/initiatives.js';
import type { Declaration } from '../../src/types.js';

/*
 * Pairing the initiatives of two declarations is linear in their number: equal keys are looked up,
 * not scanned for, and the kept ones are ordered by a table of positions. SYNTHETIC declarations
 * of 30,000 clauses, each naming an initiative (far more than a real one names).
 */

const COUNTRIES = ['Mongolia', 'Nepal', 'the Republic of Kazakhstan', 'the Kyrgyz Republic'];

function declaration(size: number, stance: (i: number) => string): Declaration {
  const clauses = Array.from({ length: size }, (_, i) => `The member states ${stance(i)} the initiative of ${COUNTRIES[i % 4]} to open synthetic orchard number ${i}.`);
  return { meta: { title: 'synthetic', lang: 'en', signatories: [], extra: {} }, preamble: clauses, sections: [] };
}

describe('compareInitiatives at scale', () => {
  it('pairs 30,000 initiatives in both declarations within 6 s', () => {
    const a = declaration(30_000, () => 'support');
    const b = declaration(30_000, (i) => (i % 100 === 0 ? 'take note of' : 'support'));
    const start = performance.now();
    const result = compareInitiatives(a, b);
    const elapsed = performance.now() - start;
    expect(result.initiatives.kept).toHaveLength(30_000);
    expect(result.initiatives.kept.filter((k) => k.reworded)).toHaveLength(300);
    expect(result.initiatives.kept[29_999]!.to.gist).toBe('open synthetic orchard number 29999');
    expect(elapsed).toBeLessThan(6_000);
  });
});
