import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputBytes, LARGE_INPUT, v8FlagsFor } from '../../src/cli/v8-flags.js';
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

describe('v8FlagsFor', () => {
  it('tunes V8 for large inputs only: loading node:v8 costs a small run more than the flags save', () => {
    expect(v8FlagsFor(0)).toEqual([]);
    expect(v8FlagsFor(LARGE_INPUT)).toEqual([]);
    const flags = v8FlagsFor(LARGE_INPUT + 1, '11.3.244.8-node.33');
    expect(flags).toContain('--semi-space-growth-factor=1');
    expect(flags).toEqual(expect.arrayContaining(['--no-turbo-inlining', '--no-use-osr']));
  });

  it('keeps the compiler flags to the V8 they were measured on (Node 20), the young generation flag for any', () => {
    expect(v8FlagsFor(LARGE_INPUT + 1, '12.4.254.21-node.33')).toEqual(['--semi-space-growth-factor=1']);
  });

  it('names only flags this Node knows: V8 reports an unknown one on stderr and drops the rest', () => {
    const flags = v8FlagsFor(LARGE_INPUT + 1);
    const probe = `require('node:v8').setFlagsFromString(${JSON.stringify(flags.join(' '))})`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
