import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { JSON_PIECE_UNITS, jsonPieces, renderJson, renderJsonPieces } from '../../src/render/json.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';

const ROOT = join(import.meta.dirname, '../..');

describe('jsonPieces', () => {
  it('joins to exactly JSON.stringify(value, null, 2)', () => {
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))));
    fc.assert(fc.property(value, fc.integer({ min: 1, max: 64 }), (v, batch) => {
      expect([...jsonPieces(v, batch)].join('')).toBe(JSON.stringify(v, null, 2));
    }), { numRuns: 1000 });
  });

  it('joins to exactly JSON.stringify for arrays longer than one batch', () => {
    const value = fc.record({ schema: fc.string(), changes: fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 30, maxLength: 100 }), tail: fc.jsonValue() });
    fc.assert(fc.property(value, fc.integer({ min: 1, max: 40 }), (v, batch) => {
      expect([...jsonPieces(v, batch)].join('')).toBe(JSON.stringify(v, null, 2));
    }), { numRuns: 200 });
  });

  it('omits undefined values and writes them as null in arrays, as JSON.stringify does', () => {
    const value = { a: undefined, b: [1, undefined, () => 0], c: {}, d: [], e: 'x\ny\u2028' };
    expect([...jsonPieces(value, 1)].join('')).toBe(JSON.stringify(value, null, 2));
    expect([...jsonPieces({})].join('')).toBe('{}');
    expect([...jsonPieces({ a: undefined })].join('')).toBe('{}');
  });

  it('without a batch size, sizes batches so that each piece stays small, whatever the elements weigh', () => {
    // Elements of very different sizes: 128 at a time, pieces would hold some 360K units.
    const element = (k: number) => ({ k, text: '字'.repeat(k % 7 === 0 ? 20_000 : 40) });
    const value = { head: 1, changes: Array.from({ length: 2_000 }, (_, k) => element(k)) };
    const pieces = [...jsonPieces(value)];
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
    // Batches are sized from the last one, so heavy elements after light ones can make a piece
    // a few times the aim, but far from what a fixed count of these elements makes.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(4 * JSON_PIECE_UNITS);
    const light = { changes: Array.from({ length: 5_000 }, (_, k) => element(k * 7 + 1)) };
    const lightPieces = [...jsonPieces(light)];
    expect(lightPieces.join('')).toBe(JSON.stringify(light, null, 2));
    expect(Math.max(...lightPieces.map((piece) => piece.length))).toBeLessThanOrEqual(2 * JSON_PIECE_UNITS);
    // …and not one tiny piece per element: each call to JSON.stringify has a cost of its own.
    expect(lightPieces.length).toBeLessThan(light.changes.length / 16);
  });

  it('gives the report of two declarations in pieces, byte for byte', () => {
    const read = (path: string) => parseCanonicalSync(readFileSync(join(ROOT, path), 'utf8'));
    const result = align(read('declarations/2020-moscow.md'), read('fixtures/synthetic-2020-moscow-revised.md'), { fromSource: 'a', toSource: 'b' });
    const pieces = [...renderJsonPieces(result, 8)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(renderJson(result));
  });
});
