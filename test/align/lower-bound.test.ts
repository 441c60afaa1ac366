import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/align/lower-bound.js';

describe('lowerBound', () => {
  it('finds the first position whose value is at least the one sought', () => {
    const sorted = Int32Array.from([1, 3, 3, 7]);
    expect([0, 1, 2, 3, 4, 7, 8].map((value) => lowerBound(sorted, value))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound([], 5)).toBe(0);
  });

  it('searches from a given position on', () => {
    const sorted = Int32Array.from([1, 3, 3, 7]);
    expect([0, 3, 4, 8].map((value) => lowerBound(sorted, value, 2))).toEqual([2, 2, 3, 4]);
    expect(lowerBound(sorted, 1, 4)).toBe(4);
  });
});
