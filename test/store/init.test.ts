import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { initStore } from '../../src/store/init.js';
import { openStore } from '../../src/store/locate.js';
import { git, leftovers } from './helpers.js';

const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'clausewise-init-')), 'store');

describe('initStore', () => {
  it('creates a repository with declarations/ and a first commit', async () => {
    const dir = fresh();
    const { store, created } = await initStore(dir);
    expect(created).toBe(true);
    expect(await openStore(dir)).toEqual(store);
    expect(git(dir, 'log', '--format=%s')).toBe('init clausewise store');
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md');
    expect(readFileSync(join(dir, 'declarations/README.md'), 'utf8')).toMatch(/^# Declarations\n/);
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
});
