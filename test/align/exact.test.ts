import { describe, expect, it } from 'vitest';
import { matchExact } from '../../src/align/exact.js';

describe('matchExact', () => {
  it('pairs unique texts wherever they are, sorted by B', () => {
    expect(matchExact(['x', 'y', 'z'], ['z', 'x', 'new'])).toEqual([[2, 0], [0, 1]]);
  });

  it('pairs repeated texts in reading order, extra copies stay unpaired', () => {
    expect(matchExact(['r', 'q', 'r', 'r'], ['r', 'r'])).toEqual([[0, 0], [2, 1]]);
  });
});
