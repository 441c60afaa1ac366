import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { initStore } from '../../src/store/init.js';
import { openStore } from '../../src/store/locate.js';
import { isOneLineError, ROOT, runCli, spawnCli } from '../support/cli.js';
import { git, leftovers } from './helpers.js';

const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'clausewise-init-')), 'store');

describe('initStore', () => {
  it('creates a repository with declarations/ and a first commit', async () => {
    const dir = fresh();
    const { store, created } = await initStore(dir);
    expect(created).toBe(true);
    expect(await openStore(dir)).toEqual({ ...store, head: git(dir, 'rev-parse', 'HEAD') });
    expect(git(dir, 'log', '--format=%s')).toBe('init clausewise store');
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md');
    expect(readFileSync(join(dir, 'declarations/README.md'), 'utf8')).toMatch(/^# Declarations\n/);
    // The reference that means "this declaration's previous version" (`@HEAD~1` may name it unchanged).
    expect(readFileSync(join(dir, 'declarations/README.md'), 'utf8')).toContain('clausewise diff ID@~1 ID');
    expect(leftovers(store)).toEqual([]);
  });

  it('leaves an existing store alone', async () => {
    const dir = fresh();
    await initStore(dir);
    const head = git(dir, 'rev-parse', 'HEAD');
    expect((await initStore(dir)).created).toBe(false);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('adds declarations/ to an existing repository without committing the user\'s staged work', async () => {
    const dir = fresh();
    mkdirSync(dir);
    git(dir, 'init', '--quiet', '--initial-branch=main');
    git(dir, 'config', 'user.name', 'Store Test');
    git(dir, 'config', 'user.email', 'store-test@example.invalid');
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    git(dir, 'add', 'notes.txt');
    await initStore(dir);
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md');
    expect(git(dir, 'status', '--porcelain')).toBe('A  notes.txt');
    expect(git(dir, 'config', '--local', 'user.name')).toBe('Store Test'); // never overrides an identity
  });

  it('refuses a folder inside another work tree', async () => {
    const dir = fresh();
    await initStore(dir);
    await expect(initStore(join(dir, 'nested'))).rejects.toThrow(StoreError);
    await expect(initStore(join(dir, 'nested'))).rejects.toThrow(/is inside the git work tree/);
  });

  it('refuses a bare repository, and any folder inside one, in one line, touching nothing', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'clausewise-init-'));
    const bare = join(parent, 'bare.git');
    git(parent, 'init', '--quiet', '--bare', bare);
    const before = readdirSync(bare).sort();
    for (const target of [bare, join(bare, 'refs'), join(bare, 'new')]) {
      await expect(initStore(target)).rejects.toThrow(StoreError);
      await expect(initStore(target)).rejects.toThrow(new RegExp(`^${bare}( is a bare git repository|/\\w+ is inside the bare git repository ${bare}); a store needs a work tree`));
    }
    expect(readdirSync(bare).sort()).toEqual(before);
  });

  it('refuses a folder inside a repository\'s git folder (.git), naming the work tree to use instead', async () => {
    const dir = fresh();
    mkdirSync(dir);
    git(dir, 'init', '--quiet');
    const before = readdirSync(join(dir, '.git')).sort();
    for (const target of [join(dir, '.git'), join(dir, '.git/refs'), join(dir, '.git/new')]) {
      await expect(initStore(target)).rejects.toThrow(`${target} is inside the git folder ${join(dir, '.git')}; run clausewise init ${dir} to make that work tree a store`);
    }
    expect(readdirSync(join(dir, '.git')).sort()).toEqual(before);
  });

  it('refuses a folder inside a store too, and the command says it in one line with status 2', async () => {
    const dir = fresh();
    await initStore(dir);
    const result = await runCli(['init', join(dir, '.git')]);
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    expect(result.stderr).toContain('is inside the git folder');
  });

  it('refuses a path that is, or runs through, a file in one line, creating nothing', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'clausewise-init-'));
    const file = join(parent, 'notes.txt');
    writeFileSync(file, 'not a folder\n');
    for (const [target, named] of [[file, file], [join(file, 'store'), file], [join(file, 'a', 'b'), file]] as const) {
      const result = await runCli(['init', target]);
      expect(result.code, target).toBe(2);
      expect(result.stderr, target).toBe(`clausewise: cannot create ${target}: ${named} is a file, not a folder\n`);
    }
    expect(readdirSync(parent)).toEqual(['notes.txt']);
  });

  // Node's recursive mkdir retries forever where the kernel answers ENOENT for a parent that exists (/proc).
  it.skipIf(process.platform !== 'linux')('ends in one line where a folder cannot be made under /proc, instead of hanging', async () => {
    const target = `/proc/clausewise-init-test-${process.pid}/store`;
    const result = spawnCli(['init', target], { timeout: 10_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    expect(result.stderr).toBe(`clausewise: cannot create ${target}: /proc takes no new folders (ENOENT)\n`);
  });

  const setprivWorks = process.getuid?.() === 0 && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;
  it.skipIf(!setprivWorks)('names a folder it may not create (as the user nobody, in a read-only folder) in one line', () => {
    const parent = mkdtempSync(join(tmpdir(), 'clausewise-init-'));
    chmodSync(parent, 0o555);
    const target = join(parent, 'store');
    const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(ROOT, 'dist/cli/main.js'), 'init', target], {
      env: { PATH: process.env['PATH'] ?? '', HOME: parent },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe(`clausewise: cannot create ${target}: permission denied (EACCES)\n`);
    expect(result.status).toBe(2);
  });
});
