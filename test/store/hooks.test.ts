import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { git, makeStore, sampleFile } from './helpers.js';

/**
 * What the README says of git hooks and configuration in an import: it commits through git's
 * plumbing (commit-tree, update-ref), not `git commit`, so the store's identity and the
 * reference-transaction hook apply, and the commit hooks and commit.gpgSign do not.
 */
describe('an import and the store\'s git hooks and configuration', () => {
  it('uses the store\'s identity and runs reference-transaction, but not pre-commit, commit-msg or post-commit, and does not sign', async () => {
    const store = makeStore();
    const log = join(store.root, '..', `${store.root.split('/').pop() ?? 'store'}-hooks.log`);
    for (const hook of ['pre-commit', 'commit-msg', 'post-commit', 'reference-transaction']) {
      const path = join(store.gitDir, 'hooks', hook);
      // A pre-commit hook that refuses would stop `git commit`; it must not be what decides an import.
      writeFileSync(path, `#!/bin/sh\necho ${hook} >> '${log}'\n${hook === 'pre-commit' ? 'exit 1\n' : ''}`);
      chmodSync(path, 0o755);
    }
    git(store.root, 'config', 'commit.gpgSign', 'true');
    git(store.root, 'config', 'user.signingKey', 'no-such-key@example.invalid');
    const result = await runCli(['--store', store.root, 'import', sampleFile('x.md'), '--id', 'x']);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(log)).toBe(true);
    expect([...new Set(readFileSync(log, 'utf8').trim().split('\n'))]).toEqual(['reference-transaction']);
    expect(git(store.root, 'log', '-1', '--format=%an <%ae>%n%G?')).toBe('Store Test <store-test@example.invalid>\nN');
  });
});
