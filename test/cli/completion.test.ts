import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { ROOT, runCli, SEED, tempDir } from '../support/cli.js';
import { bashComplete, hasScript, hasShell as has, typeTab } from '../support/shell.js';

/** A `clausewise` on PATH that runs the built CLI, as an installed one would. */
function binDir(): string {
  const dir = tempDir('clausewise-bin-');
  const bin = join(dir, 'clausewise');
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist/cli/main.js')}" "$@"\n`);
  chmodSync(bin, 0o755);
  return dir;
}

const scripts = new Map<string, string>();
/** The script `clausewise completion SHELL` prints, in a file. */
function scriptFile(shell: string): string {
  if (!scripts.has(shell)) {
    const file = join(tempDir(), `clausewise.${shell}`);
    writeFileSync(file, spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'completion', shell], { encoding: 'utf8' }).stdout);
    scripts.set(shell, file);
  }
  return scripts.get(shell)!;
}

/** What the shells run in: the built CLI on PATH, in the project (its store holds 2020-moscow). */
const shellEnv = (): Record<string, string> => ({ PATH: `${binDir()}:${process.env['PATH'] ?? ''}`, HOME: process.env['HOME'] ?? '' });

/** The words bash's completion function offers for `line`, called as bash calls it (see `bashComplete`). */
function bash(line: string, cwd = ROOT): string[] {
  const { words, stderr } = bashComplete(scriptFile('bash'), '_clausewise', line, { cwd, env: shellEnv() });
  expect(stderr).toBe('');
  return words;
}

/** The line after typing `line` and TAB into an interactive bash or zsh with the script loaded. */
function tab(shell: 'bash' | 'zsh', line: string, cwd = ROOT): Promise<string | undefined> {
  const setup = shell === 'bash' ? `source '${scriptFile('bash')}'` : `autoload -Uz compinit; compinit -u -D; source '${scriptFile('zsh')}'`;
  return typeTab(shell, setup, line, { cwd, env: shellEnv() });
}

/** The completions fish offers for `line` (`complete -C`). */
function fish(line: string, cwd = ROOT): string[] {
  const result = spawnSync('fish', ['--no-config', '-c', `source '${scriptFile('fish')}'; complete -C '${line.replace(/'/g, "\\'")}'`], { cwd, env: shellEnv(), encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean).map((row) => row.split('\t')[0]!);
}

/** The formats `diff --help` names: what `diff --format` takes. */
async function diffFormats(): Promise<string[]> {
  const { stdout } = await runCli(['diff', '--help']);
  return /report format: ([a-z, ]+)/.exec(stdout.replace(/\s+/g, ' '))![1]!.trim().split(', ');
}

describe('clausewise completion', () => {
  it('prints a script for bash, zsh and fish naming every command, the options and the formats', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const { code, stdout } = await runCli(['completion', shell]);
      expect(code, shell).toBe(0);
      for (const { names } of COMMANDS) expect(stdout, shell).toContain(names[0]!);
      const option = (name: string) => (shell === 'fish' ? `-l ${name}` : `--${name}`);
      for (const word of [option('format'), 'markdown', option('stat'), option('no-pager'), option('context'), 'always', 'completion ids']) expect(stdout, `${shell} ${word}`).toContain(word);
    }
    const bad = await runCli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('completion ids lists the store ids, one a line', async () => {
    const { code, stdout } = await runCli(['completion', 'ids']);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('2020-moscow');
  });

  it.skipIf(!has('bash'))('completes commands, options, formats, store ids and ID@~N in bash', () => {
    expect(bash('clausewise di')).toEqual(['diff']);
    expect(bash('clausewise diff --st')).toContain('--stat');
    expect(bash('clausewise diff --color ')).toEqual(['auto', 'always', 'never']);
    expect(bash('clausewise diff --color=')).toEqual(['--color=auto', '--color=always', '--color=never']);
    expect(bash('clausewise diff --color=al')).toEqual(['--color=always']);
    expect(bash('clausewise diff 2020-mo')).toContain('2020-moscow');
    expect(bash('clausewise log 2020-')).toContain('2020-moscow');
    expect(bash('clausewise completion ')).toEqual(['bash', 'zsh', 'fish']);
  });

  it.skipIf(!has('bash'))('bash completes ID@ with the default COMP_WORDBREAKS, which splits at @', () => {
    expect(bash('clausewise diff 2020-moscow@')).toEqual(['2020-moscow@~1', '2020-moscow@~2', '2020-moscow@~3', '2020-moscow@HEAD', '2020-moscow@HEAD~1']);
    expect(bash('clausewise diff 2020-moscow@~')).toEqual(['2020-moscow@~1', '2020-moscow@~2', '2020-moscow@~3']);
    expect(bash('clausewise diff 2020-moscow@H')).toEqual(['2020-moscow@HEAD', '2020-moscow@HEAD~1']);
    expect(bash('clausewise diff 2020-moscow@~1 2020-moscow@~')).toEqual(['2020-moscow@~1', '2020-moscow@~2', '2020-moscow@~3']);
  });

  it.skipIf(!has('bash') || !hasScript())('bash completes ID@ when typed, without escaping @ or ~', async () => {
    expect(await tab('bash', 'clausewise diff 2020-moscow@')).toBe('clausewise diff 2020-moscow@');
    expect(await tab('bash', 'clausewise diff 2020-moscow@H')).toBe('clausewise diff 2020-moscow@HEAD');
    expect(await tab('bash', 'clausewise diff 2020-moscow@~2')).toBe('clausewise diff 2020-moscow@~2 ');
    expect(await tab('bash', 'clausewise diff 2020-mosc')).toBe('clausewise diff 2020-moscow ');
  });

  it.skipIf(!has('zsh') || !hasScript())('zsh completes ID@ when typed, without escaping ~', async () => {
    expect(await tab('zsh', 'clausewise diff 2020-moscow@H')).toBe('clausewise diff 2020-moscow@HEAD');
    expect(await tab('zsh', 'clausewise diff 2020-moscow@~2')).toBe('clausewise diff 2020-moscow@~2 ');
  });

  it.skipIf(!has('bash'))('bash offers every format diff takes', async () => {
    const formats = await diffFormats();
    expect(formats).toContain('docx');
    expect(bash('clausewise diff --format ')).toEqual(formats);
    expect(bash('clausewise diff --format d')).toEqual(['docx']);
    expect(bash('clausewise diff --format=d')).toEqual(['--format=docx']);
  });

  it.skipIf(!has('bash') || !hasScript())('bash completes --format d to docx when typed', async () => {
    expect(await tab('bash', 'clausewise diff --format d')).toBe('clausewise diff --format docx ');
  });

  it.skipIf(!has('zsh') || !hasScript())('zsh completes --format d to docx when typed', async () => {
    expect(await tab('zsh', 'clausewise diff --format d')).toBe('clausewise diff --format docx ');
  });

  it.skipIf(!has('fish'))('fish offers every format diff takes', async () => {
    expect(fish('clausewise diff --format ')).toEqual(expect.arrayContaining(await diffFormats()));
  });

  it.skipIf(!has('bash'))('bash offers command names after help, not ids', () => {
    expect(bash('clausewise help di')).toEqual(['diff']);
    expect(bash('clausewise help ')).toEqual(expect.arrayContaining(['diff', 'log', 'completion']));
    expect(bash('clausewise help ')).not.toContain('2020-moscow');
  });

  it.skipIf(!has('bash') || !hasScript())('bash completes help di to help diff when typed', async () => {
    expect(await tab('bash', 'clausewise help di')).toBe('clausewise help diff ');
  });

  it.skipIf(!has('zsh') || !hasScript())('zsh completes help di to help diff when typed', async () => {
    expect(await tab('zsh', 'clausewise help di')).toBe('clausewise help diff ');
  });

  it.skipIf(!has('fish'))('fish offers command names after help, not ids', () => {
    expect(fish('clausewise help di')).toEqual(['diff']);
    expect(fish('clausewise help ')).not.toContain('2020-moscow');
  });

  describe('a store named on the line', () => {
    // Two stores holding 2021-hecheng, one with a space in its path; the shells run outside any store.
    const plain = join(tempDir(), 'store');
    const spaced = join(tempDir(), 'my store');
    const escaped = spaced.replace(/ /g, '\\ ');
    const away = tempDir();
    beforeAll(async () => {
      for (const dir of [plain, spaced]) {
        expect((await runCli(['init', dir])).code).toBe(0);
        expect((await runCli(['--store', dir, 'import', SEED, '--id', '2021-hecheng'])).code).toBe(0);
      }
    });

    it.skipIf(!has('bash'))('bash asks it for ids as --store=DIR, after the command and with escaped spaces', () => {
      expect(bash('clausewise diff 2021-h', away)).toEqual([]);
      expect(bash(`clausewise --store ${plain} diff 2021-h`, away)).toEqual(['2021-hecheng']);
      expect(bash(`clausewise --store=${plain} diff 2021-h`, away)).toEqual(['2021-hecheng']);
      expect(bash(`clausewise diff --store ${plain} 2021-h`, away)).toEqual(['2021-hecheng']);
      expect(bash(`clausewise diff --store=${plain} 2021-hecheng@~1 2021-h`, away)).toEqual(['2021-hecheng']);
      expect(bash(`clausewise --store ${escaped} diff 2021-h`, away)).toEqual(['2021-hecheng']);
      expect(bash(`clausewise diff --store '${spaced}' 2021-h`, away)).toEqual(['2021-hecheng']);
      expect(bash(`clausewise diff --store="${spaced}" 2021-h`, away)).toEqual(['2021-hecheng']);
    });

    it.skipIf(!has('bash') || !hasScript())('bash completes ids from --store my\\ store when typed', async () => {
      expect(await tab('bash', `clausewise diff --store ${escaped} 2021-h`, away)).toBe(`clausewise diff --store ${escaped} 2021-hecheng `);
      expect(await tab('bash', `clausewise --store=${plain} log 2021-h`, away)).toBe(`clausewise --store=${plain} log 2021-hecheng `);
    });

    it.skipIf(!has('zsh') || !hasScript())('zsh completes ids from --store=DIR and --store my\\ store after the command', async () => {
      expect(await tab('zsh', `clausewise diff --store ${escaped} 2021-h`, away)).toBe(`clausewise diff --store ${escaped} 2021-hecheng `);
      expect(await tab('zsh', `clausewise --store=${plain} log 2021-h`, away)).toBe(`clausewise --store=${plain} log 2021-hecheng `);
    });

    it.skipIf(!has('fish'))('fish asks it for ids', () => {
      expect(fish('clausewise diff 2021-h', away)).toEqual([]);
      expect(fish(`clausewise --store ${escaped} diff 2021-h`, away)).toEqual(['2021-hecheng']);
      expect(fish(`clausewise --store=${plain} diff 2021-h`, away)).toEqual(['2021-hecheng']);
      expect(fish(`clausewise diff --store ${escaped} 2021-h`, away)).toEqual(['2021-hecheng']);
    });
  });

  it.skipIf(!has('zsh'))('zsh reads its script', async () => {
    const script = join(tempDir(), '_clausewise');
    writeFileSync(script, (await runCli(['completion', 'zsh'])).stdout);
    expect(spawnSync('zsh', ['-n', script]).status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish reads its script', async () => {
    const script = join(tempDir(), 'clausewise.fish');
    writeFileSync(script, (await runCli(['completion', 'fish'])).stdout);
    expect(spawnSync('fish', ['-n', script]).status).toBe(0);
  });
});
