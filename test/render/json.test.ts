import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { holdsRawControls, inputsHoldRawControls, JSON_PIECE_UNITS, jsonPieces, renderJson, renderJsonPieces } from '../../src/render/json.js';
import { escapeJsonControls } from '../../src/text/sanitize.js';
import { CONVERSION, NORMALIZATION } from '../../src/text/t2s-table.js';
import { foldForWords } from '../../src/text/words.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import type { DiffResult } from '../../src/types.js';

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

/** The report of the seed and its synthetic revision: renamed sections, moves, splits, reworded clauses with edits. */
function seedReport(): DiffResult {
  const read = (path: string) => parseCanonicalSync(readFileSync(join(ROOT, path), 'utf8'));
  return align(read('declarations/2020-moscow.md'), read('fixtures/synthetic-2020-moscow-revised.md'), { fromSource: 'a', toSource: 'b' });
}

/** Keys whose strings the aligner makes (ASCII of the contract), not a document. */
const OWN_KEYS = new Set(['schema', 'id', 'kind', 'op', 'status']);

/** Every string of a value a document can set, as the path of keys to it (generic: a field added to the contract is found too). */
function documentStringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return OWN_KEYS.has(String(path[path.length - 1])) ? [] : [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => documentStringPaths(item, [...path, Array.isArray(value) ? Number(key) : key]));
}

/** A copy of `value` with `insert` in the middle of the string at `path`. */
function withInserted<T>(value: T, path: readonly (string | number)[], insert: string): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const text = holder[last] as string;
  holder[last] = text.slice(0, text.length >> 1) + insert + text.slice(text.length >> 1);
  return copy as T;
}

describe('control escapes in the report', () => {
  const report = seedReport();
  const paths = documentStringPaths(report);

  it('finds the document strings of every kind in the seed report', () => {
    const kinds = new Set(paths.map((path) => path.filter((key) => typeof key === 'string').join('.')));
    expect([...kinds].sort()).toEqual(['changes.edits.text', 'changes.from.section', 'changes.from.text', 'changes.to.section', 'changes.to.text', 'from.date', 'from.source', 'from.title', 'sections.from', 'sections.to', 'to.date', 'to.source', 'to.title']);
  });

  it('a report without C1 controls or bidi marks is JSON.stringify as it is', () => {
    expect(holdsRawControls(report)).toBe(false);
    expect([...renderJsonPieces(report, 8)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('escapes a C1 control or bidi mark in any document string, pieces and whole alike', () => {
    // Every string of a kind once, and a sample of the rest (each report is rendered whole).
    const seen = new Set<string>();
    const chosen = paths.filter((path, k) => {
      const kind = path.filter((key) => typeof key === 'string').join('.');
      if (seen.has(kind) && k % 37 !== 0) return false;
      seen.add(kind);
      return true;
    });
    expect(chosen.length).toBeGreaterThan(20);
    for (const [k, path] of chosen.entries()) {
      const insert = ['\u202e', '\u0085', '\u200f', '\u2028', '\u061c', '\u206a', '\u007f'][k % 7]!;
      const hostile = withInserted(report, path, insert);
      const expected = `${escapeJsonControls(JSON.stringify(hostile, null, 2))}\n`;
      expect(expected).not.toContain(insert);
      expect(holdsRawControls(hostile), path.join('.')).toBe(true);
      expect([...renderJsonPieces(hostile, 8)].join(''), path.join('.')).toBe(expected);
      expect(renderJson(hostile), path.join('.')).toBe(expected);
    }
  });

  it('writes exactly escapeJsonControls(JSON.stringify(report)) for any text in clauses, headings and headers', () => {
    const unit = fc.constantFrom('a', '字', ' ', '\n', '"', '\\', '\u0007', '\u007f', '\u0085', '\u009f', '\u00a0', '\u061c', '\u200d', '\u200e', '\u2028', '\u2029', '\u202a', '\u202e', '\u2065', '\u2066', '\u206f', '\u2070', '\ud800');
    const text = fc.array(unit, { maxLength: 8 }).map((units) => units.join(''));
    fc.assert(fc.property(fc.array(text, { minLength: 8, maxLength: 8 }), ([title, source, heading, a, b, edit, date, other]) => {
      const hostile = structuredClone(report);
      hostile.from.title = title!;
      hostile.to.source = source!;
      hostile.to.date = date!;
      hostile.sections[1]!.to = heading!;
      const change = hostile.changes.find((c) => c.edits !== undefined)!;
      change.from[0]!.text = a!;
      change.to[0]!.section = b!;
      change.edits![0]!.text = edit!;
      hostile.changes[hostile.changes.length - 1]!.to[0]!.text = other!;
      const expected = `${escapeJsonControls(JSON.stringify(hostile, null, 2))}\n`;
      expect([...renderJsonPieces(hostile, 8)].join('')).toBe(expected);
      expect(renderJson(hostile)).toBe(expected);
    }), { numRuns: 300 });
  });
});

describe('inputsHoldRawControls: the report of clean inputs needs no escapes', () => {
  const read = (path: string) => parseCanonicalSync(readFileSync(join(ROOT, path), 'utf8'));
  const seed = read('declarations/2020-moscow.md');
  const revised = read('fixtures/synthetic-2020-moscow-revised.md');
  const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u206f]/;

  it('is false for the seed and its revision', () => {
    expect(inputsHoldRawControls([seed, revised], ['a', 'b'])).toBe(false);
  });

  it('is true whenever a control put in any string of a declaration or a label reaches the report', () => {
    const paths = documentStringPaths(revised).concat(documentStringPaths({ meta: { source: 'x.md', date: '2021-01-01' } }));
    let reached = 0;
    for (const [k, path] of paths.entries()) {
      const insert = ['\u202e', '\u0085', '\u200f', '\u2028', '\u061c', '\u206a', '\u007f'][k % 7]!;
      const hostile = withInserted({ ...revised, meta: { source: 'x.md', date: '2021-01-01', ...revised.meta } }, path, insert);
      const report = JSON.stringify(align(seed, hostile, { fromSource: 'a', toSource: 'b' }));
      if (!RAW.test(report)) continue;
      reached++;
      expect(inputsHoldRawControls([seed, hostile], ['a', 'b']), path.join('.')).toBe(true);
    }
    // Clause texts, headings, the title, the date and the source all reach it.
    expect(reached).toBeGreaterThan(100);
    for (const label of ['\u202e', 'a\u0085b']) {
      expect(RAW.test(JSON.stringify(align(seed, revised, { fromSource: label })))).toBe(false); // the seed has a source
      expect(inputsHoldRawControls([seed, revised], ['a', label])).toBe(true);
    }
  });

  it('folding for word edits makes no control or bidi mark: no code point gives one under NFKC, nor does Traditional-to-Simplified', () => {
    // Every code point, a block at a time, each between two letters.
    for (let block = 0; block <= 0x10ffff; block += 0x1000) {
      const points: string[] = [];
      for (let code = block; code < block + 0x1000; code++) {
        if ((code < 0xd800 || code > 0xdfff) && !RAW.test(String.fromCodePoint(code))) points.push(String.fromCodePoint(code));
      }
      expect(RAW.test(foldForWords(`a${points.join('a')}a`)), block.toString(16)).toBe(false);
    }
    expect(RAW.test(CONVERSION) || RAW.test(NORMALIZATION)).toBe(false);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      if (!RAW.test(text)) expect(RAW.test(foldForWords(text))).toBe(false);
    }), { numRuns: 500 });
  });
});
