import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKeptIndex } from '../../src/store/kept-index.js';
import { openStore } from '../../src/store/locate.js';
import { saveDeclaration } from '../../src/store/save.js';
import { spawnCli, tempDir } from '../support/cli.js';
import { fsckClean, git, GIT_ENV, leftovers, makeStore, sampleMarkdown } from './helpers.js';

const SEED = join(import.meta.dirname, '../../fixtures/seed-2020-moscow.txt');
const REVISED = join(import.meta.dirname, '../../fixtures/synthetic-2020-moscow-revised.md');

/** The private index an import keeps for the next commit built on its own (kept-index.ts, new-commit.ts). */
describe('the index kept for the next commit', () => {
  const kept = (gitDir: string): string[] => readdirSync(gitDir).filter(isKeptIndex);

  it('is kept under the name of the commit it holds, one at a time', async () => {
    const store = makeStore();
    const first = await saveDeclaration(store, 'x', sampleMarkdown());
    expect(kept(store.gitDir)).toEqual([basename(keptFile(store.gitDir, first.commit!))]);
    const second = await saveDeclaration(store, 'y', sampleMarkdown());
    expect(kept(store.gitDir)).toEqual([basename(keptFile(store.gitDir, second.commit!))]);
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
    expect(kept(store.gitDir)).toEqual([basename(keptFile(store.gitDir, first.commit!))]);
    const second = await saveDeclaration(await openStore(store.root), 'y', sampleMarkdown());
    expect(kept(store.gitDir)).toEqual([basename(keptFile(store.gitDir, second.commit!))]);
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\ndeclarations/y.md');
  });

  const keptFile = (gitDir: string, commit: string): string => join(gitDir, kept(gitDir).find((name) => name.includes(commit))!);

  it('does not fail an import, nor pile up, when a folder has its name (found by trying it)', async () => {
    const store = makeStore();
    const squatter = join(store.gitDir, `clausewise-index-${'0'.repeat(40)}-${'0'.repeat(16)}`);
    mkdirSync(squatter);
    const first = await saveDeclaration(store, 'x', sampleMarkdown());
    expect(first.status).toBe('created');
    const second = await saveDeclaration(store, 'y', sampleMarkdown());
    expect(second.status).toBe('created');
    expect(kept(store.gitDir).filter((name) => name.includes(second.commit!))).toHaveLength(1);
    expect(kept(store.gitDir).filter((name) => name.includes(first.commit!))).toEqual([]);
    expect(existsSync(squatter)).toBe(true);
  });

  it('is not trusted when another index was put in its place: the commit holds its parent and the file, nothing else', async () => {
    const store = makeStore();
    const first = await saveDeclaration(store, 'x', sampleMarkdown());
    // A valid index of another tree: the real one with a file staged.
    writeFileSync(join(store.root, 'evil.txt'), 'staged\n');
    git(store.root, 'add', 'evil.txt');
    copyFileSync(join(store.gitDir, 'index'), keptFile(store.gitDir, first.commit!));
    await saveDeclaration(store, 'y', sampleMarkdown());
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\ndeclarations/y.md');
    // An older commit's index read into it.
    const second = git(store.root, 'rev-parse', 'HEAD');
    execFileSync('git', ['read-tree', first.commit!], { cwd: store.root, env: { ...GIT_ENV, GIT_INDEX_FILE: keptFile(store.gitDir, second) } });
    await saveDeclaration(store, 'z', sampleMarkdown());
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\ndeclarations/y.md\ndeclarations/z.md');
  });

  it('is not followed through a link, nor read from a pipe', () => {
    const store = join(tempDir(), 'store');
    expect(spawnCli(['init', store], { env: GIT_ENV }).code).toBe(0);
    const gitDir = join(store, '.git');
    const head = git(store, 'rev-parse', 'HEAD');
    const file = keptFile(gitDir, head);
    const old = `${file}.old`;
    renameSync(file, old);
    symlinkSync(old, file);
    expect(spawnCli(['--store', store, 'import', SEED], { env: GIT_ENV, timeout: 20_000 }).code).toBe(0);
    const next = git(store, 'rev-parse', 'HEAD');
    rmSync(keptFile(gitDir, next));
    execFileSync('mkfifo', [file.replace(head, next)]);
    const result = spawnCli(['--store', store, 'import', REVISED, '--id', 'revised'], { env: GIT_ENV, timeout: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(git(store, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/2020-moscow.md\ndeclarations/README.md\ndeclarations/revised.md');
  });

  it('is kept only for a commit HEAD moved to: not for one built for a refused import, and HEAD keeps its own when an import is taken back', async () => {
    const store = makeStore();
    const first = await saveDeclaration(store, 'x', sampleMarkdown());
    writeFileSync(join(store.root, 'declarations/x.md'), 'edited by hand\n');
    await expect(saveDeclaration(await openStore(store.root), 'x', sampleMarkdown({ edit: 'Other.' }), { force: true })).rejects.toThrow(/uncommitted changes/);
    expect(kept(store.gitDir)).toEqual([basename(keptFile(store.gitDir, first.commit!))]);
    git(store.root, 'checkout', '--quiet', '--', 'declarations/x.md');
    await expect(saveDeclaration(await openStore(store.root), 'y', sampleMarkdown(), { fault: { place: 'EACCES' } })).rejects.toThrow(/nothing was imported/);
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(first.commit);
    expect(kept(store.gitDir)).toEqual([basename(keptFile(store.gitDir, first.commit!))]);
  });

  it('is dropped when git cannot read it, and the tree read instead', async () => {
    const store = makeStore();
    const first = await saveDeclaration(store, 'x', sampleMarkdown());
    writeFileSync(keptFile(store.gitDir, first.commit!), 'DIRC not an index\n');
    const second = await saveDeclaration(store, 'y', sampleMarkdown());
    expect(git(store.root, 'rev-parse', 'HEAD~1')).toBe(first.commit);
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\ndeclarations/y.md');
    expect(kept(store.gitDir)).toEqual([basename(keptFile(store.gitDir, second.commit!))]);
  });
});
