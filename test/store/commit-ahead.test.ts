import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/locate.js';
import { saveDeclaration } from '../../src/store/save.js';
import { TEMP_DIR } from '../../src/store/transaction.js';
import { git, leftovers, makeStore, sampleMarkdown } from './helpers.js';

/**
 * An import builds its commit on the HEAD the store was found at while git reports the file's
 * state under the lock (save.ts, new-commit.ts): the commit must still land on HEAD as it is under
 * the lock, refusals must keep their order, and nothing built ahead may outlive the import.
 */
describe('the commit built ahead of the checks', () => {
  it('knows HEAD when the store is found, and that there is none yet', async () => {
    const store = makeStore();
    expect((await openStore(store.root)).head).toBe(git(store.root, 'rev-parse', 'HEAD'));
    git(store.root, 'checkout', '--quiet', '--orphan', 'empty');
    expect((await openStore(store.root)).head).toBeNull();
  });

  it('lands on HEAD as it is under the lock when HEAD moved after the store was found', async () => {
    const store = makeStore();
    const found = await openStore(store.root);
    writeFileSync(join(store.root, 'notes.txt'), 'committed by the user in between\n');
    git(store.root, 'add', 'notes.txt');
    git(store.root, 'commit', '--quiet', '-m', 'user commit');
    const user = git(store.root, 'rev-parse', 'HEAD');
    expect(found.head).not.toBe(user);

    const result = await saveDeclaration(found, 'x', sampleMarkdown());
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(result.commit);
    expect(git(store.root, 'rev-parse', 'HEAD~1')).toBe(user);
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md\nnotes.txt');
    expect(leftovers(store)).toEqual([]);
  });

  it('lands on the HEAD it was found at, in a store without commits too', async () => {
    const store = makeStore();
    const found = await openStore(store.root);
    const first = await saveDeclaration(found, 'x', sampleMarkdown());
    expect(git(store.root, 'rev-parse', 'HEAD~1')).toBe(found.head);
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(first.commit);

    git(store.root, 'checkout', '--quiet', '--orphan', 'fresh');
    git(store.root, 'rm', '--quiet', '-r', '--cached', '.');
    const unborn = await openStore(store.root);
    expect(unborn.head).toBeNull();
    const result = await saveDeclaration(unborn, 'y', sampleMarkdown());
    expect(git(store.root, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(result.commit);
  });

  it('refuses as before, and leaves no private files or git process behind when it refuses', async () => {
    const store = makeStore();
    await saveDeclaration(store, 'x', sampleMarkdown());
    const file = join(store.root, 'declarations/x.md');
    writeFileSync(file, 'edited by hand\n');
    const head = git(store.root, 'rev-parse', 'HEAD');
    const found = await openStore(store.root);
    // A failure injected into the commit built ahead is not what is reported: the edit is.
    const attempt = saveDeclaration(found, 'x', sampleMarkdown({ edit: 'Other.' }), { force: true, fault: { blob: 'EFBIG' } });
    await expect(attempt).rejects.toThrow(/declarations\/x\.md has uncommitted changes/);
    const again = saveDeclaration(found, 'x', sampleMarkdown({ edit: 'Other.' }), { force: true });
    await expect(again).rejects.toThrow(/declarations\/x\.md has uncommitted changes/);
    // Settled: the private index and work tree of the commit built ahead are gone.
    expect(existsSync(join(store.gitDir, TEMP_DIR)) ? readdirSync(join(store.gitDir, TEMP_DIR)) : []).toEqual([]);
    expect(leftovers(store)).toEqual(['M declarations/x.md']);
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('reports a failure of the commit built ahead when it is the one used', async () => {
    const store = makeStore();
    const found = await openStore(store.root);
    const attempt = saveDeclaration(found, 'x', sampleMarkdown(), { fault: { blob: 'EFBIG' } });
    await expect(attempt).rejects.toThrow(/nothing was imported/);
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(found.head);
    expect(leftovers(store)).toEqual([]);
  });
});
