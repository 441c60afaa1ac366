import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { OutputError } from '../../src/errors.js';
import { isOneLineError, ROOT, SEED } from '../support/cli.js';

const REVISED = join(ROOT, 'fixtures/synthetic-2020-moscow-revised.md');

describe('output that cannot be written', () => {
  it('flushes standard output once, at the end of a command', async () => {
    const io = bufferIO({ cwd: ROOT });
    let flushes = 0;
    const code = await run(['--version'], { ...io, flush: () => { flushes += 1; } });
    expect(code).toBe(0);
    expect(flushes).toBe(1);
  });

  it('fails a command that had succeeded with one line and status 2, and keeps the message of one that had failed', async () => {
    const failing = () => { throw new OutputError('cannot write the output (ENOSPC)'); };
    const ok = bufferIO({ cwd: ROOT });
    expect(await run(['diff', '--json', SEED, REVISED, '--exit-code'], { ...ok, flush: failing })).toBe(2);
    expect(ok.err()).toBe('clausewise: cannot write the output (ENOSPC)\n');
    const bad = bufferIO({ cwd: ROOT });
    expect(await run(['diff', 'no-such-file.md', SEED], { ...bad, flush: failing })).toBe(2);
    expect(bad.err()).toBe('clausewise: no-such-file.md: no such file\n');
  });

  it.runIf(existsSync('/dev/full'))('reports a full device in one line with status 2, never a stack trace (regression)', () => {
    for (const args of [['diff', '--json', SEED, REVISED], ['diff', SEED, REVISED], ['--help']]) {
      const fd = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
        expect(result.status).toBe(2);
        expect(isOneLineError(result.stderr)).toBe(true);
        expect(result.stderr).toBe('clausewise: cannot write the output (ENOSPC)\n');
      } finally {
        closeSync(fd);
      }
    }
  });

  it('reports a report file that cannot be written (-o) in one line naming it, as a shell redirection would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-o-'));
    const attempt = async (output: string) => {
      const io = bufferIO({ cwd: dir });
      const code = await run(['diff', SEED, REVISED, '--format', 'html', '-o', output], io);
      return { code, err: io.err() };
    };
    expect(await attempt(dir)).toEqual({ code: 2, err: `clausewise: cannot write ${dir}: it is a folder\n` });
    expect(await attempt('missing/report.html')).toEqual({ code: 2, err: `clausewise: cannot write missing/report.html: no folder ${join(dir, 'missing')}\n` });
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    if (existsSync('/dev/full')) expect(await attempt('/dev/full')).toEqual({ code: 2, err: 'clausewise: cannot write /dev/full (ENOSPC)\n' });
    // Nothing left behind: no temporary file beside the target.
    expect(readdirSync(dir)).toEqual([]);
  });
});
