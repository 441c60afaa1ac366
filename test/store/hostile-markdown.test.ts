import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOneLineError, runCli } from '../support/cli.js';
import { git, makeStore, sampleMarkdown } from './helpers.js';

/**
 * Issue 23: a hostile canonical file in the store (as after a `git pull`) meets the Markdown
 * limits before remark reads it: a list nested 1,000 deep (50 s in remark on this machine) is
 * refused in one line naming the declaration, quickly.
 */

describe('a store file nested beyond the Markdown limit', () => {
  it('is refused in one line naming it', async () => {
    const store = makeStore();
    const nested = Array.from({ length: 1_000 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n');
    writeFileSync(join(store.root, 'declarations/2021-deep.md'), `${sampleMarkdown()}\n${nested}\n`);
    git(store.root, 'add', '--', 'declarations');
    git(store.root, 'commit', '--quiet', '-m', 'a deep file arrives');
    const start = performance.now();
    const result = await runCli(['--store', store.root, 'show', '2021-deep']);
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    expect(result.stderr).toContain('2021-deep: Markdown nested deeper than 32 levels');
    // A generous budget (remark took 50 s on 1,000 levels on this machine): not a tight timing.
    expect(performance.now() - start).toBeLessThan(10_000);
  }, 60_000);
});
