import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasing } from '../../src/align/lis.js';

describe('longestIncreasing', () => {
  it('marks one longest strictly increasing chain', () => {
    expect([...longestIncreasing([0, 1, 5, 2, 3, 4])]).toEqual([1, 1, 0, 1, 1, 1]);
    expect([...longestIncreasing([])]).toEqual([]);
    expect(longestIncreasing([3, 2, 1]).filter(Boolean)).toHaveLength(1);
  });

  it('keeps the earliest tails when an in-order run is interrupted', () => {
    expect([...longestIncreasing([0, 1, 2, 9, 3, 4, 5, 6])]).toEqual([1, 1, 1, 0, 1, 1, 1, 1]);
    expect([...longestIncreasing([5, 6, 1, 2, 7])]).toEqual([0, 0, 1, 1, 1]);
    expect([...longestIncreasing([2, 2, 2])]).toEqual([0, 0, 1]);
  });

  it('chains are increasing and as long as the O(n²) answer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }), (values) => {
        const chain = values.filter((_, k) => longestIncreasing(values)[k]);
        for (let k = 1; k < chain.length; k++) expect(chain[k]!).toBeGreaterThan(chain[k - 1]!);
        const best = values.map(() => 1);
        values.forEach((v, i) => {
          for (let j = 0; j < i; j++) if (values[j]! < v) best[i] = Math.max(best[i]!, best[j]! + 1);
        });
        expect(chain.length).toBe(Math.max(0, ...best));
      }),
    );
  });
});
