import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDeclaration } from '../../src/store/save.js';
import { JOURNAL } from '../../src/store/transaction.js';
import { fsckClean, git, leftovers, makeStore, sampleFile, startCli } from './helpers.js';

/**
 * Kill `clausewise import --force` with SIGKILL at different points of its commit, many times, and
 * check that the store is always as before or as after: right after the kill the file and HEAD
 * hold the old or the new bytes and git's objects are sound; after the next clausewise write
 * (which recovers from the journal) `git status` is clean and no temporary file is left.
 */

/** Pause between commit steps in the killed process (the CLAUSEWISE_TEST_DELAY_MS hook). */
const STEP_DELAY_MS = 30;

/** When to kill: as soon as a state is visible (plus a few ms), or at a pseudo-random time after start. */
type Trigger = { when: 'lock' | 'journal' | 'head-moved'; after: number } | { when: 'start'; after: number };

/** Deterministic pseudo-random offsets (a fixed linear congruential sequence), so that failures can be replayed. */
function offsets(count: number, max: number, seed = 20201110): number[] {
  const values: number[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    values.push(state % max);
  }
  return values;
}

const TRIGGERS: Trigger[] = [
  { when: 'lock', after: 0 },
  { when: 'journal', after: 0 },
  { when: 'head-moved', after: 0 },
  { when: 'head-moved', after: STEP_DELAY_MS + 5 },
  ...offsets(3, 2500).map((after): Trigger => ({ when: 'start', after })),
];

async function waitFor(condition: () => boolean, exited: () => boolean, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    if (exited()) return false;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return false;
}

describe('an import killed at any point', () => {
  it('leaves the store as before or as after, and the next run finishes cleanly', async () => {
    const store = makeStore();
    const path = join(store.root, 'declarations/x.md');
    const versions = [0, 1, 2].map((n) => sampleFile(`v${n}.md`, { extra: n }));
    const text = (n: number): string => readFileSync(versions[n] ?? '', 'utf8').replace('lang: en\n', `lang: en\nsource: v${n}.md\n`);
    await saveDeclaration(store, 'x', text(0), { source: 'v0.md' });
    let current = 0;
    const outcomes: string[] = [];

    for (const [round, trigger] of TRIGGERS.entries()) {
      const next = (current + 1 + (round % 2)) % 3;
      const head = git(store.root, 'rev-parse', 'HEAD');
      const run = startCli(['--store', store.root, 'import', versions[next] ?? '', '--id', 'x', '--force'], {
        CLAUSEWISE_TEST_DELAY_MS: String(STEP_DELAY_MS),
      });
      let exited = false;
      void run.done.then(() => { exited = true; });
      const seen =
        trigger.when === 'start' ||
        (await waitFor(() => {
          if (trigger.when === 'lock') return existsSync(join(store.gitDir, 'clausewise.lock'));
          if (trigger.when === 'journal') return existsSync(join(store.gitDir, JOURNAL));
          return readFileSync(join(store.gitDir, 'refs/heads/main'), 'utf8').trim() !== head;
        }, () => exited));
      await new Promise((resolve) => setTimeout(resolve, trigger.after));
      run.child.kill('SIGKILL');
      const result = await run.done;
      // A git child of the killed process may still be finishing its own atomic step.
      await waitFor(() => !existsSync(join(store.gitDir, 'index.lock')), () => false, 5000);

      // Right after the kill: old or new bytes everywhere, sound objects.
      const allowed = [text(current), text(next)];
      expect(allowed).toContain(readFileSync(path, 'utf8'));
      expect(allowed).toContain(`${git(store.root, 'show', 'HEAD:declarations/x.md')}\n`);
      expect(fsckClean(store)).toBe(true);
      const dirty = git(store.root, 'status', '--porcelain') !== '';
      if (dirty) expect(existsSync(join(store.gitDir, JOURNAL))).toBe(true); // only ever mid-transaction, and recoverable

      // The next run recovers: clean status, no leftovers, file equals HEAD.
      const committed = `${git(store.root, 'show', 'HEAD:declarations/x.md')}\n`;
      expect((await saveDeclaration(store, 'x', committed)).status).toBe('unchanged');
      expect(git(store.root, 'status', '--porcelain')).toBe('');
      expect(leftovers(store)).toEqual([]);
      expect(readFileSync(path, 'utf8')).toBe(committed);
      current = committed === text(next) ? next : current;
      outcomes.push(`${trigger.when}+${trigger.after}${seen ? '' : '(missed)'}: ${result.signal ?? `exit ${result.code}`}, ${committed === text(next) ? 'after' : 'before'}${dirty ? ', was mid-commit' : ''}`);
    }
    if (process.env["CLAUSEWISE_CRASH_LOG"]) console.log(outcomes.join("\n"));
    // The triggered kills land inside the commit: both outcomes occur, and at least one was mid-commit.
    expect(outcomes.some((line) => line.includes('before'))).toBe(true);
    expect(outcomes.some((line) => line.includes('after'))).toBe(true);
    expect(outcomes.some((line) => line.includes('mid-commit')), outcomes.join('\n')).toBe(true);
    expect(fsckClean(store)).toBe(true);
  });
});
