import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFunctionWord, newFormulations } from '../../src/terms/index.js';
import { foldText } from '../../src/text/fold.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import type { Declaration } from '../../src/types.js';
import { ROOT } from '../support/cli.js';
import { loadSummits } from '../timeline/summit-fixtures.js';

const seed = parseCanonicalSync(readFileSync(join(ROOT, 'declarations/2020-moscow.md'), 'utf8'));
const revised = parseCanonicalSync(readFileSync(join(ROOT, 'fixtures/synthetic-2020-moscow-revised.md'), 'utf8'));
const summits = loadSummits();

/** Every pair of formulations found in one clause: none may overlap (they are merged). */
function overlapping(texts: string[]): string[] {
  return texts.filter((a, i) => texts.some((b, j) => i !== j && (a.includes(b) || b.includes(a))));
}

describe('newFormulations on the synthetic third summit', () => {
  const result = newFormulations(summits[3]!, summits.slice(0, 3));
  const texts = result.formulations.map((f) => f.text);

  it('names the declaration, its language and what it was read against', () => {
    expect(result.schema).toBe('clausewise/terms-new@1');
    expect([result.id, result.language, result.earlier]).toEqual(['2023-synthetic-c', 'zh', ['2020-seed', '2021-synthetic-a', '2022-synthetic-b']]);
  });

  it('finds the wordings the summit brought, the real new ones first', () => {
    // N3 (阿斯塔纳, 青年马拉松赛), N2b (第二届), H (一致认为): the three synthetic changes in new words.
    const top = texts.slice(0, 6).join(' | ');
    expect(top).toContain('阿斯塔纳');
    expect(top).toContain('第二届');
    expect(top).toContain('一致认为');
    for (const formulation of result.formulations) {
      const clauseTexts = formulation.clauses.map((n) => foldText(flattenClauses(summits[3]!.declaration)[n - 1]?.text ?? ''));
      expect(clauseTexts.every((clause) => clause.includes(foldText(formulation.text)))).toBe(true);
    }
  });

  it('finds nothing that an earlier declaration has word for word, and nothing made only of function words', () => {
    const earlier = summits.slice(0, 3).map((s) => JSON.stringify(s.declaration));
    for (const text of texts) expect(earlier.some((json) => json.includes(text)), text).toBe(false);
    for (const formulation of result.formulations) expect(formulation.words.every(isFunctionWord), formulation.text).toBe(false);
  });

  it('merges overlapping n-grams into one formulation', () => {
    expect(overlapping(texts)).toEqual([]);
  });
});

describe('newFormulations on the synthetic revision against the seed', () => {
  it('finds the country added to the list, and not the rewording 支持 → 注意到, whose words the seed has in that order', () => {
    const result = newFormulations({ id: 'revised', declaration: revised }, [{ id: '2020-moscow', declaration: seed }]);
    expect(result.formulations.map((f) => [f.kind, f.text, f.clauses])).toEqual([['ngram', '印度共和国、哈萨克斯坦', [58]]]);
  });

  it('finds no n-grams in the seed against itself', () => {
    const result = newFormulations({ id: 'again', declaration: seed }, [{ id: '2020-moscow', declaration: seed }]);
    expect(result.formulations).toEqual([]);
  });
});

describe('named instruments and quoted phrases come first', () => {
  it('lists a new 《…》 title and a new quoted name ahead of the n-grams', () => {
    // SYNTHETIC clauses: not from a real declaration.
    const base: Declaration = { meta: { title: '合成', date: '2020-01-01', lang: 'zh-Hans', signatories: [], extra: {} }, preamble: [], sections: [{ heading: '合成', depth: 2, clauses: ['成员国支持在合成领域开展合作（合成条款）。'], children: [] }] };
    const next: Declaration = { ...base, meta: { ...base.meta, date: '2021-01-01' }, sections: [{ heading: '合成', depth: 2, clauses: ['成员国支持在合成领域开展合作（合成条款）。', '成员国欢迎通过《合成测试长期合作纲要》并启动“绿色丝路合成计划”，推动数字减贫合作（合成条款）。'], children: [] }] };
    const result = newFormulations({ id: 'next', declaration: next }, [{ id: 'base', declaration: base }]);
    expect(result.formulations.slice(0, 2).map((f) => [f.kind, f.text])).toEqual([
      ['instrument', '《合成测试长期合作纲要》'],
      ['quoted', '“绿色丝路合成计划”'],
    ]);
    expect(result.formulations.slice(2).some((f) => f.kind === 'ngram' && f.text.includes('数字减贫'))).toBe(true);
  });

  it('in English: «…» and quoted titles, n-grams of words, function words dropped', () => {
    // SYNTHETIC English clauses invented for this test.
    const en = (date: string, clauses: string[]): Declaration => ({ meta: { title: 'Synthetic', date, lang: 'en', signatories: [], extra: {} }, preamble: [], sections: [{ heading: 'Test', depth: 2, clauses, children: [] }] });
    const before = en('2020-01-01', ['The member states support the development of orchards in the region.']);
    const after = en('2021-01-01', ['The member states support the development of orchards in the region.', 'The member states welcome the "Orchard Roads Programme" and the idea of a shared seed library in the region.']);
    const result = newFormulations({ id: 'after', declaration: after }, [{ id: 'before', declaration: before }]);
    expect(result.formulations[0]).toMatchObject({ kind: 'quoted', text: '"Orchard Roads Programme"' });
    const texts = result.formulations.map((f) => f.text);
    expect(texts.some((t) => t.includes('shared seed library'))).toBe(true);
    expect(texts).not.toContain('of a');
    expect(isFunctionWord('the')).toBe(true);
    expect(isFunctionWord('и')).toBe(true);
    expect(isFunctionWord('的')).toBe(true);
    expect(isFunctionWord('library')).toBe(false);
  });

  it('never runs a phrase across a full stop or a colon, in English, Russian or Chinese (SYNTHETIC clauses)', () => {
    const declaration = (lang: string, date: string, clauses: string[]): Declaration => ({ meta: { title: 'Synthetic', date, lang, signatories: [], extra: {} }, preamble: [], sections: [{ heading: 'Test', depth: 2, clauses, children: [] }] });
    const cases: Array<[string, string, string, string[]]> = [
      ['en', 'The partners praise the orchard council.', 'The partners praise the orchard council in planting example groves. The partners greet the harvest plan: the partners value test seeds.', ['groves.the', 'groves the', 'plan:the', 'plan the']],
      ['ru', 'Партнеры хвалят садовый совет.', 'Партнеры хвалят садовый совет за посадку примерных рощ. Партнеры приветствуют план урожая.', ['рощ.партнеры', 'рощ партнеры']],
      ['zh', '伙伴赞赏果园理事会。', '伙伴赞赏果园理事会种植示范林木。伙伴欢迎丰收计划。', ['林木。伙伴', '林木伙伴']],
    ];
    for (const [lang, old, added, forbidden] of cases) {
      const result = newFormulations({ id: 'after', declaration: declaration(lang, '2021-01-01', [added]) }, [{ id: 'before', declaration: declaration(lang, '2020-01-01', [old]) }]);
      const texts = result.formulations.map((f) => f.text);
      expect(texts.length, lang).toBeGreaterThan(0);
      for (const text of texts) for (const bad of forbidden) expect(text, `${lang}: ${texts.join(' | ')}`).not.toContain(bad);
      // Each phrase is a stretch of one sentence: its words stand in a row in the clause.
      for (const formulation of result.formulations) expect(formulation.words.join(' ')).not.toMatch(/[.:。]/u);
    }
  });
});
