import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeStore } from '../store/helpers.js';
import { isOneLineError, ROOT, runCli, SEED, spawnCli, tempDir } from '../support/cli.js';

/**
 * `import`'s metadata flags and refusals, against a real git store in a temp folder. Every page
 * here is SYNTHETIC, written for these tests in the shapes real declarations use.
 */

const dir = tempDir('clausewise-import-meta-');
let counter = 0;
/** Write a page to a fresh file and return its path. */
function page(lines: readonly string[], name = `page-${(counter += 1)}.txt`): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n\n')}\n`);
  return path;
}

/** The store's state: commit count and status, to check that a refusal committed nothing. */
function state(root: string): string {
  return `${git(root, 'rev-list', '--count', 'HEAD')} ${git(root, 'status', '--porcelain')} ${git(root, 'ls-files')}`;
}

const CLAUSES = ['成员国指出，示例合作取得积极进展。', '成员国强调，愿继续加强示例领域合作。'];
const FORMULA = '示例组织成员国领导人于2031年6月1日在天津举行元首理事会会议，并发表宣言如下：';

async function refused(root: string, args: readonly string[], message: RegExp | string) {
  const before = state(root);
  const result = await runCli(['--store', root, ...args]);
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(isOneLineError(result.stderr), result.stderr).toBe(true);
  if (typeof message === 'string') expect(result.stderr).toBe(`clausewise: ${message}\n`);
  else expect(result.stderr).toMatch(message);
  expect(state(root)).toBe(before);
  return result.stderr;
}

describe('not a declaration', () => {
  const store = makeStore();

  it('refuses JSON, code and a README in one line, committing nothing (today they became undated-declaration, undated-moscow)', async () => {
    const json = join(dir, 'package.json');
    writeFileSync(json, readFileSync(join(ROOT, 'package.json')));
    await refused(store.root, ['import', json], `${json}: not a declaration: no date, no title naming a declaration, no opening formula`);
    await refused(store.root, ['import', join(ROOT, 'README.md')], /: not a declaration: no date, no title naming a declaration, no opening formula\n$/);
    const code = join(dir, 'run.ts');
    writeFileSync(code, readFileSync(join(ROOT, 'src/cli/run.ts')));
    await refused(store.root, ['import', code], /not a declaration/);
  });

  it('normalise says the same on stderr, with exit status 2 and nothing on stdout', async () => {
    const result = await runCli(['normalise', 'package.json']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'clausewise: package.json: not a declaration: no date, no title naming a declaration, no opening formula\n' });
  });

  it('refuses a commentary on a declaration: its headline names one, but it is not one (it was imported as 2020-moscow)', async () => {
    // SYNTHETIC page of a comment site: headline, time stamp, the commentator's paragraphs, no formula.
    for (const headline of ['示例时评：读懂上海合作组织成员国元首理事会示例宣言', '解读｜示例组织成员国元首理事会天津宣言', 'Commentary: what the Example Declaration means', 'Комментарий: о чём говорит примерная декларация']) {
      const input = page(['示例评论网 > 观点 > 正文', headline, '2031-06-02 08:00 来源：示例评论网', '第一段评论：本组织成员国在峰会上就多边主义交换了意见。', '第二段评论：示例观点。']);
      await refused(store.root, ['import', input], new RegExp(`not a declaration: no date in the text \\(only the page's time stamp\\), no title naming a declaration \\(a commentary on one\\), no opening formula\\n$`));
    }
  });

  it('takes a page with only a date, or a title naming a statement, or an opening formula, as a declaration', async () => {
    const noPlace = await runCli(['--store', store.root, 'import', page(['Example Statement on Testing', 'The Member States noted an example.'])]);
    expect(noPlace.stderr).toMatch(/no date and place found; give them with --date YYYY-MM-DD --place NAME\n$/);
    const formula = await runCli(['--store', store.root, 'import', page([FORMULA, ...CLAUSES])]);
    expect(formula.stderr).toMatch(/no title found; give it with --title TITLE\n$/);
  });
});

describe('import needs what is missing', () => {
  const store = makeStore();

  it('refuses a page without date and place, naming the flags, and imports it with them', async () => {
    const input = page(['示例组织成员国元首理事会宣言', ...CLAUSES]);
    await refused(store.root, ['import', input], `${input}: no date and place found; give them with --date YYYY-MM-DD --place NAME`);
    await refused(store.root, ['import', input, '--date', '2031-06-01'], `${input}: no place found; give it with --place NAME`);
    const imported = await runCli(['--store', store.root, 'import', input, '--date', '2031-06-01', '--place', '天津']);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/^2031-tianjin: imported to declarations\/2031-tianjin\.md/);
    const file = readFileSync(join(store.root, 'declarations/2031-tianjin.md'), 'utf8');
    expect(file).toMatch(/^---\ntitle: 示例组织成员国元首理事会宣言\ndate: 2031-06-01\nplace: 天津\nlang: zh-Hans\n/);
  });

  it('refuses a page without a title and imports it with --title; date and place come from the formula', async () => {
    const input = page([FORMULA, ...CLAUSES]);
    await refused(store.root, ['import', input], `${input}: no title found; give it with --title TITLE`);
    const imported = await runCli(['--store', store.root, 'import', input, '--title', '示例组织成员国元首理事会天津宣言', '--id', 'untitled']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(join(store.root, 'declarations/untitled.md'), 'utf8')).toMatch(/^---\ntitle: 示例组织成员国元首理事会天津宣言\ndate: 2031-06-01\nplace: 天津\n/);
  });

  it('says so when the date it records is only the page\'s time stamp (as normalise --explain does), and not when --date gives it', async () => {
    // SYNTHETIC page: a time stamp, a title naming the city, no date in the text.
    const input = page(['2031-06-02 08:15', '示例组织成员国元首理事会天津宣言', ...CLAUSES]);
    const imported = await runCli(['--store', store.root, 'import', input, '--id', 'stamped']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^stamped: imported to declarations\/stamped\.md/);
    expect(imported.stderr).toBe(`clausewise: ${input}: the date 2031-06-02 is the page's time stamp (no date in the text): check it, or give --date\n`);
    const given = await runCli(['--store', store.root, 'import', input, '--id', 'stamped', '--date', '2031-06-01', '--force']);
    // No time-stamp warning; the correction says what it changed.
    expect(given).toMatchObject({ code: 0, stderr: 'clausewise: stamped: the date changes from 2031-06-02 to 2031-06-01\n' });
  });

  it('romanises a place the gazetteer lacks', async () => {
    const input = page(['示例组织成员国元首理事会宣言', ...CLAUSES]);
    const imported = await runCli(['--store', store.root, 'import', input, '--date', '2032-06-01', '--place', '呼和浩特']);
    expect(imported.stdout).toMatch(/^2032-huhehaote: imported/);
  });

  it('romanises through the built CLI too, which requires pinyin-pro and iuliia from node_modules', () => {
    const input = page(['示例组织成员国元首理事会宣言', ...CLAUSES]);
    const chinese = spawnCli(['--store', store.root, 'import', input, '--date', '2033-06-01', '--place', '乌鲁木齐']);
    expect(chinese.stdout, chinese.stderr).toMatch(/^2033-wulumuqi: imported/);
    const russian = spawnCli(['--store', store.root, 'import', input, '--date', '2033-06-01', '--place', 'Новосибирск', '--lang', 'ru']);
    expect(russian.stdout, russian.stderr).toMatch(/^2033-novosibirsk-ru: imported/);
  });

  it('lets the flags override what was found, the language included', async () => {
    const imported = await runCli(['--store', store.root, 'import', SEED, '--title', 'Example override', '--date', '2020-11-11', '--place', 'Moscow', '--lang', 'en']);
    expect(imported.stdout).toMatch(/^2020-moscow-en: imported/);
    expect(readFileSync(join(store.root, 'declarations/2020-moscow-en.md'), 'utf8')).toMatch(/^---\ntitle: Example override\ndate: 2020-11-11\nplace: Moscow\nlang: en\n/);
  });

  it.each([
    [['--date', '2031-02-30'], "invalid --date '2031-02-30': give a real calendar date as YYYY-MM-DD"],
    [['--date', '31-06-01'], "invalid --date '31-06-01': give a real calendar date as YYYY-MM-DD"],
    [['--date', '2031-6-1'], "invalid --date '2031-6-1': give a real calendar date as YYYY-MM-DD"],
    [['--lang', 'fr'], "invalid --lang 'fr': use one of zh-Hans, zh-Hant, en, ru"],
    [['--title', '  '], '--title needs a one-line, non-empty text'],
    [['--place', ''], '--place needs a one-line, non-empty text'],
  ])('refuses bad flags %j', async (flags, message) => {
    await refused(store.root, ['import', SEED, ...flags], message);
  });
});

describe('ids never collide across summits or languages', () => {
  const store = makeStore();
  const cli = (...args: string[]) => runCli(['--store', store.root, ...args]);
  const english = page([
    'Moscow Declaration of the Example Council',
    'The leaders of the member states, following the meeting of the Council of Heads of State in Moscow on 10 November 2020, declare the following.',
    'The Member States noted an example.',
  ]);
  const russian = page([
    'Московская декларация примерного совета',
    'Руководители государств-членов по итогам заседания Совета глав государств в Москве 10 ноября 2020 года заявляют о следующем.',
    'Государства-члены отмечают пример.',
  ]);

  it('gives the English and Russian versions of a summit their own ids', async () => {
    expect((await cli('import', SEED)).stdout).toMatch(/^2020-moscow: imported/);
    expect((await cli('import', english)).stdout).toMatch(/^2020-moscow-en: imported/);
    expect((await cli('import', russian)).stdout).toMatch(/^2020-moscow-ru: imported/);
  });

  it('gives two summit cities of one year two ids', async () => {
    const tianjin = page(['示例组织成员国元首理事会天津宣言', FORMULA, ...CLAUSES]);
    const minsk = page(['示例组织成员国元首理事会明斯克宣言', FORMULA.replace('天津', '明斯克'), ...CLAUSES]);
    expect((await cli('import', tianjin)).stdout).toMatch(/^2031-tianjin: imported/);
    expect((await cli('import', minsk)).stdout).toMatch(/^2031-minsk: imported/);
  });

  it('on a collision with another language or summit, names the declaration that holds the id and suggests --id, not --force', async () => {
    const language = await refused(store.root, ['import', english, '--id', '2020-moscow'],
      "2020-moscow holds another declaration: 上海合作组织成员国元首理事会莫斯科宣言 (2020-11-10, zh-Hans); this one has another language (en): give it its own id with --id");
    expect(language).not.toContain('--force');
    const otherSummit = page(['示例组织成员国元首理事会莫斯科宣言', FORMULA.replace('2031年6月1日在天津', '2021年6月1日在莫斯科'), ...CLAUSES]);
    await refused(store.root, ['import', otherSummit, '--id', '2020-moscow'],
      '2020-moscow holds another declaration: 上海合作组织成员国元首理事会莫斯科宣言 (2020-11-10, zh-Hans); this one has another date (2021-06-01): give it its own id with --id');
  });

  it('keeps Simplified and Traditional under one id, so the Traditional text collides and is told to take --id', async () => {
    const traditional = join(ROOT, 'fixtures/renderings/2020-moscow.traditional.txt');
    const stderr = await refused(store.root, ['import', traditional], /^clausewise: 2020-moscow holds another declaration: .*\(2020-11-10, zh-Hans\); this one has another language \(zh-Hant\): give it its own id with --id\n$/);
    expect(stderr).not.toContain('--force');
    expect((await cli('import', traditional, '--id', '2020-moscow-hant')).code).toBe(0);
  });

  it('refuses --force that would replace the declaration with another language, another document or another summit', async () => {
    // It replaced the Chinese 2020-moscow with the English text, exit 0 (a user trial).
    await refused(store.root, ['import', english, '--id', '2020-moscow', '--force'],
      '2020-moscow holds another declaration: 上海合作组织成员国元首理事会莫斯科宣言 (2020-11-10, zh-Hans); this one has another language (en): --force corrects a declaration, it does not replace it with another: give this one its own id with --id');
    const otherSummit = page(['示例组织成员国元首理事会天津宣言', FORMULA.replace('2031年6月1日在天津', '2026年6月1日在天津'), ...CLAUSES]);
    await refused(store.root, ['import', otherSummit, '--id', '2020-moscow', '--force'],
      /^clausewise: 2020-moscow holds another declaration: .*; this one has another date \(2026-06-01\), another place \(天津\): --force corrects a declaration, it does not replace it with another: give this one its own id with --id\n$/);
  });

  it('lets --force correct the date or the place alone, and says what changed', async () => {
    const redated = page(['示例组织成员国元首理事会明斯克宣言', FORMULA.replace('2031年6月1日在天津', '2031年6月2日在明斯克'), ...CLAUSES]);
    const result = await cli('import', redated, '--id', '2031-minsk', '--force');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^2031-minsk: corrected in/);
    expect(result.stderr).toBe('clausewise: 2031-minsk: the date changes from 2031-06-01 to 2031-06-02\n');
  });

  it('suggests --force only for the same summit in the same language', async () => {
    const edited = join(dir, 'seed-edited.txt');
    writeFileSync(edited, readFileSync(SEED, 'utf8').replace('成员国重申，坚定支持联合国', '成员国再次重申，坚定支持联合国'));
    await refused(store.root, ['import', edited], '2020-moscow already exists in the store with different content; use --force to record a correction');
    expect((await cli('import', edited, '--force')).stdout).toMatch(/^2020-moscow: corrected in/);
  });
});
