import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SEED, spawnCli, tempDir } from '../support/cli.js';
import { fsckClean, GIT_ENV, git } from './helpers.js';

/**
 * Issue 21: every git process costs an import 10–20 ms on a busy machine. A `git` first on PATH
 * logs each command the built CLI runs, then runs the real one.
 */
function loggingGit(): { bin: string; commands: () => string[] } {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8', env: GIT_ENV }).trim();
  const bin = tempDir('clausewise-git-shim-');
  const log = join(bin, 'log');
  writeFileSync(log, '');
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  return { bin, commands: () => readFileSync(log, 'utf8').split('\n').filter((line) => line.length > 0) };
}

describe('git processes of init and import', () => {
  it('init runs eleven (one asks whether the folder is in a bare repository or a git folder; with no identity configured, two set it), an import of the seed seven', () => {
    const { bin, commands } = loggingGit();
    const store = join(tempDir(), 'store');
    const env = { ...GIT_ENV, PATH: `${bin}:${GIT_ENV['PATH']}` };
    expect(spawnCli(['init', store], { env }).code).toBe(0);
    const init = commands();
    expect(init).toHaveLength(11);
    expect(init.filter((command) => command === 'config')).toHaveLength(3); // one lookup, two settings
    expect(spawnCli(['--store', store, 'import', SEED], { env }).code).toBe(0);
    // The commit is built on the HEAD `rev-parse` found while `status` runs under the lock, from
    // the index init kept for its commit (no `read-tree`): `update-index` starts first.
    expect(commands().slice(init.length)).toEqual(['rev-parse', 'update-index', '--no-optional-locks', 'write-tree', 'commit-tree', 'update-ref', 'update-index']);
    expect(git(store, 'status', '--porcelain')).toBe('');
    expect(git(store, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/2020-moscow.md\ndeclarations/README.md');
    expect(fsckClean({ root: store, gitDir: join(store, '.git') })).toBe(true);
  });
});
