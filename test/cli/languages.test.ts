import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryResult } from '../../src/timeline/history.js';
import type { TimelineResult } from '../../src/timeline/timeline.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration, DiffResult } from '../../src/types.js';
import { makeStore } from '../store/helpers.js';
import { isOneLineError, ROOT, runCli, tempDir } from '../support/cli.js';

/*
 * A store of one summit series in three languages: the bundled Chinese seed, its Taiwan-style
 * Traditional rendering (OpenCC s→tw), and SYNTHETIC English and Russian declarations invented
 * for these tests (about orchards, seed libraries and village bakers; not real declarations).
 */

const SYNTHETIC = 'invented for the language tests; not a real declaration';

function synthetic(lang: string | undefined, date: string, title: string, preamble: string, clauses: string[]): Declaration {
  return {
    meta: { title, date, place: 'Testland', ...(lang ? { lang } : {}), synthetic: SYNTHETIC, signatories: [], extra: {} },
    preamble: [preamble],
    sections: [{ heading: lang === 'en' ? 'Orchards and bread' : 'Сады и хлеб', depth: 2, clauses, children: [] }],
  };
}

const EN_2020 = synthetic('en', '2020-06-01', 'Declaration of the Testland Summit', 'The heads of the member states of the test organisation met in Testland and declare the following.', [
  'The member states agree to plant more orchards along the river valleys.',
  'The member states welcome the opening of a shared seed library in the capital.',
  'The member states will hold a fair for village bakers every spring.',
]);
const EN_2021 = synthetic('en', '2021-06-01', 'Declaration of the Second Testland Summit', 'The heads of the member states of the test organisation met again in Testland and declare the following.', [
  'The member states agree to plant more orchards along the river valleys.',
  'The member states welcome the opening of a shared seed library in every province.',
  'The member states will hold a fair for village bakers every spring.',
  'The member states invite beekeepers to join the orchard programme.',
]);
const RU_2020 = synthetic('ru', '2020-06-02', 'Декларация Тестового саммита', 'Главы государств-членов тестовой организации встретились в Тестограде и заявляют следующее.', [
  'Государства-члены договорились сажать больше садов в речных долинах.',
  'Государства-члены приветствуют открытие общей библиотеки семян в столице.',
]);
/** Without `lang`: its language is detected from its text. */
const RU_2021 = synthetic(undefined, '2021-06-02', 'Декларация второго Тестового саммита', 'Главы государств-членов тестовой организации вновь встретились в Тестограде и заявляют следующее.', [
  'Государства-члены договорились сажать больше садов в речных долинах.',
  'Государства-члены приветствуют открытие общей библиотеки семян в каждой провинции.',
]);

const store = makeStore();
const cli = (...args: string[]) => runCli(['--store', store.root, ...args]);
const files = tempDir('clausewise-languages-');
const write = (name: string, text: string) => {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(async () => {
  const moscow = readFileSync(join(ROOT, 'declarations/2020-moscow.md'), 'utf8');
  const taiwan = OpenCC.Converter({ from: 'cn', to: 'tw' })(moscow).replace('lang: zh-Hans', 'lang: zh-Hant');
  const inputs: Array<[string, string]> = [
    ['2020-moscow', write('2020-moscow.md', moscow)],
    ['2020-moscow-tw', write('2020-moscow-tw.md', taiwan)],
    ['2020-testland-en', write('en-2020.md', toMarkdown(EN_2020))],
    ['2021-testland-en', write('en-2021.md', toMarkdown(EN_2021))],
    ['2020-testland-ru', write('ru-2020.md', toMarkdown(RU_2020))],
    ['2021-testland-ru', write('ru-2021.md', toMarkdown(RU_2021))],
  ];
  for (const [id, path] of inputs) expect((await cli('import', path, '--id', id)).code).toBe(0);
}, 60_000);

describe('one language per comparison: diff, review, initiatives', () => {
  it('diff refuses declarations in different languages in one line naming both', async () => {
    const result = await cli('diff', '2020-testland-en', '2020-moscow');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'clausewise: cannot compare a declaration in English (2020-testland-en) with one in Chinese (2020-moscow): pass --any-language to compare them anyway\n',
    });
  });

  it('detects the language of a declaration without `lang` from its text, and names file paths as given', async () => {
    const english = write('english.md', toMarkdown(EN_2021));
    const result = await cli('diff', '2021-testland-ru', english, '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`clausewise: cannot compare a declaration in Russian (2021-testland-ru) with one in English (${english}): pass --any-language to compare them anyway\n`);
  });

  it('compares them anyway with --any-language', async () => {
    const result = await cli('diff', '2020-testland-en', '2020-testland-ru', '--json', '--any-language');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as DiffResult).summary.matched).toBe(0);
  });

  it('compares Simplified and Traditional Chinese as one language, script-blind: nothing reworded', async () => {
    const result = await cli('diff', '2020-moscow', '2020-moscow-tw', '--json');
    expect(result.code).toBe(0);
    const { summary } = JSON.parse(result.stdout) as DiffResult;
    expect(summary).toMatchObject({ added: 0, removed: 0, reworded: 0, moved: 0 });
    expect(summary.matched).toBeGreaterThan(100);
  });

  it('review refuses them too (here without a terminal, where it prints the text report)', async () => {
    const refused = await cli('review', '2020-moscow', '2020-testland-ru');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('clausewise: cannot compare a declaration in Chinese (2020-moscow) with one in Russian (2020-testland-ru): pass --any-language to compare them anyway\n');
    expect((await cli('review', '2020-moscow', '2020-testland-ru', '--any-language')).code).toBe(0);
    expect((await cli('review', '2020-testland-en', '2021-testland-en')).code).toBe(0);
  });

  it('initiatives refuses them, unless --any-language', async () => {
    const refused = await cli('initiatives', '2020-testland-en', '2021-testland-ru');
    expect(refused.code).toBe(2);
    expect(isOneLineError(refused.stderr)).toBe(true);
    expect(refused.stderr).toContain('in English (2020-testland-en) with one in Russian (2021-testland-ru)');
    expect((await cli('initiatives', '2020-testland-en', '2021-testland-ru', '--any-language')).code).toBe(0);
    expect((await cli('initiatives', '2020-testland-en', '2021-testland-en')).code).toBe(0);
  });
});

describe('timeline: one chain per language', () => {
  it('compares each declaration with the previous one of its language (JSON: language per summit, one entry per language)', async () => {
    const result = await cli('timeline', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const timeline = JSON.parse(result.stdout) as TimelineResult;
    expect(Object.keys(timeline)).toEqual(['schema', 'summits', 'latest', 'languages', 'undated']);
    expect(timeline.summits.map((s) => [s.id, s.language, s.counts && [s.counts.unchanged, s.counts.reworded, s.counts.new, s.counts.dropped]])).toEqual([
      ['2020-testland-en', 'en', null],
      ['2021-testland-en', 'en', [2, 2, 1, 0]],
      ['2020-testland-ru', 'ru', null],
      ['2021-testland-ru', 'ru', [1, 2, 0, 0]],
      ['2020-moscow', 'zh', null],
      ['2020-moscow-tw', 'zh', [123, 0, 0, 0]],
    ]);
    expect(timeline.languages.map((l) => [l.language, l.name, l.summits, l.latest?.id])).toEqual([
      ['en', 'English', ['2020-testland-en', '2021-testland-en'], '2021-testland-en'],
      ['ru', 'Russian', ['2020-testland-ru', '2021-testland-ru'], '2021-testland-ru'],
      ['zh', 'Chinese', ['2020-moscow', '2020-moscow-tw'], '2020-moscow-tw'],
    ]);
    // The chains come in the order of their first summits; the first one's latest declaration stays where it always was.
    expect(timeline.latest).toEqual(timeline.languages[0]!.latest);
    expect(timeline.languages[0]!.latest!.clauses.map((c) => c.firstAppeared)).toEqual(['2020-testland-en', '2020-testland-en', '2020-testland-en', '2020-testland-en', '2021-testland-en']);
  });

  it('prints a heading per language in the text view', async () => {
    const { code, stdout } = await cli('timeline');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^6 declarations in 3 languages: English 2, Russian 2, Chinese 2\n/);
    const headings = stdout.split('\n').filter((line) => /^(Chinese|English|Russian)$/.test(line));
    expect(headings).toEqual(['English', 'Russian', 'Chinese']);
    expect(stdout.indexOf('2021-testland-en')).toBeGreaterThan(stdout.indexOf('\nEnglish\n'));
    expect(stdout.indexOf('2021-testland-en')).toBeLessThan(stdout.indexOf('\nRussian\n'));
  });

  it('keeps the view of one language as it was, without a heading', async () => {
    const { stdout } = await cli('timeline', '2020-testland-en', '2021-testland-en');
    expect(stdout).toMatch(/^Timeline of 2 declarations {2}2020-06-01 → 2021-06-01\n/);
  });
});

describe('history: through declarations of its language only', () => {
  it('follows the clause through the earlier declarations of its language and says which it skipped', async () => {
    const result = await cli('history', '2021-testland-ru', '2', '--json');
    expect(result.code).toBe(0);
    const history = JSON.parse(result.stdout) as HistoryResult;
    expect(history.versions.map((v) => v.id)).toEqual(['2020-testland-ru', '2021-testland-ru']);
    expect(history.language).toBe('ru');
    // Every store declaration dated before the target, in date order.
    expect(history.otherLanguages).toEqual([
      { id: '2020-testland-en', language: 'en' },
      { id: '2020-moscow', language: 'zh' },
      { id: '2020-moscow-tw', language: 'zh' },
      { id: '2021-testland-en', language: 'en' },
    ]);
    expect(history.absent).toEqual([]);
    const text = await cli('history', '2021-testland-ru', '2');
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('skipped as in other languages: 2020-testland-en (English), 2020-moscow (Chinese), 2020-moscow-tw (Chinese), 2021-testland-en (English)');
  });

  it('skips earlier declarations given in another language too', async () => {
    const result = await cli('history', '2021-testland-en', '2', '2020-testland-ru', '2020-testland-en', '--json');
    const history = JSON.parse(result.stdout) as HistoryResult;
    expect(history.versions.map((v) => v.id)).toEqual(['2020-testland-en', '2021-testland-en']);
    expect(history.otherLanguages).toEqual([{ id: '2020-testland-ru', language: 'ru' }]);
    expect(history.absent).toEqual([]);
  });
});
