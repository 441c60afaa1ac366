import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOneLineError, runCli, SEED, tempDir } from '../support/cli.js';

/** The seed with one real paragraph left out: a declaration that differs from the seed. */
function seedWithoutOneParagraph(): string {
  const dir = tempDir();
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith('成员国重申，坚定支持联合国作为综合性多边组织'));
  lines.splice(index, 1);
  const path = join(dir, 'edited.txt');
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('exit statuses (README: 0 done, 1 differences with --exit-code, 2 bad input or usage)', () => {
  it('0 for --help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: clausewise/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('0 for a diff, with or without differences, when --exit-code is not given', async () => {
    const same = await runCli(['diff', SEED, SEED, '--json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).schema).toBe('clausewise/diff@1');
    const different = await runCli(['diff', SEED, seedWithoutOneParagraph(), '--json']);
    expect(different.code).toBe(0);
  });

  it('with --exit-code: 0 for identical declarations, 1 when they differ', async () => {
    expect((await runCli(['diff', '--exit-code', SEED, SEED])).code).toBe(0);
    const different = await runCli(['diff', '--exit-code', SEED, seedWithoutOneParagraph()]);
    expect(different.code).toBe(1);
    expect(different.stdout.length).toBeGreaterThan(0);
  });

  it.each([
    [['frobnicate']],
    [['diff', SEED]],
    [['diff', SEED, SEED, '--format', 'pdf']],
    [['diff', SEED, SEED, '--no-such-option']],
    [['diff', 'missing-file.txt', SEED]],
    [['show', 'no-such-declaration']],
    // No command at all, or help for one that does not exist: one line, not the whole help.
    [[]],
    [['help', 'bogus']],
    // Options that ask for two outputs: one would be dropped silently.
    [['diff', SEED, SEED, '--json', '--format', 'markdown']],
    [['diff', SEED, SEED, '--json', '--format', 'text']],
    [['show', SEED, '--json', '--outline']],
  ])('2 with one line on stderr and nothing on stdout: %j', async (args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(isOneLineError(result.stderr)).toBe(true);
  });
});
