import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/ingest/index.js';
import { foldText } from '../../src/text/fold.js';
import { compareInitiatives, extractInitiatives, matchKey } from '../../src/timeline/initiatives.js';
import type { Declaration } from '../../src/types.js';
import { SEED } from '../support/cli.js';

/**
 * Every 倡议 of the seed, counted by hand from `grep -n 倡议 fixtures/seed-2020-moscow.txt`
 * (27 lines, 30 occurrences): line 146 names “一带一路”倡议 twice (one initiative), line 154
 * refers back with 该倡议 (not a new one), line 194 holds two. That makes 28 initiatives, in text
 * order; `null` where the text names no proposer.
 */
const SEED_INITIATIVES: ReadonlyArray<readonly [string | null, string]> = [
  [null, '推动建设相互尊重、公平正义、合作共赢的新型国际关系'], // 32: 各方重申，倡议推动建设…
  [null, '巴黎公约'], // 80: 支持《巴黎公约》倡议
  ['吉尔吉斯共和国', '建立打击经济犯罪会议机制'], // 88
  ['巴基斯坦伊斯兰共和国', '建立减贫专门工作组'], // 140
  ['中华人民共和国', '一带一路'], // 146: 中华人民共和国提出的“一带一路”倡议
  ['俄罗斯联邦', '在上合组织、欧亚经济联盟、东盟国家及其他相关国家和多边机制参与下建立大欧亚伙伴关系'], // 148
  ['中华人民共和国', '加强高新技术领域和技术成果产业化合作'], // 154
  ['乌兹别克斯坦共和国', '建立上合组织成员国信息技术发展主管部门负责人定期会晤机制'], // 158
  [null, '在地区发展战略规划方面加强合作'], // 164
  ['塔吉克斯坦共和国', '“水促进可持续发展”国际行动十年（2018年至2028年）'], // 170: 支持塔吉克斯坦共和国…落实《…》倡议
  ['中华人民共和国', '在青岛建设中国—上合组织地方经贸合作示范区'], // 172: 中方关于…
  [null, '实业界合作'], // 174
  ['俄罗斯联邦', '上合组织银行联合体制定并通过《关于克服新冠肺炎疫情对上合组织成员国经济影响的路线图》和《关于扩大上合组织区域本币使用的共同立场》'], // 176: 俄方关于…
  ['乌兹别克斯坦共和国', '在联合国主导下在中亚建立发展互联互通地区中心'], // 184
  ['乌兹别克斯坦共和国', '制定《上合组织成员国发展交通领域互联互通合作战略》草案'], // 188
  ['塔吉克斯坦共和国', '建立上合组织成员国能源部长会议机制和工业部长会议机制'], // 190
  ['乌兹别克斯坦共和国', '制定《上合组织成员国智慧农业与推广农业创新合作构想》'], // 194 (1)
  ['中华人民共和国', '在杨凌设立上合组织农业技术交流培训示范基地'], // 194 (2)
  ['哈萨克斯坦共和国', '建立上合组织成员国科技园区库'], // 196
  ['印度共和国', '建立创新创业工作组'], // 198
  ['乌兹别克斯坦共和国', '制定联合国大会决议草案宣布沿咸海地区为生态技术创新区以及联合国设立国际生态环境保护日'], // 202
  ['乌兹别克斯坦共和国', '制定旨在推广使用节能环保清洁技术的《上合组织绿色之带纲要》'], // 204
  ['印度共和国', '2020年11月30日至2021年2月28日在新德里在线举行上合组织佛教遗产联合展览'], // 216: 印方关于…
  ['塔吉克斯坦共和国', '建立上合组织成员国体育部门负责人会议机制'], // 224
  ['乌兹别克斯坦共和国', '制定青年权利公约'], // 240
  ['乌兹别克斯坦共和国', '建立上合组织快速应对、防范和抗击危险传染病跨境传播常设平台'], // 250
  ['吉尔吉斯共和国', '建立上合组织文化一体化中心'], // 258
  ['俄罗斯联邦', '2019年9月25日在纽约举行的联合国安理会“联合国同区域和次区域组织合作以维护和平与安全：上合组织、独联体、集安条约组织为应对恐怖主义威胁所作贡献”会议和2019年11月19日在纽约举行的“上合组织同联合国：以合作促进和平、安全和稳定，防止恐怖主义与有组织犯罪勾连和以毒资恐”高级别特别会议成果'], // 266: 由俄罗斯联邦倡议…
];

const seed = await importFile(SEED);

describe('extractInitiatives on the seed', () => {
  it('finds every initiative of the 2020 declaration with its proposer, in text order', () => {
    const found = extractInitiatives(seed).map((i) => [i.proposer, i.gist]);
    expect(found).toEqual(SEED_INITIATIVES);
  });

  it('keeps the proposer as written next to the canonical name', () => {
    const written = extractInitiatives(seed).filter((i) => i.proposerWritten !== i.proposer).map((i) => [i.proposerWritten, i.proposer]);
    expect(written).toEqual([['中方', '中华人民共和国'], ['俄方', '俄罗斯联邦'], ['印方', '印度共和国']]);
  });

  it('points at the clause each initiative is in', () => {
    const kyrgyz = extractInitiatives(seed).find((i) => i.gist === '建立打击经济犯罪会议机制');
    expect(kyrgyz?.sentence).toBe('成员国注意到吉尔吉斯共和国关于建立打击经济犯罪会议机制的倡议。');
    expect(kyrgyz?.clause).toBeGreaterThan(0);
  });
});

/** A one-clause declaration. */
function declaration(clauses: string[], lang = 'zh-Hans'): Declaration {
  return { meta: { title: 't', lang, signatories: [], extra: {} }, preamble: clauses, sections: [] };
}

describe('extractInitiatives constructions', () => {
  const one = (text: string, lang?: string) => extractInitiatives(declaration([text], lang)).map((i) => [i.proposer, i.gist]);

  it('reads the verb form after a country and after 由', () => {
    expect(one('成员国欢迎俄罗斯联邦倡议举办首届论坛，认为这具有重要意义。')).toEqual([['俄罗斯联邦', '举办首届论坛']]);
    expect(one('成员国高度评价由印度共和国倡议举行的会议。')).toEqual([['印度共和国', '举行的会议']]);
  });

  it('skips anaphora and keeps one entry per repeated initiative', () => {
    expect(one('成员国注意到蒙古国关于建立某机制的倡议，认为应研究该倡议。各方支持落实“某某”倡议。')).toEqual([['蒙古国', '建立某机制'], [null, '某某']]);
  });

  it('reads Traditional text the same way', () => {
    expect(one('成員國注意到烏茲別克斯坦共和國關於建立上合組織中心的倡議。')).toEqual([['乌兹别克斯坦共和国', '建立上合组织中心']]);
  });

  it('reads English constructions', () => {
    const text = [
      'The Member States noted the initiative of the Republic of Uzbekistan to establish a regional centre for connectivity.',
      "They welcomed Kazakhstan's initiative on a register of technology parks.",
      'They supported the Belt and Road Initiative put forward by China.',
      'They praised the meeting of the Security Council held at the initiative of the Russian Federation.',
      'Initiatives of youth were discussed.',
    ].join(' ');
    // Proposers are named in English; the canonical name is their id.
    expect(one(text, 'en')).toEqual([
      ['Uzbekistan', 'establish a regional centre for connectivity'],
      ['Kazakhstan', 'a register of technology parks'],
      ['China', 'Belt and Road'],
      ['Russia', 'the meeting of the Security Council'],
    ]);
    expect(extractInitiatives(declaration([text], 'en')).map((i) => i.proposerId)).toEqual(['乌兹别克斯坦共和国', '哈萨克斯坦共和国', '中华人民共和国', '俄罗斯联邦']);
  });
});

/** Noise that folding removes: full-width ↔ ASCII punctuation, spaces, Traditional characters. */
const NOISE: ReadonlyArray<(text: string) => string> = [
  (text) => text.replace(/，/g, ','),
  (text) => text.replace(/。/g, '。 '),
  (text) => text.replace(/组织/g, '組織').replace(/关于/g, '關於'),
  (text) => text.replace(/(.)(.)/gu, '$1\u3000$2'),
];

describe('compareInitiatives', () => {
  it('finds nothing new or gone between a declaration and a noisy copy of it', () => {
    fc.assert(
      fc.property(fc.subarray([...NOISE.keys()], { minLength: 1 }), fc.integer({ min: 0, max: 9 }), (kinds, stride) => {
        const noisy = structuredClone(seed);
        noisy.sections.forEach((section, s) => {
          section.clauses = section.clauses.map((text, c) => ((s + c) % (stride + 1) === 0 ? kinds.reduce((t, k) => NOISE[k]!(t), text) : text));
        });
        const result = compareInitiatives(seed, noisy);
        expect(result.initiatives.added).toEqual([]);
        expect(result.initiatives.removed).toEqual([]);
        expect(result.instruments.added).toEqual([]);
        expect(result.countries.added).toEqual([]);
        expect(result.organisations.removed).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });

  it('reports a new initiative, a dropped one and a reworded one', () => {
    const a = declaration(['成员国注意到蒙古国关于建立合成测试交流机制的倡议。', '成员国注意到印度共和国关于建立创新创业工作组的倡议。']);
    const b = declaration(['成员国注意到蒙古国关于建立合成测试交流合作机制的倡议。', '成员国注意到尼泊尔关于编写《合成手册》的倡议。']);
    const result = compareInitiatives(a, b, { fromLabel: 'a', toLabel: 'b' });
    expect(result.initiatives.added.map((i) => [i.proposer, i.gist])).toEqual([['尼泊尔', '编写《合成手册》']]);
    expect(result.initiatives.removed.map((i) => [i.proposer, i.gist])).toEqual([['印度共和国', '建立创新创业工作组']]);
    expect(result.initiatives.kept.map((k) => [k.from.gist, k.to.gist, k.reworded])).toEqual([['建立合成测试交流机制', '建立合成测试交流合作机制', true]]);
    expect(result.instruments.added.map((i) => i.title)).toEqual(['合成手册']);
    expect(result.countries.added.map((c) => c.name)).toEqual(['尼泊尔']);
    expect(result.countries.removed.map((c) => c.name)).toEqual(['印度共和国']);
    expect(result.from.label).toBe('a');
  });

  it('never pairs initiatives of two different proposers', () => {
    const a = declaration(['成员国注意到蒙古国关于建立合成测试交流机制的倡议。']);
    const b = declaration(['成员国注意到尼泊尔关于建立合成测试交流机制的倡议。']);
    const result = compareInitiatives(a, b);
    expect(result.initiatives.kept).toEqual([]);
    expect(result.initiatives.added).toHaveLength(1);
  });

  it('matches on folded text without punctuation', () => {
    expect(matchKey('“一带一路” ')).toBe(matchKey('一帶一路'));
    expect(matchKey('A, b')).toBe(foldText('ab'));
  });
});
