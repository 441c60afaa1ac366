/**
 * A corpus of many summits for scale tests and `npm run bench`: `summits` summits in three
 * languages, each language a chain of declarations edited one from the next. The Chinese chain
 * starts from the seed and is edited by the generator (`generatePair`, level 1); the English and
 * Russian chains have the seed's shape (its sections and clause counts) and SYNTHETIC text made
 * here from a small vocabulary (never the text of a real declaration), edited the same way
 * (clauses dropped, added, reworded). Same arguments, same corpus.
 */
import type { TimelineInput } from '../../src/timeline/chain.js';
import type { Declaration } from '../../src/types.js';
import * as ops from './edit-ops.js';
import { generatePair } from './generate.js';
import { Rng } from './rng.js';
import { loadSeed } from './seed.js';

const EN = {
  subjects: ['The member states', 'The heads of state', 'The parties', 'The member states of the test organisation'],
  verbs: ['support', 'welcome', 'note', 'stress the importance of', 'call for', 'agree to expand', 'will continue'],
  adjectives: ['regional', 'practical', 'long-term', 'balanced', 'open', 'sustainable', 'joint', 'digital'],
  nouns: ['cooperation', 'orchard programmes', 'seed libraries', 'river transport', 'village bakeries', 'youth exchanges', 'weather stations', 'mountain roads', 'rail links', 'reading rooms'],
  topics: ['agriculture', 'transport', 'culture', 'energy', 'health', 'education', 'tourism', 'science'],
  synthetic: 'synthetic clause',
};
const RU = {
  subjects: ['Государства-члены', 'Главы государств', 'Стороны', 'Государства-члены тестовой организации'],
  verbs: ['поддерживают', 'приветствуют', 'отмечают', 'подчеркивают важность', 'призывают к', 'договорились расширять', 'продолжат'],
  adjectives: ['региональное', 'практическое', 'долгосрочное', 'сбалансированное', 'открытое', 'устойчивое', 'совместное', 'цифровое'],
  nouns: ['сотрудничество', 'садовые программы', 'библиотеки семян', 'речной транспорт', 'сельские пекарни', 'молодежные обмены', 'метеостанции', 'горные дороги', 'железнодорожные связи', 'читальные залы'],
  topics: ['сельского хозяйства', 'транспорта', 'культуры', 'энергетики', 'здравоохранения', 'образования', 'туризма', 'науки'],
  synthetic: 'синтетический пункт',
};

type Vocabulary = typeof EN;

/** The generator's edits that change clauses, not the document's headings or title. */
const CLAUSE_EDITS = [ops.removeClause, ops.addClause, ops.lightReword, ops.moveWithin, ops.noise];

/** One synthetic clause: subject, verb, an adjective and a noun, a topic, and a serial mark. */
function sentence(words: Vocabulary, rng: Rng, serial: number, english: boolean): string {
  const field = english ? `in the field of ${rng.pick(words.topics)}` : `в области ${rng.pick(words.topics)}`;
  return `${rng.pick(words.subjects)} ${rng.pick(words.verbs)} ${rng.pick(words.adjectives)} ${rng.pick(words.nouns)} ${field} (${words.synthetic} ${serial}).`;
}

/** A declaration with the seed's sections and clause counts, its text synthetic. */
function shapedLikeSeed(words: Vocabulary, rng: Rng, english: boolean, next: () => number): Declaration {
  const seed = loadSeed();
  return {
    meta: { title: '', signatories: [], extra: {} },
    preamble: seed.preamble.map(() => sentence(words, rng, next(), english)),
    sections: seed.sections.map((section, s) => ({
      heading: english ? `Section ${s + 1}: ${EN.topics[s % EN.topics.length]}` : `Раздел ${s + 1}: ${RU.topics[s % RU.topics.length]}`,
      depth: 2,
      clauses: section.clauses.map(() => sentence(words, rng, next(), english)),
      children: [],
    })),
  };
}

/** The next summit's text: a few clauses dropped, added and reworded. */
function editSynthetic(previous: Declaration, words: Vocabulary, rng: Rng, english: boolean, next: () => number): Declaration {
  const edit = (clauses: readonly string[]): string[] => {
    const out: string[] = [];
    for (const clause of clauses) {
      if (rng.chance(0.02)) continue;
      out.push(rng.chance(0.03) ? clause.replace(/^(\S+(?: \S+)?) /u, `$1 ${rng.pick(words.verbs)} `) : clause);
      if (rng.chance(0.02)) out.push(sentence(words, rng, next(), english));
    }
    return out.length > 0 ? out : [...clauses];
  };
  return { ...previous, preamble: edit(previous.preamble), sections: previous.sections.map((section) => ({ ...section, clauses: edit(section.clauses) })) };
}

/** `summits` summits × Chinese, English and Russian declarations, ids `YEAR-summit-N[-en|-ru]`, one year apart. */
export function makeCorpus(summits = 25, seed = 7): TimelineInput[] {
  const out: TimelineInput[] = [];
  const rng = new Rng(seed);
  let serial = 0;
  const next = (): number => ++serial;
  let zh = loadSeed();
  let en = shapedLikeSeed(EN, rng, true, next);
  let ru = shapedLikeSeed(RU, rng, false, next);
  for (let i = 0; i < summits; i++) {
    if (i > 0) {
      // Clause edits only: the once-per-document ones (numbering headings, a new title) would pile up along a chain.
      zh = generatePair(seed * 1000 + i, 1, { base: zh, script: [rng.pick(CLAUSE_EDITS), rng.pick(CLAUSE_EDITS), rng.pick(CLAUSE_EDITS)] }).b;
      en = editSynthetic(en, EN, rng, true, next);
      ru = editSynthetic(ru, RU, rng, false, next);
    }
    const year = 2001 + i;
    const date = `${year}-06-${String(10 + (i % 18)).padStart(2, '0')}`;
    const label = `synthetic corpus summit ${i + 1} of ${summits} (test/gen/corpus.ts)`;
    out.push({ id: `${year}-summit-${i + 1}`, declaration: { ...zh, meta: { ...zh.meta, title: `合成峰会宣言第${i + 1}号（合成测试文本）`, date, place: '合成', lang: 'zh-Hans', synthetic: `${label}: the seed edited by the generator`, signatories: [], extra: {} } } });
    out.push({ id: `${year}-summit-${i + 1}-en`, declaration: { ...en, meta: { title: `Declaration of synthetic summit ${i + 1} (synthetic test text)`, date, place: 'Testland', lang: 'en', synthetic: `${label}: invented English text in the seed's shape`, signatories: [], extra: {} } } });
    out.push({ id: `${year}-summit-${i + 1}-ru`, declaration: { ...ru, meta: { title: `Декларация синтетического саммита ${i + 1} (синтетический текст)`, date, place: 'Тестоград', lang: 'ru', synthetic: `${label}: invented Russian text in the seed's shape`, signatories: [], extra: {} } } });
  }
  return out;
}
