import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import { agrees, compact } from './compact.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'align');

// ` moved?` in expected.txt: the contract allows either answer (section reordered, heading dropped).
describe('golden alignments (fixtures/align/<case>, expected = the generator\'s true answer)', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const read = (file: string) => readFileSync(join(DIR, name, file), 'utf8');
      const a = parseCanonicalSync(read('a.md'));
      const b = parseCanonicalSync(read('b.md'));
      expect(a.meta.synthetic).toBeTruthy();
      expect(b.meta.synthetic).toBeTruthy();
      const actual = compact(align(a, b));
      const expected = read('expected.txt');
      // On a mismatch, show both in full.
      if (!agrees(actual, expected)) expect(`${actual}\n`).toBe(expected);
      expect(expected.endsWith('\n')).toBe(true);
    });
  }
});
