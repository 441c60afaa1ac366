import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isOneLineError, runCli } from '../support/cli.js';
import { makeStore, sampleFile } from './helpers.js';

/**
 * Issue 23: git refuses a repository owned by another user (`detected dubious ownership`, its
 * safe.directory check); every command says so, and how to allow it, instead of "not a git work
 * tree". The store is given to the user nobody (uid 65534) with chown, which needs root.
 */
const isRoot = process.getuid?.() === 0;

describe('a store owned by another user', () => {
  it.skipIf(!isRoot)('is named as refused by git for its owner, with the command that allows it, by every command (one line, status 2)', async () => {
    const store = makeStore();
    expect((await runCli(['--store', store.root, 'import', sampleFile('x.md'), '--id', 'x'])).code).toBe(0);
    expect(spawnSync('chown', ['-R', '65534:65534', store.root]).status).toBe(0);
    const expected =
      `clausewise: git refuses the store ${store.root}: it is owned by another user; if you trust it, allow it with ` +
      `git config --global --add safe.directory ${store.root}\n`;
    try {
      for (const args of [['--store', store.root, 'list'], ['--store', store.root, 'show', 'x'], ['--store', store.root, 'import', sampleFile('y.md'), '--id', 'y'], ['init', store.root]]) {
        const result = await runCli(args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(isOneLineError(result.stderr), result.stderr).toBe(true);
        expect(result.stderr, args.join(' ')).toBe(expected);
      }
      // Found from the current folder rather than named.
      const here = await runCli(['list'], { cwd: store.root });
      expect(here.stderr).toBe(expected);
    } finally {
      spawnSync('chown', ['-R', '0:0', store.root]);
    }
  });
});
