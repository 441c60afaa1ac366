import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { chooseColor, colorArguments } from '../../src/cli/color.js';
import { pagerCommand, splitCommand } from '../../src/cli/pager.js';
import { run } from '../../src/cli/run.js';
import { ROOT, tempDir } from '../support/cli.js';

const PAIR = ['2020-moscow', 'fixtures/synthetic-2020-moscow-revised.md'];
const SGR = /\u001B\[[\d;]*m/;

async function diff(args: string[], options: { env?: Record<string, string>; isTTY?: boolean; columns?: number } = {}) {
  const io = bufferIO({ cwd: ROOT, env: options.env ?? {}, isTTY: options.isTTY ?? false, ...(options.columns ? { columns: options.columns } : {}) });
  const code = await run(['diff', ...PAIR, ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('colour as git and chalk users expect', () => {
  it('chooses: --color=always|never win, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(chooseColor(undefined, {}, true)).toBe(true);
    expect(chooseColor(undefined, {}, false)).toBe(false);
    expect(chooseColor('auto', { NO_COLOR: '1' }, true)).toBe(false);
    expect(chooseColor('auto', { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(chooseColor('auto', { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(chooseColor('auto', { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(chooseColor(true, {}, false)).toBe(true); // bare --color is always, as in git
    expect(chooseColor('always', { NO_COLOR: '1' }, false)).toBe(true);
    expect(chooseColor('never', { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(chooseColor(false, { FORCE_COLOR: '1' }, true)).toBe(false); // --no-color
    expect(() => chooseColor('sometimes', {}, true)).toThrow(/--color/);
  });

  it('reads a bare --color as --color=always, and --color WHEN as --color=WHEN', () => {
    expect(colorArguments(['diff', '--color', 'a', 'b'])).toEqual(['diff', '--color=always', 'a', 'b']);
    expect(colorArguments(['diff', '--color', 'never', 'a', 'b'])).toEqual(['diff', '--color=never', 'a', 'b']);
    expect(colorArguments(['diff', 'a', 'b', '--color'])).toEqual(['diff', 'a', 'b', '--color=always']);
    expect(colorArguments(['diff', '--', '--color'])).toEqual(['diff', '--', '--color']);
  });

  it('--color=always colours a piped report; FORCE_COLOR too; --color=never and NO_COLOR do not on a terminal', async () => {
    expect((await diff(['--color=always'])).stdout).toMatch(SGR);
    expect((await diff([], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(SGR);
    expect((await diff([])).stdout).not.toMatch(SGR);
    expect((await diff([], { isTTY: true, columns: 100 })).stdout).toMatch(SGR);
    expect((await diff(['--color=never'], { isTTY: true, columns: 100 })).stdout).not.toMatch(SGR);
    expect((await diff([], { isTTY: true, columns: 100, env: { NO_COLOR: '1' } })).stdout).not.toMatch(SGR);
    // A bare --color takes no value from the next argument (git's --color is --color=always).
    const bare = await diff(['--color']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toMatch(SGR);
    const io = bufferIO({ cwd: ROOT });
    expect(await run(['diff', '--color', ...PAIR], io)).toBe(0);
    expect(io.out()).toMatch(SGR);
    expect((await diff(['--color', 'never'])).stdout).not.toMatch(SGR);
    const bad = await diff(['--color=sometimes']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('width, --stat, --quiet, -U', () => {
  it('does not hard-wrap a report that is not for a terminal, unless --width asks', async () => {
    const piped = await diff([]);
    expect(piped.stdout).toContain('成员国[-支持-]{+注意到+}上合组织同联合国不断深化反恐合作，包括落实联合国专门机构应成员国要求提供的技术援助项目');
    const narrow = await diff(['--width', '60']);
    for (const line of narrow.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect((await diff(['--width', 'wide'])).code).toBe(2);
  });

  it('--stat prints the summary and the counts of each section, and no clause', async () => {
    const { stdout, code } = await diff(['--stat']);
    expect(code).toBe(0);
    expect(stdout).toContain('117 matched, 2 reworded, 1 added, 3 removed, 1 split, 1 merged, 1 moved');
    expect(stdout).toMatch(/§ 经贸合作 → 四、经济合作 {2}\(renamed\) +~1 <1/);
    expect(stdout).not.toContain('注意到');
  });

  it('refuses --stat with a report that is not text, and an empty -o, in one line (both were ignored)', async () => {
    for (const args of [['--stat', '--json'], ['--stat', '--format', 'html'], ['--stat', '--format', 'markdown']]) {
      const result = await diff(args);
      expect(result, args.join(' ')).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr, args.join(' ')).toMatch(/^clausewise: --stat prints the text report's summary: it does not go with (--json|--format html|--format markdown)\n$/);
    }
    const empty = await diff(['--format', 'html', '-o', '']);
    expect(empty).toEqual({ code: 2, stdout: '', stderr: 'clausewise: -o needs a file name\n' });
  });

  it('--quiet prints nothing and exits 1 when they differ (with or without --exit-code), 0 when not', async () => {
    for (const args of [['--quiet'], ['--quiet', '--exit-code'], ['-q', '--format', 'html']]) {
      const result = await diff(args);
      expect(result).toEqual({ code: 1, stdout: '', stderr: '' });
    }
    const io = bufferIO({ cwd: ROOT });
    expect(await run(['diff', '2020-moscow', '2020-moscow', '--quiet'], io)).toBe(0);
    expect(io.out()).toBe('');
  });

  it('-U N and --context N show N unchanged clauses around each change', async () => {
    const plain = (await diff([])).stdout;
    const one = (await diff(['-U', '1'])).stdout;
    expect((await diff(['--context', '1'])).stdout).toBe(one);
    expect(plain).toContain('  … 4 unchanged clauses\n~ a12 → b12');
    expect(one).toMatch(/ {2}… 3 unchanged clauses\n {2}a11 → b11\n(?: {4}.*\n)+~ a12 → b12/);
    expect((await diff(['-U', '-1'])).code).toBe(2);
  });
});

describe('pager', () => {
  it('is $CLAUSEWISE_PAGER, else $PAGER, else less -FRX; empty or cat means none', () => {
    expect(pagerCommand({})).toEqual(['less', '-FRX']);
    expect(pagerCommand({ PAGER: 'more' })).toEqual(['more']);
    expect(pagerCommand({ PAGER: 'more', CLAUSEWISE_PAGER: 'most -s' })).toEqual(['most', '-s']);
    expect(pagerCommand({ PAGER: 'cat' })).toBeNull();
    expect(pagerCommand({ CLAUSEWISE_PAGER: '' , PAGER: 'more' })).toBeNull();
    expect(pagerCommand({ PAGER: '  cat  ' })).toBeNull();
  });

  it('splits the command as git splits an alias: quotes and backslashes, no shell', () => {
    expect(splitCommand(`less -R '--prompt=a b' "x\\"y" c\\ d`)).toEqual(['less', '-R', '--prompt=a b', 'x"y', 'c d']);
    expect(splitCommand('less $(touch pwned) ; rm')).toEqual(['less', '$(touch', 'pwned)', ';', 'rm']);
    expect(splitCommand(`less 'open`)).toBeNull();
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a terminal, pages a report longer than the screen (argv as split, no shell), not with --no-pager or a short one', () => {
    const dir = tempDir();
    const pager = join(dir, 'pager.sh');
    const seen = join(dir, 'seen');
    writeFileSync(pager, `#!/bin/sh\nprintf '%s\\n' "$@" > "${seen}.args"\ncat > "${seen}"\n`);
    chmodSync(pager, 0o755);
    const inTerminal = (args: string, env: Record<string, string>) => spawnSync('script', ['-qfec', `stty rows 20 cols 100; ${process.execPath} dist/cli/main.js ${args}`, '/dev/null'], {
      cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', TERM: 'xterm', ...env },
    });
    const paged = inTerminal(`diff ${PAIR.join(' ')}`, { CLAUSEWISE_PAGER: `${pager} '$(touch ${join(dir, 'pwned')})'`, PAGER: 'false' });
    expect(paged.status).toBe(0);
    expect(readFileSync(seen, 'utf8')).toContain('§ 经贸合作 → 四、经济合作');
    expect(readFileSync(`${seen}.args`, 'utf8')).toBe(`$(touch ${join(dir, 'pwned')})\n`);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(paged.stdout).not.toContain('§ 经贸合作');
    const direct = inTerminal(`diff ${PAIR.join(' ')} --no-pager`, { CLAUSEWISE_PAGER: pager });
    expect(direct.stdout).toContain('§ 经贸合作');
    const cat = inTerminal(`diff ${PAIR.join(' ')}`, { PAGER: 'cat' });
    expect(cat.stdout).toContain('§ 经贸合作');
    writeFileSync(seen, '');
    const short = inTerminal(`diff ${PAIR.join(' ')} --stat`, { CLAUSEWISE_PAGER: pager });
    expect(short.stdout).toContain('117 matched');
    expect(readFileSync(seen, 'utf8')).toBe('');
  });
});
