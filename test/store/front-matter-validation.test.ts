import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOneLineError, runCli, tempDir } from '../support/cli.js';
import { git, makeStore, sampleMarkdown } from './helpers.js';

/** Issue 23, item 4: front matter is validated on read, in canonical files and in the store. */

const BAD: Record<string, [string, string]> = {
  'not a date': ['date: not a date', 'date'],
  'month 13': ['date: 2020-13-45', 'date'],
  'no 29 February': ['date: 2021-02-29', 'date'],
  'not ISO': ['date: 10.11.2020', 'date'],
  'a mapping for a date': ['date: {a: 1}', 'date'],
  'a list for a place': ['place: [a, b]', 'place'],
  'a mapping for a title': ['title: {x: 1}', 'title'],
  'signatories not a list': ['signatories: {a: 1}', 'signatories'],
};

/** The sample declaration with one front-matter line replaced (or added). */
function withLine(line: string): string {
  const key = line.split(':')[0]!;
  const markdown = sampleMarkdown();
  const pattern = new RegExp(`^${key}:.*$`, 'm');
  return pattern.test(markdown) ? markdown.replace(pattern, line) : markdown.replace(/^---\n/, `---\n${line}\n`);
}

describe('front matter is validated on read', () => {
  it.each(Object.entries(BAD))('a canonical file: %s', async (_name, [line, field]) => {
    const file = join(tempDir(), 'bad.md');
    writeFileSync(file, withLine(line));
    for (const args of [['show', file], ['diff', file, file, '--json']]) {
      const result = await runCli(args);
      expect(result.code, result.stdout).toBe(2);
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
      expect(result.stderr).toContain('bad.md');
      expect(result.stderr).toContain(`'${field}'`);
    }
  });

  it('a store file (as after a git pull)', async () => {
    const store = makeStore();
    writeFileSync(join(store.root, 'declarations/2021-bad.md'), withLine('date: 2021-02-29'));
    git(store.root, 'add', '--', 'declarations');
    git(store.root, 'commit', '--quiet', '-m', 'bad date arrives');
    const result = await runCli(['--store', store.root, 'show', '2021-bad']);
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    expect(result.stderr).toContain('2021-bad');
    expect(result.stderr).toContain("'date'");
  });

  it('a store file is skipped by the commands over the whole store, each saying so in one line naming it and the field', async () => {
    const store = makeStore();
    writeFileSync(join(store.root, 'declarations/2021-bad.md'), withLine('date: 2021-02-29'));
    git(store.root, 'add', '--', 'declarations');
    git(store.root, 'commit', '--quiet', '-m', 'bad date arrives');
    const timeline = await runCli(['--store', store.root, 'timeline']);
    expect(timeline.stderr.split('\n')[0]).toMatch(/^clausewise: skipped 2021-bad: .*'date'/);
    // list shows it, in its row.
    const list = await runCli(['--store', store.root, 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^2021-bad .*\(unreadable: .*'date'.*\)$/m);
  });

  it('a valid date and texts are read as before', async () => {
    const file = join(tempDir(), 'good.md');
    writeFileSync(file, withLine('date: 2020-02-29'));
    const result = await runCli(['show', file, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).meta.date).toBe('2020-02-29');
  });
});
