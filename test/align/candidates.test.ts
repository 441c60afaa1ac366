import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../src/align/candidates.js';
import type { Place } from '../../src/align/diagonal.js';

/** The candidate rule written plainly: near the place, plus the clauses sharing most of the query's rarest codes. */
function reference(pool: number[], grams: (i: number) => Uint32Array, query: Uint32Array, place: Place, rare: number, top: number, maxPosting: number): number[] {
  const found = new Set<number>();
  const [lo, hi] = place.hi - place.lo - 1 <= 40 ? [place.lo + 1, place.hi - 1] : [place.expected - 6, place.expected + 6];
  for (const i of pool) if (i >= lo && i <= hi) found.add(i);
  const postings = (code: number) => pool.filter((i) => grams(i).includes(code));
  const lists = [...query].map(postings).filter((list) => list.length > 0 && list.length <= maxPosting);
  lists.sort((x, y) => x.length - y.length); // stable: ties stay in code order
  const hits = new Map<number, number>();
  for (const list of lists.slice(0, rare)) for (const i of list) hits.set(i, (hits.get(i) ?? 0) + 1);
  const ranked = [...hits.keys()].sort((x, y) => hits.get(y)! - hits.get(x)! || Math.abs(x - place.expected) - Math.abs(y - place.expected) || x - y);
  for (const i of ranked.slice(0, top)) found.add(i);
  return [...found].sort((x, y) => x - y);
}

const fingerprint = fc.uniqueArray(fc.constantFrom(1, 2, 3, 0x4e00_4e01, 0x8fd0_7ea6, 0xff0c_4e00, 0xffff_ffff, 7, 9), { maxLength: 6 }).map((codes) => Uint32Array.from(codes.sort((x, y) => x - y)));

describe('CandidateIndex', () => {
  it('finds the clauses near the place and those sharing the most rare codes, as the plain rule does', () => {
    fc.assert(
      fc.property(
        fc.array(fingerprint, { minLength: 1, maxLength: 80 }),
        fingerprint,
        fc.integer({ min: -1, max: 90 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        (prints, query, lo, width, rare, maxPosting) => {
          const pool = prints.map((_, i) => i).filter((i) => i % 3 !== 1);
          const grams = (i: number) => prints[i]!;
          const place = { lo, hi: lo + width, expected: lo + width / 2 };
          const index = new CandidateIndex(pool, grams, { rare, top: 3, maxPosting });
          expect(index.find(query, place)).toEqual(reference(pool, grams, query, place, rare, 3, maxPosting));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives only the clauses near the place, in order, when the index is not used', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 60 }), fc.integer({ min: -1, max: 120 }), fc.integer({ min: 0, max: 80 }), (members, lo, width) => {
        const pool = members.sort((x, y) => x - y);
        const place = { lo, hi: lo + width, expected: lo + Math.floor(width / 2) };
        const index = new CandidateIndex(pool, () => new Uint32Array(0));
        const [from, to] = width - 1 <= 40 ? [lo + 1, lo + width - 1] : [place.expected - 6, place.expected + 6];
        expect(index.find(new Uint32Array(0), place, false)).toEqual(pool.filter((i) => i >= from && i <= to));
      }),
    );
  });
});

