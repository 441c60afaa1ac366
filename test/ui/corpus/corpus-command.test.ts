import { beforeAll, describe, expect, it } from 'vitest';
import { makeStore } from '../../store/helpers.js';
import { isOneLineError, runCli } from '../../support/cli.js';
import { SUMMIT_IDS, summitPath } from '../../timeline/summit-fixtures.js';

const store = makeStore();
const cli = (...args: string[]) => runCli(['--store', store.root, ...args]);

beforeAll(async () => {
  for (const id of SUMMIT_IDS) expect((await cli('import', summitPath(id), '--id', id)).code).toBe(0);
}, 60_000);

describe('clausewise review over the corpus, without a terminal', () => {
  it('prints the timeline of the store with no arguments and with --all', async () => {
    const timeline = await cli('timeline');
    const none = await cli('review');
    expect(none).toEqual({ code: 0, stdout: timeline.stdout, stderr: '' });
    expect((await cli('review', '--all')).stdout).toBe(timeline.stdout);
  });

  it('prints the timeline of three or more references', async () => {
    const three = await cli('review', '2020-seed', '2022-synthetic-b', '2023-synthetic-c');
    expect(three.code).toBe(0);
    expect(three.stdout).toMatch(/^Timeline of 3 declarations/);
  });

  it('refuses one reference, and --all with references, in one line', async () => {
    const one = await cli('review', '2020-seed');
    expect(one.code).toBe(2);
    expect(isOneLineError(one.stderr)).toBe(true);
    expect(one.stderr).toContain('review needs two declarations');
    const both = await cli('review', '--all', '2020-seed', '2021-synthetic-a');
    expect(both.code).toBe(2);
    expect(isOneLineError(both.stderr)).toBe(true);
  });
});
