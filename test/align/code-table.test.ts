import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeTable } from '../../src/align/code-table.js';

describe('CodeTable', () => {
  it('adds and reads like a Map of numbers, through growth and colliding codes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 40 }).map((k) => ((k << 16) | 0x4e00) >>> 0)), fc.integer({ min: 1, max: 5 })), { maxLength: 300 }), (entries) => {
        const table = new CodeTable(4);
        const map = new Map<number, number>();
        for (const [code, delta] of entries) {
          table.add(code, delta);
          map.set(code, (map.get(code) ?? 0) + delta);
        }
        expect(table.size).toBe(map.size);
        for (const [code, value] of map) expect(table.get(code)).toBe(value);
        expect(table.get(0x12345678)).toBe(map.get(0x12345678) ?? Number.NaN);
        expect(table.max()).toBe(Math.max(0, ...map.values()));
        const once = new CodeTable(entries.length);
        entries.forEach(([code], n) => {
          once.countOnce(code, Math.floor(n / 3));
          once.countOnce(code, Math.floor(n / 3));
        });
        const clauses = new Map<number, Set<number>>();
        entries.forEach(([code], n) => clauses.set(code, (clauses.get(code) ?? new Set()).add(Math.floor(n / 3))));
        for (const [code, seen] of clauses) expect(once.get(code)).toBe(seen.size);
        const byClause = new CodeTable(4);
        for (let n = 0; n * 3 < entries.length; n++) byClause.countClause(Uint32Array.from(entries.slice(n * 3, n * 3 + 3).flatMap(([code]) => [code, code])), n);
        for (const [code, seen] of clauses) expect(byClause.get(code)).toBe(seen.size);
        const codes = Uint32Array.from([...entries.map(([code]) => code), 0x12345678]);
        const out = new Float64Array(codes.length);
        let sum = 0;
        for (const code of codes) sum += map.get(code) ?? -1;
        expect(table.sumOf(codes, 0, codes.length, -1, out)).toBe(sum);
        expect([...out]).toEqual([...codes].map((code) => map.get(code) ?? -1));
        table.toInverseFrequencies(1000);
        for (const [code, value] of map) expect(table.get(code)).toBeCloseTo(Math.log(1000 / value), 12);
      }),
    );
  });
});
