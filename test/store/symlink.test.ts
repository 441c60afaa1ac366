import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOneLineError, runCli } from '../support/cli.js';
import { git, makeStore, sampleFile } from './helpers.js';

/**
 * Issue 23: a tracked symbolic link in declarations/ is not a declaration, and every command says
 * so (it used to be "unchanged" for import when its target had the same text, while show failed).
 */
const LINK_LINE = 'declarations/x.md is a symbolic link; clausewise does not follow links in the store';

/** A store where declarations/x.md is a committed link to a file (inside the store) holding a real declaration. */
async function storeWithLink(): Promise<{ root: string; input: string }> {
  const store = makeStore();
  const input = sampleFile('x.md');
  expect((await runCli(['--store', store.root, 'import', input, '--id', 'y'])).code).toBe(0);
  symlinkSync('y.md', join(store.root, 'declarations/x.md'));
  git(store.root, 'add', 'declarations/x.md');
  git(store.root, 'commit', '--quiet', '-m', 'a link');
  return { root: store.root, input };
}

describe('a tracked symbolic link in declarations/', () => {
  it('is refused by show, diff, show at a revision and import (also with --force, and when its target holds the same text)', async () => {
    const { root, input } = await storeWithLink();
    const head = git(root, 'rev-parse', 'HEAD');
    for (const args of [['show', 'x'], ['diff', 'x', 'y'], ['diff', 'y', 'x'], ['show', 'x@HEAD'], ['import', input, '--id', 'x'], ['import', input, '--id', 'x', '--force']]) {
      const result = await runCli(['--store', root, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
      expect(result.stderr, args.join(' ')).toContain(LINK_LINE);
      expect(result.stdout).toBe('');
    }
    expect(git(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('is listed as such by list, and skipped with a warning by timeline', async () => {
    const { root } = await storeWithLink();
    const list = await runCli(['--store', root, 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^x .*${LINK_LINE}`, 'm'));
    const timeline = await runCli(['--store', root, 'timeline']);
    expect(timeline.code, timeline.stderr).toBe(0);
    expect(timeline.stderr).toBe(`clausewise: skipped x: ${LINK_LINE}\n`);
  });

  it('at an earlier revision is named too, after the link was replaced by a file', async () => {
    const { root, input } = await storeWithLink();
    rmSync(join(root, 'declarations/x.md'));
    writeFileSync(join(root, 'declarations/x.md'), readFileSync(join(root, 'declarations/y.md')));
    git(root, 'add', 'declarations/x.md');
    git(root, 'commit', '--quiet', '-m', 'a file again');
    expect((await runCli(['--store', root, 'show', 'x'])).code).toBe(0);
    const earlier = await runCli(['--store', root, 'show', 'x@HEAD~1']);
    expect(earlier.code).toBe(2);
    expect(earlier.stderr).toContain(LINK_LINE);
    expect((await runCli(['--store', root, 'import', input, '--id', 'x'])).stdout).toContain('unchanged');
  });

  it('pointing outside the store is never followed', async () => {
    const store = makeStore();
    symlinkSync('/etc/hostname', join(store.root, 'declarations/x.md'));
    for (const args of [['show', 'x'], ['import', sampleFile('in.md'), '--id', 'x', '--force']]) {
      const result = await runCli(['--store', store.root, ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(LINK_LINE);
    }
  });
});

describe('log of a declaration that was a symbolic link', () => {
  it('says so for that revision', async () => {
    const { root } = await storeWithLink();
    const log = await runCli(['--store', root, 'log', 'x']);
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toMatch(/ a symbolic link, not followed +a link\n$/);
  });
});
