import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryResult } from '../../src/timeline/history.js';
import type { InitiativesResult } from '../../src/timeline/initiatives.js';
import type { TimelineResult } from '../../src/timeline/timeline.js';
import { isOneLineError, runCli, tempDir } from '../support/cli.js';
import { MARKS } from './make-summits.js';
import { SUMMIT_IDS, summitPath } from './summit-fixtures.js';

const files = SUMMIT_IDS.map((id) => `fixtures/summits/${id}.md`);
let store = '';

beforeAll(() => {
  // A real git work tree with declarations/ holding the summits, copied in an order unrelated to their dates.
  store = tempDir('clausewise-timeline-');
  execFileSync('git', ['init', '-q', '-b', 'main', store]);
  mkdirSync(join(store, 'declarations'));
  for (const id of [...SUMMIT_IDS].reverse()) copyFileSync(summitPath(id), join(store, 'declarations', `${id}.md`));
});

describe('clausewise timeline', () => {
  it('reads every declaration of the store in date order', async () => {
    const { code, stdout, stderr } = await runCli(['--store', store, 'timeline', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as TimelineResult;
    // The JSON shape is a public interface: pin the keys.
    expect(Object.keys(result)).toEqual(['schema', 'summits', 'latest', 'languages', 'undated']); // languages: added with one chain per language; undated with the undated listed apart
    expect(result.schema).toBe('clausewise/timeline@1');
    expect(Object.keys(result.summits[0]!)).toEqual(['id', 'title', 'date', 'synthetic', 'clauses', 'counts', 'language', 'lang', 'previous']);
    expect(Object.keys(result.languages[0]!)).toEqual(['language', 'name', 'summits', 'latest']);
    expect(Object.keys(result.summits[1]!.counts!)).toEqual(['unchanged', 'reworded', 'new', 'dropped', 'split', 'merged', 'moved']);
    expect(Object.keys(result.latest!)).toEqual(['id', 'clauses']);
    expect(Object.keys(result.latest!.clauses[0]!)).toEqual(['number', 'section', 'text', 'firstAppeared', 'lastChanged']);
    expect(result.summits.map((s) => [s.id, s.counts?.new ?? null, s.counts?.dropped ?? null])).toEqual([
      ['2020-seed', null, null],
      ['2021-synthetic-a', 1, 1],
      ['2022-synthetic-b', 1, 2],
      ['2023-synthetic-c', 1, 1],
    ]);
  });

  it('takes file paths and prints the text view', async () => {
    const { code, stdout } = await runCli(['timeline', files[2]!, files[0]!]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Timeline of 2 declarations {2}2020-11-10 → 2022-09-16\n/);
    expect(stdout).toContain('fixtures/summits/2022-synthetic-b.md');
    expect(stdout).not.toContain('\u001b');
  });

  it('refuses a declaration given twice in one line (it was counted twice: 123 + 123 first appearances)', async () => {
    const id = SUMMIT_IDS[0]!;
    const result = await runCli(['--store', store, 'timeline', id, SUMMIT_IDS[1]!, id]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`clausewise: ${id} is given twice; give each declaration once\n`);
    // Two versions of one declaration are two declarations.
    expect((await runCli(['--store', store, 'timeline', files[0]!, `./${files[0]!}`])).code).toBe(2);
  });

  it('fails with one line when the store is empty', async () => {
    const empty = tempDir('clausewise-empty-');
    execFileSync('git', ['init', '-q', empty]);
    mkdirSync(join(empty, 'declarations'));
    const { code, stdout, stderr } = await runCli(['--store', empty, 'timeline']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(isOneLineError(stderr)).toBe(true);
  });
});

describe('clausewise history', () => {
  it('traces a clause of a store declaration through the earlier ones', async () => {
    const { code, stdout } = await runCli(['--store', store, 'history', '2023-synthetic-c', MARKS.H, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as HistoryResult;
    expect(Object.keys(result)).toEqual(['schema', 'target', 'clause', 'versions', 'absent', 'language', 'otherLanguages', 'undated']); // language and otherLanguages added with one language per history, undated with the undated listed apart
    expect(Object.keys(result.versions[1]!)).toEqual(['id', 'title', 'date', 'clauses', 'section', 'text', 'steps']);
    expect(Object.keys(result.versions[1]!.steps[0]!)).toEqual(['kind', 'from', 'to', 'fromText', 'toText', 'moved', 'reworded', 'similarity', 'edits']);
    expect(result.versions.map((v) => v.id)).toEqual([...SUMMIT_IDS]);
    expect(result.clause).toMatchObject({ number: 47, query: MARKS.H });
  });

  it('only looks at store declarations dated before the target', async () => {
    const { stdout } = await runCli(['--store', store, 'history', '2022-synthetic-b', '47', '--json']);
    expect((JSON.parse(stdout) as HistoryResult).versions.map((v) => v.id)).toEqual(['2020-seed', '2021-synthetic-a', '2022-synthetic-b']);
  });

  it('takes earlier declarations as arguments and highlights the changes', async () => {
    const { code, stdout } = await runCli(['history', files[3]!, 'a47', files[1]!, files[0]!]);
    expect(code).toBe(0);
    expect(stdout).toContain('History of clause 47 of fixtures/summits/2023-synthetic-c.md');
    expect(stdout).toContain('{+一致+}');
    expect(stdout.indexOf('2020-seed.md')).toBeLessThan(stdout.indexOf('2021-synthetic-a.md  clause'));
  });

  it('fails with one line on a clause that does not exist', async () => {
    for (const clause of ['999', '不存在的合成文字']) {
      const { code, stdout, stderr } = await runCli(['history', files[3]!, clause, files[0]!]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(isOneLineError(stderr)).toBe(true);
    }
  });

  it('documents the design in --help', async () => {
    const { stdout: raw } = await runCli(['history', '--help']);
    const stdout = raw.replace(/\s+/g, ' ');
    expect(stdout).toContain('Usage: clausewise history [options] <ID> <clause> [EARLIER...]');
    expect(stdout).toContain('the first hit is shown and the others listed');
    expect(stdout).toContain('clause number in ID (12, a12 or b12 all mean its 12th clause), or a search string');
    expect(stdout).toContain('default: every store declaration dated before ID');
  });
});

describe('clausewise initiatives', () => {
  it('prints what is new and gone as JSON', async () => {
    const { code, stdout } = await runCli(['initiatives', files[1]!, files[2]!, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as InitiativesResult;
    expect(result.schema).toBe('clausewise/initiatives@1');
    expect(Object.keys(result)).toEqual(['schema', 'from', 'to', 'initiatives', 'instruments', 'countries', 'organisations']);
    expect(Object.keys(result.initiatives)).toEqual(['added', 'removed', 'kept']);
    expect(Object.keys(result.initiatives.kept[0]!)).toEqual(['from', 'to', 'reworded']);
    expect(Object.keys(result.initiatives.kept[0]!.to)).toEqual(['proposer', 'proposerWritten', 'gist', 'clause', 'sentence', 'key']);
    expect(Object.keys(result.instruments.kept[0]!)).toEqual(['title', 'form', 'mentions']);
    expect(Object.keys(result.countries.kept[0]!)).toEqual(['kind', 'name', 'english', 'mentions', 'guessed']);
    expect(result.initiatives.added).toEqual([]);
    expect(result.initiatives.removed).toEqual([]);
    expect(result.initiatives.kept).toHaveLength(29);
  });

  it('prints the text view for store ids', async () => {
    const { code, stdout } = await runCli(['--store', store, 'initiatives', '2020-seed', '2021-synthetic-a']);
    expect(code).toBe(0);
    expect(stdout).toContain('  + 塔吉克斯坦共和国: 建立上合组织成员国合成测试协调机制');
  });
});
