import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewViews } from '../../src/cli/commands/review-action.js';
import { importFile } from '../../src/ingest/index.js';
import type { InitiativesResult } from '../../src/timeline/initiatives.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration } from '../../src/types.js';
import { isOneLineError, runCli, tempDir } from '../support/cli.js';

/*
 * `clausewise initiatives` on Russian, English and French files. Every declaration here is
 * SYNTHETIC, written for these tests (orchards, seed banks, bakers' fairs), not a real one.
 */

const dir = tempDir('clausewise-initiatives-languages-');

function file(name: string, lang: string, title: string, clauses: string[]): string {
  const declaration: Declaration = { meta: { title, date: '2030-01-01', lang, synthetic: 'invented for tests', signatories: [], extra: {} }, preamble: clauses, sections: [] };
  const path = join(dir, name);
  writeFileSync(path, toMarkdown(declaration));
  return path;
}

const ruA = file('ru-a.md', 'ru', 'Синтетическая декларация', [
  'Государства-члены поддерживают инициативу Республики Казахстан о создании синтетического центра садоводов.',
  'Государства-члены подписали «Соглашение о синтетическом садоводстве» в рамках ШОС и ООН.',
]);
const ruB = file('ru-b.md', 'ru', 'Вторая синтетическая декларация', [
  'Государства-члены принимают к сведению инициативу Республики Казахстан о создании синтетического центра садоводов.',
  'Государства-члены приветствуют предложение Российской Федерации о создании синтетического банка семян.',
  'Государства-члены подписали «Соглашение о синтетическом садоводстве» и «Программу синтетических ярмарок» в рамках ШОС, ООН и ВТО.',
]);
const enA = file('en-a.md', 'en', 'Synthetic declaration', ['The member states support the initiative of the Islamic Republic of Iran to open a synthetic seed bank.']);
const enB = file('en-b.md', 'en', 'Second synthetic declaration', [
  'The member states take note of the initiative of the Islamic Republic of Iran to open a synthetic seed bank.',
  'They welcome Mongolia.',
]);
const frA = file('fr-a.md', 'fr', 'Déclaration synthétique', ['Les États membres soutiennent l’initiative de la Mongolie sur une banque de semences synthétique.']);
const frB = file('fr-b.md', 'fr', 'Deuxième déclaration synthétique', ['Les États membres prennent note de l’initiative de la Mongolie sur une banque de semences synthétique.']);

describe('clausewise initiatives in Russian and English, and in a language without an extractor', () => {
  it('finds Russian initiatives, instruments, countries and organisations', async () => {
    const { code, stdout, stderr } = await runCli(['initiatives', ruA, ruB]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Initiatives  1 new · 0 gone · 1 in both\n  + Российская Федерация (Российской Федерации): создании синтетического банка семян  (clause 2)\n');
    expect(stdout).toContain('Named instruments  1 new · 0 gone · 1 in both\n  + «Программу синтетических ярмарок»\n');
    expect(stdout).toContain('Countries  1 new · 0 gone · 1 in both\n  + Российская Федерация (Russia)\n');
    expect(stdout).toContain('Organisations  1 new · 0 gone · 2 in both\n  + Всемирная торговая организация (WTO)\n');
  });

  it('gives Russian names, the canonical id and a reworded stance in --json', async () => {
    const { code, stdout } = await runCli(['initiatives', ruA, ruB, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as InitiativesResult;
    expect(result.initiatives.kept.map((k) => [k.to.proposer, k.to.proposerId, k.reworded])).toEqual([['Республика Казахстан', '哈萨克斯坦共和国', true]]);
    expect(result.countries.kept.map((c) => [c.name, c.english, c.id])).toEqual([['Республика Казахстан', 'Kazakhstan', '哈萨克斯坦共和国']]);
  });

  it('labels an English pair in English', async () => {
    const { code, stdout } = await runCli(['initiatives', enA, enB]);
    expect(code).toBe(0);
    expect(stdout).toContain('  ~ Iran (Islamic Republic of Iran): …member states support the initiative… → …member states take note of the initiative…  (reworded)\n');
    expect(stdout).toContain('Countries  1 new · 0 gone · 1 in both\n  + Mongolia\n');
    expect(stdout).not.toMatch(/\p{Script=Han}/u);
  });

  it('says in one line that it cannot read French, rather than print zeros (text and --json)', async () => {
    for (const args of [['initiatives', frA, frB], ['initiatives', enA, frA, '--any-language', '--json']]) {
      const { code, stdout, stderr } = await runCli(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(isOneLineError(stderr)).toBe(true);
      expect(stderr).toBe(`clausewise: initiatives reads Chinese, English and Russian declarations; ${frA} is in French: no initiatives, instruments or names can be found in it\n`);
    }
  });

  it("shows that line as the review's initiatives view", async () => {
    const views = reviewViews({ declaration: await importFile(frA), label: 'fr-a' }, { declaration: await importFile(frB), label: 'fr-b' });
    expect(await views.initiatives!(80)).toBe('initiatives reads Chinese, English and Russian declarations; fr-a is in French: no initiatives, instruments or names can be found in it\n');
  });
});
