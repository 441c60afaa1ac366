import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/cli.js';

/** tmux sends keys as a terminal user does, several in one write when asked (`send-keys jjj`). */
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('tmux not found: skipping the review UI test in tmux (install tmux to run it)');

const dir = hasTmux ? tempDir('clausewise-tmux-') : '';
const socket = join(dir, 'socket');
const tmux = (...args: string[]) => spawnSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
afterAll(() => {
  if (!hasTmux) return;
  tmux('kill-server');
  rmSync(dir, { recursive: true, force: true });
});

/** Poll the pane until its text satisfies a condition; gives up after 10 s. */
async function paneUntil(condition: (text: string) => boolean): Promise<string> {
  const started = Date.now();
  let text = '';
  while (Date.now() - started < 10_000) {
    text = tmux('capture-pane', '-p', '-t', 'review').stdout;
    if (condition(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return text;
}

const position = (text: string): number => Number(/(\d+)\/123 · filter/.exec(text)?.[1] ?? Number.NaN);

describe.skipIf(!hasTmux)('clausewise review in tmux (the built CLI)', () => {
  it('moves three clauses on send-keys jjj, copies with y, labels i by ids, and quits on a q sent with a j', async () => {
    const command = `${process.execPath} ${join(ROOT, 'dist/cli/main.js')} review 2020-moscow fixtures/synthetic-2020-moscow-revised.md; sleep 5`;
    // CI=true as a CI job's shell or a dev container sets it: Ink then drew nothing, in no colour, until it exited.
    const started = tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '30', '-c', ROOT, '-e', 'TERM=xterm-256color', '-e', 'CI=true', command);
    expect(started.status).toBe(0);
    const first = await paneUntil((text) => text.includes('117 matched') && Number.isFinite(position(text)));
    const at = position(first);
    tmux('send-keys', '-t', 'review', 'jjj');
    const moved = await paneUntil((text) => position(text) !== at);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(position(await paneUntil(() => true))).toBe(at + 3);
    expect(moved).toContain('117 matched');
    // y puts the clause on tmux's clipboard through OSC 52.
    tmux('set-option', '-g', 'set-clipboard', 'on');
    tmux('send-keys', '-t', 'review', 'y');
    await paneUntil((text) => text.includes('copied '));
    expect(tmux('show-buffer').stdout).toMatch(/^[ab]\d+.*\n\S/);
    // i names the pair as the user did, not by file names.
    tmux('send-keys', '-t', 'review', 'i');
    expect(await paneUntil((text) => text.includes('New and gone'))).toContain('New and gone: 2020-moscow (2020-11-10)');
    tmux('send-keys', '-t', 'review', 'q');
    await paneUntil((text) => text.includes('· filter'));
    // / highlights the matches in the list and the detail (yellow background), enter jumps to the first.
    tmux('send-keys', '-t', 'review', '/阿富汗', 'Enter');
    await paneUntil((text) => text.includes('search “阿富汗”'));
    const coloured = tmux('capture-pane', '-p', '-e', '-t', 'review').stdout;
    const highlighted = coloured.split('\n').filter((line) => /\u001B\[[\d;]*43[\d;]*m[^\u001B]*阿富汗/.test(line));
    expect(highlighted.length).toBeGreaterThanOrEqual(2);
    expect(position(coloured.replace(/\u001B\[[\d;]*m/g, ''))).toBeNaN(); // the position counts matches now: 1/3
    tmux('send-keys', '-t', 'review', 'Escape');
    await paneUntil((text) => !text.includes('search “'));
    tmux('send-keys', '-t', 'review', 'jq');
    const after = await paneUntil((text) => !text.includes('· filter'));
    expect(after).not.toContain('· filter');
  }, 30_000);
});
