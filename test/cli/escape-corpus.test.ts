import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, makeStore } from '../store/helpers.js';
import { bufferIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { runCli, spawnCli, tempDir } from '../support/cli.js';

/**
 * Issue 23, item 1: escape sequences (OSC title sets, CSI, C1 controls, bidi and direction marks)
 * in documents, front matter, file names and typed arguments never reach what is printed.
 */

/** What must never be printed: ESC, BEL, C1 controls, every bidi and direction mark. */
const FORBIDDEN = /[\u0007\u001b\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The corpus, in every kind of place a string can be. */
const CORPUS = [
  '\u001b]0;PWNED\u0007', // OSC title set, BEL-terminated
  '\u001b]2;PWNED\u001b\\', // OSC title set, ST-terminated
  '\u001b[31m', // CSI colour
  '\u001b[2J', // CSI clear screen
  '\u009b31m', // C1 CSI
  '\u009d0;C1TITLE\u009c', // C1 OSC
  '\u0085', // C1 next line
  '\u202e', // right-to-left override
  '\u200e\u200f\u061c', // direction marks
  '\u2066\u2069', // isolates
];
const HOSTILE = CORPUS.join('');

/** A canonical English declaration with the corpus in its front matter (an unknown tag too) and text. */
function hostileCanonical(edit: string): string {
  return [
    '---',
    'title: "Hostile \\e]0;PWNED\\a declaration \\u202e title"',
    'date: 2021-06-01',
    'place: Testville',
    'lang: en',
    'x: !!foo "\\e]0;PWNED\\a"',
    '---',
    '',
    '# Hostile declaration',
    '',
    `The parties met ${HOSTILE} to test the terminal.`,
    '',
    '## One',
    '',
    `The parties agreed on ${edit} a clause with the Belt and Road ${HOSTILE} initiative.`,
    '',
    `A third clause follows ${HOSTILE} here.`,
    '',
  ].join('\n');
}

/** Raw scraped text with the corpus in its body (in the title it is no longer a declaration). */
const RAW = [
  `Declaration of the hostile summit ${CORPUS[0]}${CORPUS[7]}`,
  '',
  'Testville, 1 June 2021',
  '',
  `The parties met in Testville ${HOSTILE} and declared the following.`,
  '',
  `The member states support the "Hostile ${HOSTILE} Initiative" and the initiative of the Republic of Nowhere ${HOSTILE} on trade.`,
  '',
  `The member states noted ${HOSTILE} the importance of cooperation.`,
  '',
].join('\n');

function expectClean(label: string, text: string): void {
  const found = FORBIDDEN.exec(text);
  expect(found, `${label}: U+${found?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} in ${JSON.stringify(text.slice(Math.max(0, (found?.index ?? 0) - 40), (found?.index ?? 0) + 40))}`).toBeNull();
}

describe('no escape sequence reaches the terminal', () => {
  const store = makeStore();
  const dir = tempDir('clausewise-escapes-');
  const rawName = join(dir, `e${CORPUS[0]}FN${CORPUS[7]}.txt`);
  const cli = (...args: string[]) => runCli(['--store', store.root, ...args], { cwd: dir });

  beforeAll(() => {
    writeFileSync(join(store.root, 'declarations/2021-hostile.md'), hostileCanonical('first'));
    writeFileSync(join(store.root, 'declarations/2022-hostile.md'), hostileCanonical(`second ${HOSTILE}`).replace('2021-06-01', '2022-06-01'));
    git(store.root, 'add', '--', 'declarations');
    git(store.root, 'commit', '--quiet', '-m', 'hostile declarations arrive by git pull');
    writeFileSync(rawName, RAW);
  });

  const COMMANDS: string[][] = [
    ['list'], ['list', '--json'],
    ['show', '2021-hostile', '--outline'], ['show', '2021-hostile', '--json'],
    ['log', '2022-hostile'], ['log', '2022-hostile', '--json'],
    ['diff', '2021-hostile', '2022-hostile'], ['diff', '2021-hostile', '2022-hostile', '--json'],
    ['diff', '2021-hostile', '2022-hostile', '--format', 'markdown'], ['diff', '2021-hostile', '2022-hostile', '--stat'],
    ['diff', '2021-hostile', '2022-hostile', '-U', '3'], ['diff', '2021-hostile', '2022-hostile', '--color=always'],
    ['review', '2021-hostile', '2022-hostile'], ['review'],
    ['timeline'], ['timeline', '--json'],
    ['history', '2022-hostile', '1'], ['history', '2022-hostile', '1', '--json'], ['history', '2022-hostile', `nowhere ${HOSTILE}`],
    ['initiatives', '2021-hostile', '2022-hostile'], ['initiatives', '2021-hostile', '2022-hostile', '--json'],
    ['terms', 'terminal', 'Belt and Road'], ['terms', 'terminal', '--json'], ['terms', '--new', '2022-hostile'], ['terms', '--new', '2022-hostile', '--json'],
    ['completion', 'ids'],
  ];

  it.each(COMMANDS.map((args) => [args.join(' '), args] as const))('%s', async (_label, args) => {
    const result = await cli(...args);
    expect(result.code, result.stderr).toBeLessThanOrEqual(2);
    // Our own colour (SGR) is the one escape allowed, when asked for.
    const stdout = args.includes('--color=always') ? result.stdout.replace(/\u001b\[[0-9;]*m/g, '') : result.stdout;
    expectClean('stdout', stdout);
    expectClean('stderr', result.stderr);
  });

  it('normalise, import and their errors, with a hostile file name', async () => {
    // `normalise` (and with `--explain`, its stdout) into a pipe prints the canonical Markdown as is (on a terminal: below).
    for (const args of [['normalise', rawName, '--explain'], ['normalise', rawName, '--json'], ['normalise', `${rawName}.missing`], ['import', rawName, '--id', '2021-raw'], ['import', rawName, '--id', '2021-raw', '--date', HOSTILE], ['diff', rawName, `${rawName}.missing`]]) {
      const result = await cli(...args);
      if (!args.includes('--explain')) expectClean(`${args[0]} stdout`, result.stdout);
      expectClean(`${args[0]} stderr`, result.stderr);
    }
  });

  it('show and normalise sanitise their Markdown on a terminal (into a file it stays canonical)', async () => {
    for (const args of [['show', '2021-hostile'], ['normalise', rawName]]) {
      const io = bufferIO({ cwd: dir, isTTY: true, columns: 80 });
      expect(await run(['--store', store.root, ...args], io), io.err()).toBe(0);
      expectClean(`${args[0]} stdout`, io.out());
      expectClean(`${args[0]} stderr`, io.err());
    }
  });

  it('the HTML report holds none of them either', async () => {
    const out = join(dir, 'report.html');
    expect((await cli('diff', '2021-hostile', '2022-hostile', '--format', 'html', '-o', out)).code).toBe(0);
    expectClean('html', readFileSync(out, 'utf8'));
  });

  it('--json writes them as \\u escapes, so nothing is lost', async () => {
    const result = await cli('show', '2021-hostile', '--json');
    expect(result.stdout).toMatch(/\\u202e|\\u202E/);
    expect(JSON.parse(result.stdout)).toBeTruthy();
  });

  it('the YAML library warns nothing about an unknown tag (spawned: its warnings go to the process)', () => {
    const result = spawnCli(['--store', store.root, 'show', '2021-hostile', '--outline']);
    expect(result.code, result.stderr).toBe(0);
    expectClean('stderr', result.stderr);
    expect(result.stderr).toBe('');
  });
});
