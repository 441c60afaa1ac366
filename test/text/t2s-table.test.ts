import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderT2sTable, T2S_TABLE_FILE } from '../tools/make-t2s-table.js';

describe('src/text/t2s-table.ts', () => {
  it('is what the generator writes from the installed opencc-js (regenerate with test/tools/make-t2s-table.ts)', () => {
    expect(readFileSync(T2S_TABLE_FILE, 'utf8')).toBe(renderT2sTable());
  });
});
