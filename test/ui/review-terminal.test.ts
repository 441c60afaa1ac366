import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

/** `script` (util-linux) gives the built CLI a real terminal, as a user's shell does. */
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Preloaded into the CLI: report on stderr whenever something calls the global `fetch`. */
const WATCH_FETCH = `data:text/javascript,${encodeURIComponent("const real=globalThis.fetch;globalThis.fetch=(...a)=>{process.stderr.write('fetch called\\n');return real(...a)};")}`;

/** Run `clausewise review` of the npm start pair in a terminal, wait for the first frame, press q. */
function reviewInTerminal(env: Record<string, string> = {}): Promise<{ code: number | null; screen: string }> {
  const command = `${process.execPath} ${join(ROOT, 'dist/cli/main.js')} review 2020-moscow fixtures/synthetic-2020-moscow-revised.md`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', TERM: 'xterm-256color', NODE_OPTIONS: `--import=${WATCH_FETCH}`, ...env },
  });
  let screen = '';
  let quit = false;
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
    if (!quit && screen.includes('117 matched')) {
      quit = true;
      child.stdin.write('q');
    }
  });
  return new Promise((done) => child.on('close', (code) => done({ code, screen })));
}

describe.skipIf(!hasScript)('clausewise review in a terminal (the built CLI)', () => {
  it('draws the review, quits on q, and never fetches (Yoga loads its WebAssembly without undici)', async () => {
    const { code, screen } = await reviewInTerminal();
    expect(code).toBe(0);
    expect(screen).toContain('上海合作组织成员国元首理事会莫斯科宣言（合成修订版）');
    expect(screen).toContain('117 matched');
    expect(screen).not.toContain('fetch called');
  });

  it('draws it with DEV=true too (Ink then read its package.json beside the UI module, which the build has not: the review failed with ENOENT)', async () => {
    const { code, screen } = await reviewInTerminal({ DEV: 'true' });
    expect(code).toBe(0);
    expect(screen).toContain('117 matched');
    expect(screen).not.toContain('ENOENT');
  });
});
