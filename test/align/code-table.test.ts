import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeTable } from '../../src/align/code-table.js';

describe('CodeTable', () => {
  it('gives each distinct code its own stable slot, and finds exactly the codes added', () => {
    const code = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 0xffff_ffff }), fc.constantFrom(0x4e00_4e01, 0xffff_ffff, 0x8000_0000));
    fc.assert(
      fc.property(fc.array(code, { maxLength: 300 }), fc.array(code, { maxLength: 50 }), (added, queried) => {
        const table = new CodeTable(added.length);
        const slots = new Map<number, number>();
        for (const c of added) {
          const s = table.slot(c);
          if (slots.has(c)) expect(s).toBe(slots.get(c));
          slots.set(c, s);
          expect(table.isFilled(s)).toBe(true);
        }
        expect(new Set(slots.values()).size).toBe(slots.size);
        for (const c of [...added, ...queried]) expect(table.find(c)).toBe(slots.get(c) ?? -1);
        let filled = 0;
        for (let s = 0; s < table.capacity; s++) if (table.isFilled(s)) filled++;
        expect(filled).toBe(slots.size);
      }),
      { numRuns: 300 },
    );
  });
});
