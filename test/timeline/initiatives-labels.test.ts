import { describe, expect, it } from 'vitest';
import { renderInitiativesText } from '../../src/render/initiatives-text.js';
import { extractEntities } from '../../src/timeline/entities.js';
import { compareInitiatives, extractInitiatives } from '../../src/timeline/initiatives.js';
import type { Declaration } from '../../src/types.js';

/*
 * Countries, organisations and proposers are labelled in the declarations' language; the
 * gazetteer's canonical name stays the key they are matched by (`id`, `proposerId`). Every
 * sentence here is SYNTHETIC, written for these tests, not taken from a real declaration.
 */

function declaration(clauses: string[], lang: string): Declaration {
  return { meta: { title: 'synthetic', lang, signatories: [], extra: {} }, preamble: clauses, sections: [] };
}

const EN_A = declaration(['The member states note the initiative of the Republic of Uzbekistan to open a synthetic seed bank.', 'They discussed orchards with the United Nations.'], 'en');
const EN_B = declaration([
  'The member states note the initiative of the Republic of Uzbekistan to open a synthetic seed bank.',
  'They discussed orchards with the United Nations and the Islamic Republic of Iran.',
  "They welcomed Mongolia's initiative on a synthetic bakers' fair.",
], 'en');

describe('initiatives in an English pair are labelled in English', () => {
  it('names countries and organisations in English, with the canonical name as id', () => {
    const result = compareInitiatives(EN_A, EN_B);
    expect(result.countries.added).toEqual([
      { kind: 'country', name: 'Iran', english: 'Iran', mentions: 1, guessed: false, id: '伊朗伊斯兰共和国' },
      { kind: 'country', name: 'Mongolia', english: 'Mongolia', mentions: 1, guessed: false, id: '蒙古国' },
    ]);
    expect(result.countries.kept.map((c) => [c.name, c.id])).toEqual([['Uzbekistan', '乌兹别克斯坦共和国']]);
    expect(result.organisations.kept.map((c) => [c.name, c.id])).toEqual([['United Nations', '联合国']]);
  });

  it('names proposers in English, as written, with the canonical name as proposerId', () => {
    const result = compareInitiatives(EN_A, EN_B);
    expect(result.initiatives.added).toEqual([
      expect.objectContaining({ proposer: 'Mongolia', proposerWritten: 'Mongolia', gist: "a synthetic bakers' fair", proposerId: '蒙古国' }),
    ]);
    expect(result.initiatives.kept.map((k) => [k.to.proposer, k.to.proposerWritten, k.to.proposerId])).toEqual([['Uzbekistan', 'Republic of Uzbekistan', '乌兹别克斯坦共和国']]);
  });

  it('prints no Chinese in the text view of an English pair', () => {
    const text = renderInitiativesText(compareInitiatives(EN_A, EN_B, { fromLabel: 'a', toLabel: 'b' }), { width: 200 });
    expect(text).toContain('  + Mongolia: a synthetic bakers\' fair  (clause 3)\n');
    expect(text).toContain('Countries  2 new · 0 gone · 1 in both\n  + Iran\n  + Mongolia\n');
    expect(text).not.toMatch(/\p{Script=Han}/u);
  });

  it('keeps Chinese labels, and no id fields, for Chinese declarations', () => {
    const [entity] = extractEntities('成员国欢迎伊朗伊斯兰共和国。', 'zh');
    expect(entity).toEqual({ kind: 'country', name: '伊朗伊斯兰共和国', english: 'Iran', mentions: 1, guessed: false });
    const [initiative] = extractInitiatives(declaration(['成员国注意到蒙古国关于建立合成种子库的倡议。'], 'zh-Hans'));
    expect(Object.keys(initiative!)).toEqual(['proposer', 'proposerWritten', 'gist', 'clause', 'sentence', 'key']);
    expect(initiative!.proposer).toBe('蒙古国');
  });

  it('still matches a country across languages by its id (--any-language)', () => {
    const zh = declaration(['成员国欢迎伊朗伊斯兰共和国。'], 'zh-Hans');
    const en = declaration(['The member states welcome the Islamic Republic of Iran.'], 'en');
    const result = compareInitiatives(zh, en);
    expect(result.countries.added).toEqual([]);
    expect(result.countries.removed).toEqual([]);
    expect(result.countries.kept.map((c) => c.name)).toEqual(['Iran']);
  });
});
