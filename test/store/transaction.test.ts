import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { commitFile, JOURNAL, recoverStore, TEMP_DIR } from '../../src/store/transaction.js';
import { git, leftovers, makeStore, sampleMarkdown } from './helpers.js';

const PATH = 'declarations/x.md';
const OLD = sampleMarkdown();
const NEW = sampleMarkdown({ edit: 'The parties agreed on a newer second clause.' });

/**
 * A store left as a process killed inside `commitFile` leaves it: HEAD already at the new commit
 * (`moved`) or not, the journal written, the file and the index still old.
 */
async function interrupted(moved: boolean) {
  const store = makeStore();
  const from = await commitFile(store, PATH, OLD, 'import x');
  writeFileSync(join(store.root, PATH), NEW);
  git(store.root, 'add', PATH);
  git(store.root, 'commit', '--quiet', '-m', 'correct x');
  const to = git(store.root, 'rev-parse', 'HEAD');
  // Put the index and the file back to the old version, as they are before the last step.
  git(store.root, 'reset', '--quiet', from, '--', PATH);
  writeFileSync(join(store.root, PATH), OLD);
  if (!moved) git(store.root, 'update-ref', 'HEAD', from);
  writeFileSync(join(store.gitDir, JOURNAL), JSON.stringify({ path: PATH, from, to }));
  mkdirSync(join(store.gitDir, TEMP_DIR), { recursive: true });
  writeFileSync(join(store.gitDir, TEMP_DIR, 'index-123-abcd'), 'half a temporary index');
  return { store, from, to };
}

describe('commitFile', () => {
  it('commits one file on top of HEAD and leaves the store clean', async () => {
    const store = makeStore();
    const commit = await commitFile(store, PATH, OLD, 'import x');
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(commit);
    expect(git(store.root, 'rev-parse', 'HEAD~1^{tree}')).not.toBe(git(store.root, 'rev-parse', 'HEAD^{tree}'));
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD')).toBe('declarations/README.md\ndeclarations/x.md');
    expect(leftovers(store)).toEqual([]);
    expect(git(store.root, 'fsck', '--no-progress')).toBe('');
  });
});

describe('recoverStore', () => {
  it('finishes an import whose commit was made: the file and the index catch up with HEAD', async () => {
    const { store, to } = await interrupted(true);
    expect(git(store.root, 'status', '--porcelain')).not.toBe(''); // half-way, as git sees it
    expect(await recoverStore(store)).toBe('completed');
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(to);
    expect(readFileSync(join(store.root, PATH), 'utf8')).toBe(NEW);
    expect(git(store.root, 'status', '--porcelain')).toBe('');
    expect(leftovers(store)).toEqual([]);
  });

  it('forgets an import whose commit was not made: nothing visible had changed', async () => {
    const { store, from } = await interrupted(false);
    expect(await recoverStore(store)).toBe('abandoned');
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(from);
    expect(readFileSync(join(store.root, PATH), 'utf8')).toBe(OLD);
    expect(git(store.root, 'status', '--porcelain')).toBe('');
    expect(leftovers(store)).toEqual([]);
  });

  it('drops a journal it cannot read', async () => {
    const store = makeStore();
    writeFileSync(join(store.gitDir, JOURNAL), '{"path":"../../etc/passwd","from":null,"to":"x"}');
    expect(await recoverStore(store)).toBe('abandoned');
    expect(leftovers(store)).toEqual([]);
  });

  it('does not overwrite a file edited after the interruption', async () => {
    const { store } = await interrupted(true);
    writeFileSync(join(store.root, PATH), 'edited by hand\n');
    await expect(recoverStore(store)).rejects.toThrow(StoreError);
    await expect(recoverStore(store)).rejects.toThrow(/could not be finished because the file was edited since/);
    expect(readFileSync(join(store.root, PATH), 'utf8')).toBe('edited by hand\n');
  });

  it('does nothing in a clean store', async () => {
    const store = makeStore();
    expect(await recoverStore(store)).toBe('none');
    expect(git(store.root, 'status', '--porcelain')).toBe('');
  });

  it('is finished by reading commands too: show, list and diff see the committed version at once', async () => {
    const { runCli } = await import('../support/cli.js');
    const { store, to } = await interrupted(true);
    const shown = await runCli(['--store', store.root, 'show', 'x']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(NEW);
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(to);
    expect(git(store.root, 'status', '--porcelain')).toBe('');
    expect(leftovers(store)).toEqual([]);
    for (const args of [['list'], ['log', 'x'], ['diff', 'x@~1', 'x']]) {
      const again = await interrupted(true);
      expect((await runCli(['--store', again.store.root, ...args])).code).toBe(0);
      expect(git(again.store.root, 'status', '--porcelain')).toBe('');
      expect(readFileSync(join(again.store.root, PATH), 'utf8')).toBe(NEW);
    }
  });

  it('clears, for reading commands too, the files an import killed before its journal left beside the declaration (found by a stress test)', async () => {
    const { runCli } = await import('../support/cli.js');
    const store = makeStore();
    await commitFile(store, PATH, OLD, 'import x');
    // What a process killed while staging leaves: the new bytes and a link to the old file.
    writeFileSync(join(store.root, 'declarations/.clausewise-x.md.4242.0123abcd.new'), NEW);
    writeFileSync(join(store.root, 'declarations/.clausewise-x.md.4242.0123abcd.old'), OLD);
    expect(git(store.root, 'status', '--porcelain')).not.toBe('');
    const listed = await runCli(['--store', store.root, 'list']);
    expect(listed.code).toBe(0);
    expect(git(store.root, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(store.root, PATH), 'utf8')).toBe(OLD);
    expect(leftovers(store)).toEqual([]);
  });
});
