import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOneLineError } from '../support/cli.js';
import { fsckClean, git, leftovers, makeStore, sampleFile, sampleMarkdown, startCli } from './helpers.js';

/** Slow each commit step down so that the two processes really overlap. */
const SLOW = { CLAUSEWISE_TEST_DELAY_MS: '25' };

/** Two imports started at the same moment against one store (real processes). */
async function race(store: { root: string }, a: string[], b: string[]) {
  const first = startCli(['--store', store.root, 'import', ...a], SLOW);
  const second = startCli(['--store', store.root, 'import', ...b], SLOW);
  return Promise.all([first.done, second.done]);
}

function assertConsistent(store: ReturnType<typeof makeStore>): void {
  expect(git(store.root, 'status', '--porcelain')).toBe('');
  expect(leftovers(store)).toEqual([]);
  expect(fsckClean(store)).toBe(true);
}

describe('two imports started at once', () => {
  it('with different ids: both are committed', async () => {
    const store = makeStore();
    const results = await race(store, [sampleFile('a.md'), '--id', 'a'], [sampleFile('b.md', { extra: 1 }), '--id', 'b']);
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    const subjects = git(store.root, 'log', '--format=%s').split('\n').map((subject) => subject.replace(/ \(sha256 \w+\)$/, ''));
    expect(subjects.sort()).toEqual(['import a from a.md', 'import b from b.md', 'start']);
    expect(git(store.root, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')).toEqual(['declarations/README.md', 'declarations/a.md', 'declarations/b.md']);
    assertConsistent(store);
  });

  it('with the same id and the same content: one imports, the other finds it unchanged', async () => {
    const store = makeStore();
    const file = sampleFile('same.md');
    const results = await race(store, [file, '--id', 'x'], [file, '--id', 'x']);
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    expect(results.map((result) => result.stdout.replace(/ \(commit \w+\)/, '')).sort()).toEqual([
      'x: imported to declarations/x.md\n',
      'x: unchanged in declarations/x.md\n',
    ]);
    expect(git(store.root, 'log', '--format=%s').split('\n')).toHaveLength(2);
    assertConsistent(store);
  });

  it('with the same id and different content: one commits, the other fails cleanly with exit 2', async () => {
    const store = makeStore();
    const one = sampleFile('one.md');
    const two = sampleFile('two.md', { edit: 'A different second clause.' });
    const results = await race(store, [one, '--id', 'x'], [two, '--id', 'x']);
    expect(results.map((result) => result.code).sort()).toEqual([0, 2]);
    const loser = results.find((result) => result.code === 2);
    expect(isOneLineError(loser?.stderr ?? '')).toBe(true);
    expect(loser?.stderr).toContain('already exists in the store with different content');
    const winner = results[0]?.code === 0 ? 'one.md' : 'two.md';
    expect(git(store.root, 'log', '-1', '--format=%s')).toMatch(new RegExp(`^import x from ${winner} `));
    const expected = winner === 'one.md' ? sampleMarkdown() : sampleMarkdown({ edit: 'A different second clause.' });
    expect(readFileSync(join(store.root, 'declarations/x.md'), 'utf8')).toBe(expected.replace('lang: en\n', `lang: en\nsource: ${winner}\n`));
    assertConsistent(store);
  });

  it('with the same id and --force: both commit, one after the other', async () => {
    const store = makeStore();
    const one = sampleFile('one.md');
    const two = sampleFile('two.md', { edit: 'A different second clause.' });
    const results = await race(store, [one, '--id', 'x', '--force'], [two, '--id', 'x', '--force']);
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    const subjects = git(store.root, 'log', '--format=%s').split('\n');
    expect(subjects).toHaveLength(3);
    expect(subjects[0]).toMatch(/^correct x from (one|two)\.md /);
    expect(subjects[1]).toMatch(/^import x from (one|two)\.md /);
    expect(git(store.root, 'show', 'HEAD:declarations/x.md') + '\n').toBe(readFileSync(join(store.root, 'declarations/x.md'), 'utf8'));
    assertConsistent(store);
  });
});
