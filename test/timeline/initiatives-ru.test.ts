import { describe, expect, it } from 'vitest';
import { renderInitiativesText } from '../../src/render/initiatives-text.js';
import { extractEntities } from '../../src/timeline/entities.js';
import { GAZETTEER } from '../../src/timeline/gazetteer.js';
import { RUSSIAN_NAMES } from '../../src/timeline/gazetteer-ru.js';
import { compareInitiatives, extractInitiatives } from '../../src/timeline/initiatives.js';
import { extractInstrumentsRu } from '../../src/timeline/instruments.js';
import type { Declaration } from '../../src/types.js';

/*
 * The Russian extractor: initiatives with their proposers, named instruments in «…», countries
 * and organisations in every grammatical case. Every sentence here is SYNTHETIC, written for
 * these tests (orchards, seed banks, bakers' fairs), not taken from a real declaration.
 */

function declaration(clauses: string[], lang: string | undefined = 'ru'): Declaration {
  return { meta: { title: 'Синтетическая декларация', ...(lang ? { lang } : {}), signatories: [], extra: {} }, preamble: clauses, sections: [] };
}

const entities = (text: string) => extractEntities(text, 'ru').map((e) => [e.kind, e.name, e.mentions]);

describe('Russian countries and organisations', () => {
  it('maps every case of a name, short or full, to one entity', () => {
    expect(entities('Российская Федерация и Россия приветствуют. Сады Российской Федерации и России. С Россией.')).toEqual([['country', 'Российская Федерация', 5]]);
    expect(entities('Республика Казахстан, Республики Казахстан, Казахстан, Казахстана, Казахстаном, о Казахстане, Республикой Казахстан.')).toEqual([
      ['country', 'Республика Казахстан', 7],
    ]);
    expect(entities('Китай, Китая, Китаем; Китайская Народная Республика, Китайской Народной Республикой; КНР.')).toEqual([['country', 'Китайская Народная Республика', 6]]);
    expect(entities('Египет и Египта; Беларусь, Беларуси, Республикой Беларусь; Кыргызской Республики; Шри-Ланки.').map((e) => e[1])).toEqual([
      'Арабская Республика Египет',
      'Республика Беларусь',
      'Кыргызская Республика',
      'Демократическая Социалистическая Республика Шри-Ланка',
    ]);
  });

  it('keeps the canonical name as id and the English name', () => {
    expect(extractEntities('Исламской Республики Иран', 'ru')).toEqual([{ kind: 'country', name: 'Исламская Республика Иран', english: 'Iran', mentions: 1, guessed: false, id: '伊朗伊斯兰共和国' }]);
  });

  it('finds organisations by abbreviation and full name, the longest first', () => {
    const found = entities('ШОС и Шанхайской организации сотрудничества; ООН и Совета Безопасности ООН; ВТО, СНГ, ОДКБ, ЕАЭС, АСЕАН; Организацией Объединённых Наций.');
    expect(found).toEqual([
      ['organisation', 'Шанхайская организация сотрудничества', 2],
      ['organisation', 'Организация Объединённых Наций', 2],
      ['organisation', 'Совет Безопасности ООН', 1],
      ['organisation', 'Всемирная торговая организация', 1],
      ['organisation', 'Содружество Независимых Государств', 1],
      ['organisation', 'Организация Договора о коллективной безопасности', 1],
      ['organisation', 'Евразийский экономический союз', 1],
      ['organisation', 'Ассоциация государств Юго-Восточной Азии', 1],
    ]);
  });

  it('takes no adjective or other word for a name, and abbreviations only in capitals', () => {
    expect(entities('Российско-китайский форум, индийская кухня, индустриальный парк, казахстанская сторона, иранские фисташки; шос и оон в строчных.')).toEqual([]);
  });

  it('has a Russian name for every gazetteer entry', () => {
    expect(GAZETTEER.filter((entry) => !RUSSIAN_NAMES[entry.name]).map((entry) => entry.name)).toEqual([]);
    expect(Object.keys(RUSSIAN_NAMES).filter((name) => !GAZETTEER.some((entry) => entry.name === name))).toEqual([]);
  });
});

describe('Russian named instruments', () => {
  it('finds names in «…», instruments by their first word, nested quotes kept, definitions skipped', () => {
    const found = extractInstrumentsRu(
      'Государства-члены (далее – «Стороны») подписали «Соглашение о синтетическом садоводстве», одобрили «Программу синтетических ярмарок на 2030–2035 годы» и «Концепцию „Зелёный сад“», ' +
        'отметили «Договор о синтетических пекарнях» и поддерживают проект «Сады вдоль рек». Снова «Соглашение о синтетическом садоводстве».',
    );
    expect(found).toEqual([
      { title: 'Соглашение о синтетическом садоводстве', form: 'title', mentions: 2 },
      { title: 'Программу синтетических ярмарок на 2030–2035 годы', form: 'title', mentions: 1 },
      { title: 'Концепцию „Зелёный сад“', form: 'title', mentions: 1 },
      { title: 'Договор о синтетических пекарнях', form: 'title', mentions: 1 },
      { title: 'Сады вдоль рек', form: 'quoted', mentions: 1 },
    ]);
  });
});

describe('Russian initiatives', () => {
  const one = (text: string) => extractInitiatives(declaration([text])).map((i) => [i.proposer, i.proposerWritten, i.gist]);

  it('reads `инициатива X о …`, `инициативу X по …` and `предложение X о …`', () => {
    expect(one('Государства-члены отмечают инициативу Республики Казахстан о создании синтетического центра садоводов.')).toEqual([
      ['Республика Казахстан', 'Республики Казахстан', 'создании синтетического центра садоводов'],
    ]);
    expect(one('Государства-члены приветствуют инициативу Монголии по проведению синтетической ярмарки пекарей, а также её итоги.')).toEqual([
      ['Монголия', 'Монголии', 'проведению синтетической ярмарки пекарей'],
    ]);
    expect(one('Государства-члены изучат предложение Кыргызской Республики о создании синтетического банка семян.')).toEqual([
      ['Кыргызская Республика', 'Кыргызской Республики', 'создании синтетического банка семян'],
    ]);
  });

  it('reads `… проведённое по инициативе X` and `проведение по инициативе X …`', () => {
    expect(one('Государства-члены высоко оценили синтетический форум садоводов в Астане, проведённый по инициативе Республики Таджикистан.')).toEqual([
      ['Республика Таджикистан', 'Республики Таджикистан', 'синтетический форум садоводов в Астане'],
    ]);
    expect(one('Государства-члены приветствуют проведение по инициативе Российской Федерации синтетической выставки хлеба.')).toEqual([
      ['Российская Федерация', 'Российской Федерации', 'проведение синтетической выставки хлеба'],
    ]);
  });

  it('reads a named initiative in «…» with the country that put it forward', () => {
    expect(one('Государства-члены поддерживают инициативу «Синтетический пояс садов, рек и пекарен», выдвинутую Китайской Народной Республикой.')).toEqual([
      ['Китайская Народная Республика', 'Китайской Народной Республикой', 'Синтетический пояс садов, рек и пекарен'],
    ]);
    expect(one('Государства-члены поддерживают выдвинутую Республикой Узбекистан инициативу о синтетическом поясе садов.')).toEqual([
      ['Республика Узбекистан', 'Республикой Узбекистан', 'синтетическом поясе садов'],
    ]);
  });

  it('skips anaphora, initiatives with no proposer and no subject, and proposals with no proposer', () => {
    expect(one('Государства-члены считают, что эта инициатива важна. Они поддержат данную инициативу. Они поддерживают инициативы молодёжи. Они рассмотрят предложения о садах.')).toEqual([]);
    expect(one('Государства-члены поддерживают инициативу о синтетическом обмене семенами.')).toEqual([[null, null, 'синтетическом обмене семенами']]);
  });

  it('keeps the canonical name of the proposer as proposerId', () => {
    const [found] = extractInitiatives(declaration(['Государства-члены отмечают инициативу Республики Казахстан о создании синтетического центра садоводов.']));
    expect(found?.proposerId).toBe('哈萨克斯坦共和国');
  });

  it('detects a Russian declaration without `lang` from its text', () => {
    const found = extractInitiatives(declaration(['Государства-члены отмечают инициативу Республики Казахстан о создании синтетического центра садоводов.'], undefined));
    expect(found.map((i) => i.proposer)).toEqual(['Республика Казахстан']);
  });
});

const RU_A = declaration([
  'Государства-члены поддерживают инициативу Республики Казахстан о создании синтетического центра садоводов.',
  'Государства-члены отмечают инициативу Монголии по проведению синтетической ярмарки пекарей.',
  'Государства-члены подписали «Соглашение о синтетическом садоводстве» в рамках ШОС и ООН.',
]);
const RU_B = declaration([
  'Государства-члены принимают к сведению инициативу Казахстана о создании синтетического центра садоводов.',
  'Государства-члены приветствуют предложение Исламской Республики Иран о создании синтетического банка семян.',
  'Государства-члены подписали "Соглашение о синтетическом садоводстве" и «Концепцию синтетических пекарен» в рамках ШОС и ВТО.',
]);

describe('compareInitiatives on a Russian pair', () => {
  it('finds what is new, gone and kept in every category', () => {
    const result = compareInitiatives(RU_A, RU_B, { fromLabel: 'a', toLabel: 'b' });
    expect(result.initiatives.added.map((i) => [i.proposer, i.gist])).toEqual([['Исламская Республика Иран', 'создании синтетического банка семян']]);
    expect(result.initiatives.removed.map((i) => [i.proposer, i.gist])).toEqual([['Монголия', 'проведению синтетической ярмарки пекарей']]);
    // поддерживают → принимают к сведению, and the proposer written in another form: reworded.
    expect(result.initiatives.kept.map((k) => [k.to.proposer, k.from.proposerWritten, k.to.proposerWritten, k.reworded])).toEqual([
      ['Республика Казахстан', 'Республики Казахстан', 'Казахстана', true],
    ]);
    // «…» and "…" are one typography: the same instrument.
    expect(result.instruments.added.map((i) => i.title)).toEqual(['Концепцию синтетических пекарен']);
    expect(result.instruments.removed).toEqual([]);
    expect(result.instruments.kept.map((i) => i.title)).toEqual(['Соглашение о синтетическом садоводстве']);
    expect(result.countries.added.map((c) => c.name)).toEqual(['Исламская Республика Иран']);
    expect(result.countries.removed.map((c) => c.name)).toEqual(['Монголия']);
    expect(result.countries.kept.map((c) => c.name)).toEqual(['Республика Казахстан']);
    expect(result.organisations.added.map((c) => c.name)).toEqual(['Всемирная торговая организация']);
    expect(result.organisations.removed.map((c) => c.name)).toEqual(['Организация Объединённых Наций']);
    expect(result.organisations.kept.map((c) => c.name)).toEqual(['Шанхайская организация сотрудничества']);
  });

  it('prints it in Russian', () => {
    const text = renderInitiativesText(compareInitiatives(RU_A, RU_B, { fromLabel: 'a', toLabel: 'b' }), { width: 200 });
    expect(text).toContain('Initiatives  1 new · 1 gone · 1 in both\n');
    expect(text).toContain('  + Исламская Республика Иран (Исламской Республики Иран): создании синтетического банка семян  (clause 2)\n');
    expect(text).toContain('  ~ Республика Казахстан (Казахстана): Государства-члены поддерживают инициативу Республики Казахст… → Государства-члены принимают к сведению инициативу Казахстана…  (reworded)\n');
    expect(text).toContain('  - Монголия (Монголии): проведению синтетической ярмарки пекарей  (clause 2)\n');
    expect(text).toContain('Named instruments  1 new · 0 gone · 1 in both\n  + «Концепцию синтетических пекарен»\n');
    expect(text).toContain('Countries  1 new · 1 gone · 1 in both\n  + Исламская Республика Иран (Iran)\n  - Монголия (Mongolia)\n');
  });
});

describe('a language with no extractor', () => {
  it('is refused in one line, not counted as nothing found', () => {
    const french = declaration(['Les États membres soutiennent l’initiative de la Mongolie.'], 'fr');
    expect(() => compareInitiatives(french, french, { fromLabel: 'x', toLabel: 'y' })).toThrow(
      'initiatives reads Chinese, English and Russian declarations; x is in French: no initiatives, instruments or names can be found in it',
    );
  });
});
