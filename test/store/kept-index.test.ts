import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKeptIndex } from '../../src/store/kept-index.js';
import { openStore } from '../../src/store/locate.js';
import { saveDeclaration } from '../../src/store/save.js';
import { fsckClean, git, leftovers, makeStore, sampleMarkdown } from './helpers.js';

/** The private index an import keeps for the next commit built on its own (kept-index.ts, new-commit.ts). */
describe('the index kept for the next commit', () => {
  const kept = (gitDir: string): string[] => readdirSync(gitDir).filter(isKeptIndex);

  it('is kept under the name of the commit it holds, one at a time', async () => {
    const store = makeStore();
    const first = await saveDeclaration(store, 'x', sampleMarkdown());
    expect(kept(store.gitDir)).toEqual([`clausewise-index-${first.commit}`]);
    const second = await saveDeclaration(store, 'y', sampleMarkdown());
    expect(kept(store.gitDir)).toEqual([`clausewise-index-${second.commit}`]);
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\ndeclarations/y.md');
    expect(git(store.root, 'status', '--porcelain')).toBe('');
    expect(leftovers(store)).toEqual([]);
    expect(fsckClean(store)).toBe(true);
  });

  it('is used only for a commit on the one it holds: a commit made by hand in between is kept', async () => {
    const store = makeStore();
    await saveDeclaration(store, 'x', sampleMarkdown());
    writeFileSync(join(store.root, 'notes.txt'), 'committed by the user\n');
    git(store.root, 'add', 'notes.txt');
    git(store.root, 'commit', '--quiet', '-m', 'user commit');
    await saveDeclaration(store, 'y', sampleMarkdown());
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\ndeclarations/y.md\nnotes.txt');
    expect(git(store.root, 'log', '--format=%s')).toBe('import y from unknown source\nuser commit\nimport x from unknown source\nstart');
  });

  it('is not replaced by the index of a commit built for an import that was then refused', async () => {
    const store = makeStore();
    const first = await saveDeclaration(store, 'x', sampleMarkdown());
    git(store.root, 'checkout', '--quiet', '--detach');
    await expect(saveDeclaration(await openStore(store.root), 'y', sampleMarkdown())).rejects.toThrow(/HEAD is detached/);
    git(store.root, 'checkout', '--quiet', 'main');
    expect(kept(store.gitDir)).toContain(`clausewise-index-${first.commit}`);
    const second = await saveDeclaration(await openStore(store.root), 'y', sampleMarkdown());
    expect(kept(store.gitDir)).toEqual([`clausewise-index-${second.commit}`]);
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\ndeclarations/y.md');
  });

  it('is dropped when git cannot read it, and the tree read instead', async () => {
    const store = makeStore();
    const first = await saveDeclaration(store, 'x', sampleMarkdown());
    writeFileSync(join(store.gitDir, `clausewise-index-${first.commit}`), 'DIRC not an index\n');
    const second = await saveDeclaration(store, 'y', sampleMarkdown());
    expect(git(store.root, 'rev-parse', 'HEAD~1')).toBe(first.commit);
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\ndeclarations/y.md');
    expect(kept(store.gitDir)).toEqual([`clausewise-index-${second.commit}`]);
    expect(existsSync(join(store.gitDir, `clausewise-index-${first.commit}`))).toBe(false);
  });
});
