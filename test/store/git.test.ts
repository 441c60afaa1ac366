import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { configValue, git, headCommit, onBranch, pathState, pathStatus, readAt, resolveCommit, workTree } from '../../src/store/git.js';
import { git as runGit, makeStore } from './helpers.js';

describe('git helpers', () => {
  it('find the work tree, resolve revisions and read files at a commit', async () => {
    const store = makeStore();
    expect(await workTree(join(store.root, 'declarations'))).toEqual({ root: store.root, gitDir: store.gitDir, head: runGit(store.root, 'rev-parse', 'HEAD') });
    expect(await workTree(mkdtempSync(join(tmpdir(), 'clausewise-plain-')))).toBeNull();
    const head = await headCommit(store.root);
    expect(head).toBe(runGit(store.root, 'rev-parse', 'HEAD'));
    expect(await resolveCommit(store.root, 'main')).toBe(head);
    expect(await resolveCommit(store.root, 'HEAD~5')).toBeNull();
    expect(await readAt(store.root, head ?? '', 'declarations/README.md')).toBe('# Declarations\n');
    expect(await readAt(store.root, head ?? '', 'declarations/none.md')).toBeNull();
    expect(await readAt(store.root, head ?? '', 'declarations')).toBeNull(); // a folder is not a file
  });

  it('report the status of one path and configuration values', async () => {
    const store = makeStore();
    expect(await pathStatus(store.root, 'declarations/README.md')).toEqual([]);
    writeFileSync(join(store.root, 'declarations/README.md'), 'changed\n');
    expect(await pathStatus(store.root, 'declarations/README.md')).toEqual([' M declarations/README.md']);
    expect(await configValue(store.root, 'user.name')).toBe('Store Test');
    expect(await configValue(store.root, 'clausewise.nothing')).toBeNull();
  });

  it('read the branch, HEAD and the status of one path in one go, as the three separate lookups do', async () => {
    const path = 'declarations/README.md';
    // Each state a store can be in before an import: [what it is, how to get there].
    const states: Array<[string, (root: string) => void]> = [
      ['clean', () => undefined],
      ['edited', (root) => writeFileSync(join(root, path), 'changed\n')],
      ['staged', (root) => { writeFileSync(join(root, path), 'changed\n'); runGit(root, 'add', path); }],
      ['staged and edited again', (root) => { writeFileSync(join(root, path), 'changed\n'); runGit(root, 'add', path); writeFileSync(join(root, path), 'again\n'); }],
      ['deleted', (root) => rmSync(join(root, path))],
      ['deleted from the index', (root) => runGit(root, 'rm', '--quiet', '--cached', path)],
      ['renamed in the index', (root) => { renameSync(join(root, 'declarations/x.md'), join(root, path)); runGit(root, 'add', '-A', 'declarations'); }],
      ['untracked', (root) => { runGit(root, 'rm', '--quiet', '--cached', path); runGit(root, 'commit', '--quiet', '-m', 'untrack'); }],
      ['detached', (root) => runGit(root, 'checkout', '--quiet', '--detach')],
      ['without commits', (root) => runGit(root, 'checkout', '--quiet', '--orphan', 'fresh')],
      ['without commits, file staged', (root) => { runGit(root, 'checkout', '--quiet', '--orphan', 'fresh'); writeFileSync(join(root, path), 'changed\n'); runGit(root, 'add', path); }],
    ];
    for (const [name, reach] of states) {
      const store = makeStore();
      if (name === 'renamed in the index') {
        runGit(store.root, 'mv', path, 'declarations/x.md');
        runGit(store.root, 'commit', '--quiet', '-m', 'move');
      }
      reach(store.root);
      const separately = { onBranch: await onBranch(store.root), head: await headCommit(store.root), changes: await pathStatus(store.root, path) };
      expect(await pathState(store.root, path), name).toEqual(separately);
      if (name !== 'clean' && !name.startsWith('detached') && !name.startsWith('without commits')) expect(separately.changes, name).not.toEqual([]);
    }
  });

  it('turn git failures into one-line store errors', async () => {
    const store = makeStore();
    const failure = git(store.root, ['cat-file', 'blob', 'HEAD:missing']);
    await expect(failure).rejects.toThrow(StoreError);
    await expect(failure).rejects.toThrow(/^git: [^\n]+$/);
    await expect(git(join(store.root, 'nope'), ['status'])).rejects.toThrow(/nope: no such folder/);
  });

  it('keep simple-git\'s blocking of options that run programs', async () => {
    const store = makeStore();
    const marker = join(mkdtempSync(join(tmpdir(), 'clausewise-marker-')), 'pwned');
    await expect(git(store.root, ['-c', `core.pager=touch ${marker}`, 'log'])).rejects.toThrow(/not permitted/);
    await expect(git(store.root, ['fetch', `--upload-pack=touch ${marker}`, '.'])).rejects.toThrow(/not permitted/);
  });
});

describe('git without simple-git\'s sleep', () => {
  /** The delays simple-git asked `setTimeout` for while `run` ran. */
  async function delaysDuring(run: () => Promise<unknown>): Promise<number[]> {
    const delays: number[] = [];
    const original = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return original(callback, ms);
    }) as typeof setTimeout);
    try {
      await run();
    } finally {
      spy.mockRestore();
    }
    return delays;
  }

  it('commands that print nothing end without the 50 ms wait', async () => {
    const store = makeStore();
    const delays = await delaysDuring(async () => {
      await git(store.root, ['config', '--local', 'clausewise.quiet', 'yes']);
      expect(await configValue(store.root, 'clausewise.unset')).toBeNull();
      expect(await pathStatus(store.root, 'declarations/README.md')).toEqual([]);
      expect(await resolveCommit(store.root, 'HEAD~5')).toBeNull();
      await git(store.root, ['read-tree', 'HEAD']);
      await git(store.root, ['update-ref', 'refs/heads/quiet', 'HEAD']);
      await git(mkdtempSync(join(tmpdir(), 'clausewise-init-')), ['init', '--quiet']);
    });
    expect(delays.filter((ms) => ms >= 50)).toEqual([]);
  });

  it('what git prints to trace the command never reaches output or errors', async () => {
    const store = makeStore();
    expect(await git(store.root, ['config', '--get', 'user.name'])).toBe('Store Test\n');
    await expect(git(store.root, ['cat-file', 'blob', 'HEAD:missing'])).rejects.toThrow(/^git: path 'missing' does not exist in 'HEAD'$/);
    await expect(git(store.root, ['update-ref', 'refs/heads/x', 'nope'])).rejects.toThrow(/^git: nope: not a valid SHA1$/);
  });
});
