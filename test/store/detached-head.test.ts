import { describe, expect, it } from 'vitest';
import { isOneLineError, runCli } from '../support/cli.js';
import { git, makeStore, sampleFile } from './helpers.js';

/** Issue 23, item 8: a detached HEAD is refused for import, in one line, and nothing is committed. */
describe('import on a detached HEAD', () => {
  it('is refused in one line and commits nothing', async () => {
    const store = makeStore();
    git(store.root, 'checkout', '--quiet', '--detach');
    const head = git(store.root, 'rev-parse', 'HEAD');
    const result = await runCli(['--store', store.root, 'import', sampleFile('in.md'), '--id', 'x']);
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    expect(result.stderr).toContain('detached');
    // The advice names no branch the store may not have (it said `git switch main` in a store on master).
    expect(result.stderr).toContain('git switch -');
    expect(result.stderr).not.toContain('switch main');
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(store.root, 'status', '--porcelain')).toBe('');
  });
});
