import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputBytes } from '../../src/cli/heap.js';
import { ROOT, SEED, tempDir } from '../support/cli.js';

describe('inputBytes', () => {
  it('adds the sizes of the files named, relative to the working directory', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'b.md'), '成员国');
    expect(inputBytes(['a.md', join(dir, 'b.md')], dir)).toBe(1009);
  });

  it('counts store references, folders and missing files as nothing (loading reports those)', () => {
    expect(inputBytes(['2020-moscow', '2020-moscow@HEAD~1', 'missing.md', 'fixtures'], ROOT)).toBe(0);
    expect(inputBytes([SEED, 'missing.md'], ROOT)).toBeGreaterThan(10_000);
  });
});
