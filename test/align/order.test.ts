import { describe, expect, it } from 'vitest';
import { placeAfterPredecessor } from '../../src/align/order.js';

describe('placeAfterPredecessor', () => {
  const holder = new Map([[1, 'B(a2)'], [3, 'B(a4)']]);
  it('puts A-only entries after the entry holding their predecessor, chains in A order, first ones at the start', () => {
    const out = placeAfterPredecessor(['B(a4)', 'B(a2)'], [0, 2, 4, 5], (a) => holder.get(a), (a) => `-a${a + 1}`);
    expect(out).toEqual(['-a1', 'B(a4)', '-a5', '-a6', 'B(a2)', '-a3']);
  });

  it('copes with a long chain without recursion', () => {
    const removed = Array.from({ length: 20_000 }, (_, a) => a);
    const out = placeAfterPredecessor<string>([], removed, () => undefined, (a) => `a${a}`);
    expect(out).toHaveLength(20_000);
    expect(out[19_999]).toBe('a19999');
  });
});
