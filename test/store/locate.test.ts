import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { declarationPath, openStore, resolveStore } from '../../src/store/locate.js';
import { git, makeStore } from './helpers.js';

describe('resolveStore', () => {
  it('prefers --store, then CLAUSEWISE_STORE, then the enclosing work tree', async () => {
    const a = makeStore();
    const b = makeStore();
    const c = makeStore();
    mkdirSync(join(c.root, 'sub/deeper'), { recursive: true });
    const cwd = join(c.root, 'sub/deeper');
    expect((await resolveStore({ dir: a.root, env: { CLAUSEWISE_STORE: b.root }, cwd })).root).toBe(a.root);
    expect((await resolveStore({ env: { CLAUSEWISE_STORE: b.root }, cwd })).root).toBe(b.root);
    const found = await resolveStore({ env: {}, cwd });
    expect(found).toEqual({ root: c.root, gitDir: c.gitDir, head: git(c.root, 'rev-parse', 'HEAD') });
  });

  it('resolves --store relative to the working directory', async () => {
    const a = makeStore();
    expect((await resolveStore({ dir: '.', env: {}, cwd: join(a.root, 'declarations') })).root).toBe(a.root);
  });

  it('explains what is missing', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'clausewise-plain-'));
    await expect(resolveStore({ env: {}, cwd: plain })).rejects.toThrow(/no declaration store: pass --store DIR, set CLAUSEWISE_STORE/);
    await expect(resolveStore({ dir: join(plain, 'nope'), env: {}, cwd: plain })).rejects.toThrow(/--store .*nope: no such folder/);
    await expect(resolveStore({ env: { CLAUSEWISE_STORE: plain }, cwd: plain })).rejects.toThrow(/CLAUSEWISE_STORE .* is not a git work tree/);
    const repo = mkdtempSync(join(tmpdir(), 'clausewise-repo-'));
    git(repo, 'init', '--quiet');
    await expect(openStore(repo)).rejects.toThrow(/has no declarations\/ folder \(clausewise init/);
    // A work tree without declarations/ is not discovered either.
    await expect(resolveStore({ env: {}, cwd: repo })).rejects.toThrow(StoreError);
    const store = makeStore();
    rmSync(join(store.root, 'declarations'), { recursive: true });
    await expect(resolveStore({ env: {}, cwd: store.root })).rejects.toThrow(/no declaration store/);
  });
});

describe('a hostile store', () => {
  it('is refused when declarations/ is a symbolic link, so that nothing is written through it', async () => {
    const store = makeStore();
    const elsewhere = mkdtempSync(join(tmpdir(), 'clausewise-elsewhere-'));
    rmSync(join(store.root, 'declarations'), { recursive: true });
    symlinkSync(elsewhere, join(store.root, 'declarations'));
    await expect(openStore(store.root)).rejects.toThrow(/declarations is a symbolic link; a store needs a real folder/);
    await expect(resolveStore({ env: {}, cwd: store.root })).rejects.toThrow(StoreError);
  });
});

describe('declarationPath', () => {
  it('maps a valid id into declarations/ and rejects anything else', () => {
    expect(declarationPath('2020-moscow')).toBe('declarations/2020-moscow.md');
    for (const id of ['../x', 'a/b', '-x', '--upload-pack=touch /tmp/x', '.hidden', 'a..b', 'A', '']) {
      expect(() => declarationPath(id)).toThrow(/invalid declaration id/);
    }
  });
});
