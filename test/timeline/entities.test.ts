import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/ingest/index.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import { countryAtEnd, extractEntities, findGazetteerNames } from '../../src/timeline/entities.js';
import { GAZETTEER, lookupEntity } from '../../src/timeline/gazetteer.js';
import { SEED } from '../support/cli.js';

const seedText = flattenClauses(await importFile(SEED)).map((c) => c.text).join('\n');

describe('extractEntities', () => {
  it('names the countries of the seed by their canonical names', () => {
    const countries = extractEntities(seedText).filter((e) => e.kind === 'country').map((e) => e.name).sort();
    // Eight members (the signatories) plus Syria, Afghanistan and Iran, which clauses discuss.
    expect(countries).toEqual(
      ['中华人民共和国', '乌兹别克斯坦共和国', '伊朗伊斯兰共和国', '俄罗斯联邦', '印度共和国', '吉尔吉斯共和国', '哈萨克斯坦共和国', '塔吉克斯坦共和国', '巴基斯坦伊斯兰共和国', '阿富汗伊斯兰共和国', '阿拉伯叙利亚共和国'].sort(),
    );
  });

  it('names the organisations of the seed, including ones found by their ending only', () => {
    const organisations = extractEntities(seedText).filter((e) => e.kind === 'organisation');
    const names = organisations.map((e) => e.name);
    for (const name of ['上海合作组织', '联合国', '联合国安全理事会', '世界贸易组织', '欧亚经济联盟', '独立国家联合体', '集体安全条约组织', '禁止化学武器组织']) {
      expect(names).toContain(name);
    }
    expect(organisations.filter((e) => e.guessed).map((e) => e.name)).toEqual(['反恐委员会', '欧洲经济委员会']);
    expect(organisations.find((e) => e.name === '上海合作组织')?.english).toBe('SCO');
  });

  it('counts mentions under one canonical name (上合组织, 本组织, SCO)', () => {
    const [sco] = extractEntities('上合组织欢迎本组织与SCO的合作。');
    expect(sco).toMatchObject({ name: '上海合作组织', mentions: 3, guessed: false });
  });

  it('finds unknown countries and organisations by their endings, cut after the verb', () => {
    const found = extractEntities('成员国欢迎合成尼亚共和国加入，支持合成测试合作组织的工作，反对恐怖组织和有组织犯罪。');
    expect(found.map((e) => [e.kind, e.name])).toEqual([['country', '合成尼亚共和国'], ['organisation', '合成测试合作组织']]);
  });

  it('leaves out the verb that creates or convenes the organisation (成立, 建立, 设立, 组建, 召开, 举办)', () => {
    // SYNTHETIC names.
    const found = extractEntities('成员国欢迎成立合成测试协调委员会，支持建立合成测试合作组织，同意设立合成专家委员会。');
    expect(found.map((e) => e.name)).toEqual(['合成测试协调委员会', '合成测试合作组织', '合成专家委员会']);
  });

  it('takes English names only as whole words', () => {
    expect(findGazetteerNames('UNESCO and the UN met; UNIT is no name').map((h) => h.alias.alias)).toEqual(['UNESCO', 'UN']);
  });
});

describe('gazetteer', () => {
  it('has unique canonical names and resolves aliases', () => {
    const names = GAZETTEER.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(lookupEntity('俄方')?.name).toBe('俄罗斯联邦');
    expect(lookupEntity('Kyrgyz Republic')?.name).toBe('吉尔吉斯共和国');
  });

  it('finds the country that ends a phrase', () => {
    expect(countryAtEnd('成员国注意到印方')).toEqual({ written: '印方', name: '印度共和国' });
    expect(countryAtEnd('成员国注意到合成尼亚共和国')).toEqual({ written: '合成尼亚共和国', name: '合成尼亚共和国' });
    expect(countryAtEnd('成员国注意到')).toBeUndefined();
  });
});
