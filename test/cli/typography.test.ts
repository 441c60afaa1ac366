/**
 * English and Russian declarations whose sources differ in typography only (apostrophes, quotes,
 * dashes, the spaced compound dash, ё): `diff` in every format, `history`, `timeline` and `terms`
 * see no rewording there, and the reports show the text as written. Every sentence is synthetic.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TermsResult } from '../../src/terms/index.js';
import type { HistoryResult } from '../../src/timeline/history.js';
import type { TimelineResult } from '../../src/timeline/timeline.js';
import type { DiffResult } from '../../src/types.js';
import { runCli, tempDir } from '../support/cli.js';

const EN_OLD = [
  'The member states of the test council met in Testville and state the following.',
  'The member states\' ministers agreed to hold a "green corridor" forum - every second year.',
  'The council welcomed the partners\' proposal on a long-term plan for river transport.',
  'The parties noted the 2031-2035 programme on rural roads and bridges.',
  'The partners\' experts will report on the \'open skies\' pilot by 1 May.',
];
const EN_NEW = [
  'The member states of the test council met in Testville and state the following.',
  'The member states’ ministers agreed to hold a “green corridor” forum — every second year.',
  'The council welcomed the partnersʼ proposal on a long‑term plan for river transport.',
  'The parties noted the 2031–2035 programme on rural roads and bridges.',
  'The partners’ experts will report on the ‘open skies’ pilot by 1 June.',
];
const RU_OLD = [
  'Государства-члены тестового совета встретились в Тестограде и заявляют следующее.',
  'Государства-члены совета еще раз подтвердили приверженность "зеленому коридору".',
  'Совет приветствовал предложение государств-членов о долгосрочном плане речных перевозок.',
  'Стороны отметили программу на 2031-2035 годы по сельским дорогам и мостам.',
  'Каждая сторона представит отчет о "пилотном проекте" до 1 мая.',
];
const RU_NEW = [
  'Государства-члены тестового совета встретились в Тестограде и заявляют следующее.',
  'Государства — члены совета ещё раз подтвердили приверженность «зелёному коридору».',
  'Совет приветствовал предложение государств – членов о долгосрочном плане речных перевозок.',
  'Стороны отметили программу на 2031—2035 годы по сельским дорогам и мостам.',
  'Каждая сторона представит отчёт о «пилотном проекте» до 1 июня.',
];

function markdown(lang: string, date: string, title: string, section: string, clauses: readonly string[]): string {
  const [preamble, ...rest] = clauses;
  return `---\ntitle: ${title}\ndate: ${date}\nplace: Testville\nlang: ${lang}\n---\n\n# ${title}\n\n${preamble}\n\n## ${section}\n\n${rest.join('\n\n')}\n`;
}

let store = '';
const file = (id: string) => join(store, 'declarations', `${id}.md`);
const cli = (...args: string[]) => runCli(['--store', store, ...args]);

beforeAll(() => {
  store = tempDir('clausewise-typography-');
  execFileSync('git', ['init', '-q', '-b', 'main', store]);
  mkdirSync(join(store, 'declarations'));
  writeFileSync(file('2031-test-en'), markdown('en', '2031-05-05', 'Synthetic Declaration of the Test Council', 'Cooperation', EN_OLD));
  writeFileSync(file('2032-test-en'), markdown('en', '2032-05-05', 'Synthetic Declaration of the Test Council', 'Cooperation', EN_NEW));
  writeFileSync(file('2031-test-ru'), markdown('ru', '2031-05-05', 'Синтетическая декларация тестового совета', 'Сотрудничество', RU_OLD));
  writeFileSync(file('2032-test-ru'), markdown('ru', '2032-05-05', 'Синтетическая декларация тестового совета', 'Сотрудничество', RU_NEW));
});

describe.each([
  ['en', 'The partners’ experts will report on the ‘open skies’ pilot by 1 ', 'May', 'June'],
  ['ru', 'Каждая сторона представит отчёт о «пилотном проекте» до 1 ', 'мая', 'июня'],
])('diff of two %s declarations that differ in typography and one word', (lang, written, deleted, inserted) => {
  const args = () => [file(`2031-test-${lang}`), file(`2032-test-${lang}`)];

  it('--json: only the clause with the new word is reworded, its edits hold only that word', async () => {
    const { code, stdout } = await cli('diff', '--json', ...args());
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as DiffResult;
    expect(result.summary).toEqual({ matched: 5, added: 0, removed: 0, split: 0, merged: 0, moved: 0, reworded: 1 });
    expect(result.changes.map((c) => [c.reworded, c.similarity === 1])).toEqual([[false, true], [false, true], [false, true], [false, true], [true, false]]);
    expect(result.changes[4]!.edits!.filter((e) => e.op !== 'equal')).toEqual([{ op: 'delete', text: deleted }, { op: 'insert', text: inserted }]);
  });

  it('text: one reworded clause, shown as written, marked only at the word', async () => {
    const { code, stdout } = await cli('diff', '--no-color', ...args());
    expect(code).toBe(0);
    expect(stdout).toContain('5 matched, 1 reworded');
    expect(stdout).toContain(`${written}[-${deleted}-]{+${inserted}+}.`);
    expect(stdout.match(/\[-|\{\+/g)).toHaveLength(2);
  });

  it('markdown: the same', async () => {
    const { code, stdout } = await cli('diff', '--format', 'markdown', ...args());
    expect(code).toBe(0);
    expect(stdout).toContain(written);
    expect(stdout.match(/~~[^~]+~~/g)).toEqual(['~~struck~~', `~~${deleted}~~`]);
    expect(stdout.match(/\*\*[^*]+\*\*/g)?.filter((m) => m !== '**bold**' && !/^\*\*(A|B) /.test(m))).toEqual([`**${inserted}**`]);
  });

  it('html: one deletion and one insertion, the text as written', async () => {
    const page = join(store, `${lang}.html`);
    expect((await cli('diff', '--format', 'html', '-o', page, ...args())).code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(written.replace('«', '&laquo;').replace('»', '&raquo;').slice(0, 20));
    expect(html.match(/<del>[^<]*<\/del>/g)).toEqual([`<del>${deleted}</del>`]);
    expect(html.match(/<ins>[^<]*<\/ins>/g)).toEqual([`<ins>${inserted}</ins>`]);
  });
});

describe('history, timeline and terms across typographic variants', () => {
  it('timeline: one clause reworded per language, the others unchanged', async () => {
    const { code, stdout } = await cli('timeline', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as TimelineResult;
    const counts = result.summits.filter((s) => s.id.startsWith('2032')).map((s) => [s.id, s.counts?.unchanged, s.counts?.reworded]);
    expect(counts.sort()).toEqual([['2032-test-en', 4, 1], ['2032-test-ru', 4, 1]]);
  });

  it('history: a clause that differs only in typography is not reworded', async () => {
    for (const [id, clause] of [['2032-test-en', '2'], ['2032-test-ru', '2'], ['2032-test-ru', '3']] as const) {
      const { code, stdout } = await cli('history', id, clause, '--json');
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as HistoryResult;
      expect(result.versions).toHaveLength(2);
      expect(result.versions[1]!.steps.map((s) => [s.reworded, s.edits])).toEqual([[false, undefined]]);
    }
  });

  it('terms: the spaced compound dash and ё count as the hyphen and е, in the phrase too', async () => {
    const counts = async (...phrases: string[]) => {
      const { code, stdout } = await cli('terms', ...phrases, '--json');
      expect(code).toBe(0);
      return (JSON.parse(stdout) as TermsResult).terms.map((t) => t.counts.filter((c) => c.lang === 'ru' || c.lang === 'en').map((c) => `${c.id}:${c.count}`).join(' '));
    };
    expect(await counts('государства-члены', 'государства — члены', 'государств – членов', 'еще раз', 'long-term', "partners' experts")).toEqual([
      '2031-test-en:0 2031-test-ru:2 2032-test-en:0 2032-test-ru:2',
      '2031-test-en:0 2031-test-ru:2 2032-test-en:0 2032-test-ru:2',
      '2031-test-en:0 2031-test-ru:1 2032-test-en:0 2032-test-ru:1',
      '2031-test-en:0 2031-test-ru:1 2032-test-en:0 2032-test-ru:1',
      '2031-test-en:1 2031-test-ru:0 2032-test-en:1 2032-test-ru:0',
      '2031-test-en:1 2031-test-ru:0 2032-test-en:1 2032-test-ru:0',
    ]);
  });
});
