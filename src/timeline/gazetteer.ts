/**
 * A small gazetteer of the countries and organisations that SCO declarations name:
 * members, observers, dialogue partners, neighbours, and the organisations they cite.
 * Each entry has one canonical name (Chinese full form) and the aliases it is written with,
 * Chinese and English. It is not exhaustive: suffix patterns (`entities.ts`) catch the rest.
 */

/** What kind of named body an entry is. */
export type EntityKind = 'country' | 'organisation';

/** One gazetteer entry. */
export interface GazetteerEntry {
  kind: EntityKind;
  /** Canonical name used for matching across declarations. */
  name: string;
  /** English name, for English texts and reports. */
  english: string;
  /** Other ways of writing it (Chinese short forms, `X方`, English variants). */
  aliases: readonly string[];
}

const country = (name: string, english: string, ...aliases: string[]): GazetteerEntry => ({ kind: 'country', name, english, aliases });
const organisation = (name: string, english: string, ...aliases: string[]): GazetteerEntry => ({ kind: 'organisation', name, english, aliases });

/** The entries; order matters only for readability. */
export const GAZETTEER: readonly GazetteerEntry[] = [
  // SCO members
  country('中华人民共和国', 'China', '中国', '中方', "People's Republic of China", 'PRC'),
  country('俄罗斯联邦', 'Russia', '俄罗斯', '俄方', 'Russian Federation'),
  country('哈萨克斯坦共和国', 'Kazakhstan', '哈萨克斯坦', '哈方', 'Republic of Kazakhstan'),
  country('吉尔吉斯共和国', 'Kyrgyzstan', '吉尔吉斯斯坦', '吉方', 'Kyrgyz Republic'),
  country('塔吉克斯坦共和国', 'Tajikistan', '塔吉克斯坦', '塔方', 'Republic of Tajikistan'),
  country('乌兹别克斯坦共和国', 'Uzbekistan', '乌兹别克斯坦', '乌方', 'Republic of Uzbekistan'),
  country('印度共和国', 'India', '印度', '印方', 'Republic of India'),
  country('巴基斯坦伊斯兰共和国', 'Pakistan', '巴基斯坦', '巴方', 'Islamic Republic of Pakistan'),
  country('伊朗伊斯兰共和国', 'Iran', '伊朗', '伊方', 'Islamic Republic of Iran'),
  country('白俄罗斯共和国', 'Belarus', '白俄罗斯', '白方', 'Republic of Belarus'),
  // Observers and dialogue partners
  country('阿富汗伊斯兰共和国', 'Afghanistan', '阿富汗', 'Islamic Republic of Afghanistan'),
  country('蒙古国', 'Mongolia', '蒙古'),
  country('阿塞拜疆共和国', 'Azerbaijan', '阿塞拜疆', 'Republic of Azerbaijan'),
  country('亚美尼亚共和国', 'Armenia', '亚美尼亚', 'Republic of Armenia'),
  country('柬埔寨王国', 'Cambodia', '柬埔寨', 'Kingdom of Cambodia'),
  country('尼泊尔', 'Nepal', 'Federal Democratic Republic of Nepal'),
  country('土耳其共和国', 'Turkey', '土耳其', 'Türkiye', 'Republic of Turkey'),
  country('斯里兰卡民主社会主义共和国', 'Sri Lanka', '斯里兰卡'),
  country('阿拉伯埃及共和国', 'Egypt', '埃及'),
  country('卡塔尔国', 'Qatar', '卡塔尔'),
  country('沙特阿拉伯王国', 'Saudi Arabia', '沙特阿拉伯', '沙特'),
  country('科威特国', 'Kuwait', '科威特'),
  country('阿拉伯联合酋长国', 'United Arab Emirates', '阿联酋', 'UAE'),
  country('马尔代夫共和国', 'Maldives', '马尔代夫'),
  country('缅甸联邦共和国', 'Myanmar', '缅甸'),
  country('巴林王国', 'Bahrain', '巴林'),
  country('老挝人民民主共和国', 'Laos', '老挝'),
  country('土库曼斯坦', 'Turkmenistan'),
  // Others often named
  country('阿拉伯叙利亚共和国', 'Syria', '叙利亚'),
  country('美利坚合众国', 'United States', '美国', 'USA', 'United States of America'),
  country('朝鲜民主主义人民共和国', 'DPRK', '朝鲜', 'North Korea'),
  country('乌克兰', 'Ukraine'),
  country('伊拉克共和国', 'Iraq', '伊拉克'),
  country('以色列国', 'Israel', '以色列'),
  country('巴勒斯坦国', 'Palestine', '巴勒斯坦'),
  country('利比亚国', 'Libya', '利比亚'),
  country('也门共和国', 'Yemen', '也门'),
  // Organisations
  organisation('上海合作组织', 'SCO', '上合组织', '本组织', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'),
  organisation('联合国', 'United Nations', 'UN'),
  organisation('联合国安全理事会', 'UN Security Council', '联合国安理会', '安理会', 'Security Council'),
  organisation('联合国大会', 'UN General Assembly', '联大', 'General Assembly'),
  organisation('世界贸易组织', 'WTO', '世贸组织', 'World Trade Organization'),
  organisation('世界卫生组织', 'WHO', '世卫组织', 'World Health Organization'),
  organisation('世界旅游组织', 'UNWTO', 'World Tourism Organization'),
  organisation('联合国教科文组织', 'UNESCO'),
  organisation('联合国毒品和犯罪问题办公室', 'UNODC', '联合国毒品与犯罪问题办公室', 'UN Office on Drugs and Crime'),
  organisation('联合国麻醉品委员会', 'Commission on Narcotic Drugs', 'CND'),
  organisation('禁止化学武器组织', 'OPCW', 'Organisation for the Prohibition of Chemical Weapons'),
  organisation('国际原子能机构', 'IAEA', 'International Atomic Energy Agency'),
  organisation('欧亚经济联盟', 'Eurasian Economic Union', 'EAEU'),
  organisation('东南亚国家联盟', 'ASEAN', '东盟'),
  organisation('独立国家联合体', 'CIS', '独联体', 'Commonwealth of Independent States'),
  organisation('集体安全条约组织', 'CSTO', '集安条约组织', 'Collective Security Treaty Organization'),
  organisation('亚洲相互协作与信任措施会议', 'CICA', '亚信', '亚信会议'),
  organisation('金砖国家', 'BRICS'),
  organisation('二十国集团', 'G20'),
  organisation('国际货币基金组织', 'IMF', 'International Monetary Fund'),
  organisation('世界银行', 'World Bank'),
  organisation('国际刑事警察组织', 'INTERPOL', '国际刑警组织'),
  organisation('上合组织地区反恐怖机构', 'SCO RATS', '地区反恐怖机构', 'RATS', 'Regional Anti-Terrorist Structure'),
  organisation('上合组织秘书处', 'SCO Secretariat', '秘书处'),
  organisation('上合组织实业家委员会', 'SCO Business Council', '实业家委员会', 'Business Council'),
  organisation('上合组织银行联合体', 'SCO Interbank Consortium', '银行联合体', 'Interbank Consortium'),
  organisation('上合组织青年委员会', 'SCO Youth Council', '青年委员会', '青委会', 'Youth Council'),
  organisation('上合组织论坛', 'SCO Forum'),
  organisation('上合组织能源俱乐部', 'SCO Energy Club', '能源俱乐部', 'Energy Club'),
  organisation('上合组织睦邻友好合作委员会', 'SCO Committee on Good-Neighbourliness'),
  organisation('中亚地区禁毒信息协调中心', 'CARICC'),
];

/** One alias with its entry, for scanning. */
export interface GazetteerAlias {
  alias: string;
  entry: GazetteerEntry;
}

let aliases: GazetteerAlias[] | undefined;

/** Every name and alias, longest first (so `联合国安理会` wins over `联合国`). */
export function gazetteerAliases(): readonly GazetteerAlias[] {
  if (!aliases) {
    const list: GazetteerAlias[] = [];
    const seen = new Set<string>();
    for (const entry of GAZETTEER) {
      for (const alias of [entry.name, entry.english, ...entry.aliases]) {
        if (seen.has(alias)) continue;
        seen.add(alias);
        list.push({ alias, entry });
      }
    }
    aliases = list.sort((x, y) => y.alias.length - x.alias.length);
  }
  return aliases;
}

/** Look up a canonical entry by any of its names (exact). */
export function lookupEntity(name: string): GazetteerEntry | undefined {
  return gazetteerAliases().find((item) => item.alias === name)?.entry;
}
