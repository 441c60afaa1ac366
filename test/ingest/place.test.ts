import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultId, languageSuffix, validateId } from '../../src/ingest/declaration-id.js';
import { summitDifference } from '../../src/ingest/same-summit.js';
import { findPlace, PLACES } from '../../src/ingest/place.js';
import { foldScript } from '../../src/text/fold.js';
import { loadRomanisers, placeSlug } from '../../src/ingest/place-slug.js';
import type { Declaration } from '../../src/types.js';

const declaration = (title: string, date?: string, place?: string, lang?: string): Declaration => ({
  meta: { title, signatories: [], extra: {}, ...(date ? { date } : {}), ...(place ? { place } : {}), ...(lang ? { lang } : {}) },
  preamble: [],
  sections: [],
});

describe('findPlace', () => {
  it.each([
    ['上海合作组织成员国元首理事会莫斯科宣言', '莫斯科', 'moscow'],
    ['上海合作组织成员国元首理事会比什凯克宣言', '比什凯克', 'bishkek'],
    ['上海合作组织成员国元首理事会杜尚别宣言', '杜尚别', 'dushanbe'],
    ['上海合作組織成員國元首理事會青島宣言', '青島', 'qingdao'],
    ['上海合作组织成员国元首理事会撒马尔罕宣言', '撒马尔罕', 'samarkand'],
    ['上海合作组织成立十五周年塔什干宣言', '塔什干', 'tashkent'],
    ['上海合作组织成员国元首理事会新德里宣言', '新德里', 'new-delhi'],
    ['上海合作组织成员国元首理事会阿斯塔纳宣言', '阿斯塔纳', 'astana'],
    ['上海合作组织成员国元首理事会努尔苏丹宣言', '努尔苏丹', 'nur-sultan'],
    ['上海合作组织成立宣言', undefined, undefined],
    ['Moscow Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation', 'Moscow', 'moscow'],
    ['New Delhi Declaration of the SCO Council of Heads of State', 'New Delhi', 'new-delhi'],
    ['Московская декларация Совета глав государств — членов Шанхайской организации сотрудничества', 'Москва', 'moscow'],
    ['Душанбинская декларация', 'Душанбе', 'dushanbe'],
    // The name recorded is the nominative, whatever case the text uses (it recorded the stem `Чолпон-Ат`).
    ['г. Чолпон-Ата, 4 июля 2026 года', 'Чолпон-Ата', 'cholpon-ata'],
    ['Встреча в Чолпон-Ате', 'Чолпон-Ата', 'cholpon-ata'],
    ['Встреча в Алма-Ате', 'Алматы', 'almaty'],
    // Case folding reaches past ASCII and the Cyrillic block: the long s, the Kelvin sign, Cyrillic Extended-C.
    ['\u017Fochi Declaration', 'Sochi', 'sochi'],
    ['Ba\u212Au Declaration', 'Baku', 'baku'],
    ['\u1C83очинская декларация', 'Сочи', 'sochi'],
  ])('%s → %s', (title, name, ascii) => {
    const found = findPlace(title);
    expect(found?.name).toBe(name);
    expect(found?.ascii).toBe(ascii);
  });
});

describe('the gazetteer', () => {
  // Every summit city 2001–2025 and the plausible hosts, in Simplified and Traditional Chinese, English and Russian.
  const CITIES: ReadonlyArray<[string, string, string, string, string]> = [
    ['shanghai', '上海', '上海', 'Shanghai', 'Шанхае'],
    ['saint-petersburg', '圣彼得堡', '聖彼得堡', 'Saint Petersburg', 'Санкт-Петербурге'],
    ['moscow', '莫斯科', '莫斯科', 'Moscow', 'Москве'],
    ['tashkent', '塔什干', '塔什干', 'Tashkent', 'Ташкенте'],
    ['astana', '阿斯塔纳', '阿斯塔納', 'Astana', 'Астане'],
    ['nur-sultan', '努尔苏丹', '努爾蘇丹', 'Nur-Sultan', 'Нур-Султане'],
    ['bishkek', '比什凯克', '比什凱克', 'Bishkek', 'Бишкеке'],
    ['dushanbe', '杜尚别', '杜尚別', 'Dushanbe', 'Душанбе'],
    ['yekaterinburg', '叶卡捷琳堡', '葉卡捷琳堡', 'Yekaterinburg', 'Екатеринбурге'],
    ['beijing', '北京', '北京', 'Beijing', 'Пекине'],
    ['ufa', '乌法', '烏法', 'Ufa', 'Уфе'],
    ['qingdao', '青岛', '青島', 'Qingdao', 'Циндао'],
    ['samarkand', '撒马尔罕', '撒馬爾罕', 'Samarkand', 'Самарканде'],
    ['new-delhi', '新德里', '新德里', 'New Delhi', 'Нью-Дели'],
    ['delhi', '德里', '德里', 'Delhi', 'Дели'],
    ['tianjin', '天津', '天津', 'Tianjin', 'Тяньцзине'],
    ['minsk', '明斯克', '明斯克', 'Minsk', 'Минске'],
    ['islamabad', '伊斯兰堡', '伊斯蘭堡', 'Islamabad', 'Исламабаде'],
    ['tehran', '德黑兰', '德黑蘭', 'Tehran', 'Тегеране'],
    ['almaty', '阿拉木图', '阿拉木圖', 'Almaty', 'Алматы'],
    ['cholpon-ata', '乔尔蓬阿塔', '喬爾蓬阿塔', 'Cholpon-Ata', 'Чолпон-Ате'],
    ['kazan', '喀山', '喀山', 'Kazan', 'Казани'],
    ['sochi', '索契', '索契', 'Sochi', 'Сочи'],
    ['chelyabinsk', '车里雅宾斯克', '車里雅賓斯克', 'Chelyabinsk', 'Челябинске'],
    ['goa', '果阿', '果阿', 'Goa', 'Гоа'],
  ];

  it.each(CITIES)('%s in every language and script', (ascii, simplified, traditional, english, russian) => {
    expect(findPlace(`示例组织成员国元首理事会${simplified}宣言`)).toEqual({ name: simplified, ascii });
    expect(findPlace(`示例組織成員國元首理事會${traditional}宣言`)).toEqual({ name: traditional, ascii });
    expect(findPlace(`${english} Declaration of the Example Council`)?.ascii).toBe(ascii);
    expect(findPlace(`Декларация по итогам заседания в ${russian}`)?.ascii).toBe(ascii);
  });
});

describe('placeSlug', () => {
  it('romanises places the gazetteer lacks: Chinese with pinyin-pro, Cyrillic with iuliia (Wikipedia scheme)', async () => {
    expect(placeSlug('Новосибирск')).toBeUndefined(); // before its romaniser is loaded
    for (const name of ['呼和浩特', 'Новосибирск']) await loadRomanisers(name);
    expect(placeSlug('呼和浩特市')).toBe('huhehaote');
    expect(placeSlug('烏魯木齊')).toBe('wulumuqi');
    expect(placeSlug('Новосибирск')).toBe('novosibirsk');
    expect(placeSlug('г. Нижний Новгород')).toBe('nizhny-novgorod');
    expect(placeSlug('Tashkent')).toBe('tashkent');
    expect(placeSlug('Śrīnagar')).toBe('srinagar');
    expect(placeSlug('!!')).toBeUndefined();
  });
});

describe('defaultId', () => {
  it('is <year>-<place in ASCII>, with a generic fallback', async () => {
    expect(defaultId(declaration('上海合作组织成员国元首理事会莫斯科宣言', '2020-11-10'))).toBe('2020-moscow');
    expect(defaultId(declaration('某某宣言', '2019-06-14'))).toBe('2019-declaration');
    expect(defaultId(declaration('某某宣言', '2019-06-14', '比什凯克'))).toBe('2019-bishkek');
    expect(defaultId(declaration('某某宣言'))).toBe('undated-declaration');
  });

  it('names every summit city: 2025 Tianjin is no longer `2025-declaration`', async () => {
    await loadRomanisers('呼和浩特');
    expect(defaultId(declaration('上海合作组织成员国元首理事会天津宣言', '2025-09-01'))).toBe('2025-tianjin');
    expect(defaultId(declaration('某某宣言', '2031-06-01', '呼和浩特'))).toBe('2031-huhehaote');
  });

  it('gives a declaration not in Chinese its language, so versions of one summit never collide', async () => {
    const zh = defaultId(declaration('上海合作组织成员国元首理事会莫斯科宣言', '2020-11-10', undefined, 'zh-Hans'));
    const hant = defaultId(declaration('上海合作組織成員國元首理事會莫斯科宣言', '2020-11-10', undefined, 'zh-Hant'));
    const en = defaultId(declaration('Moscow Declaration of the Council of Heads of State', '2020-11-10', undefined, 'en'));
    const ru = defaultId(declaration('Московская декларация Совета глав государств', '2020-11-10', undefined, 'ru'));
    expect([zh, hant, en, ru]).toEqual(['2020-moscow', '2020-moscow', '2020-moscow-en', '2020-moscow-ru']);
    expect(languageSuffix('fr')).toBe('-fr');
    expect(languageSuffix(undefined)).toBe('');
  });

  it('gives a communiqué or a statement of a summit its kind, so that it never shares the declaration\'s id', () => {
    // SYNTHETIC titles in the shapes summit documents have.
    const ids = [
      defaultId(declaration('上海合作组织成员国元首理事会莫斯科宣言', '2020-11-10', '莫斯科')),
      defaultId(declaration('上海合作组织成员国元首理事会会议新闻公报', '2020-11-10', '莫斯科')),
      defaultId(declaration('上海合作组织成员国元首理事会关于示例合作的声明', '2020-11-10', '莫斯科')),
      defaultId(declaration('Joint Communiqué following the Meeting of the Council of Heads of Government', '2020-11-10', 'Moscow', 'en')),
      defaultId(declaration('Statement of the Council of Heads of State on the Example Day', '2020-11-10', 'Moscow', 'en')),
      defaultId(declaration('Совместное коммюнике по итогам заседания Совета глав правительств', '2020-11-10', 'Москва', 'ru')),
      defaultId(declaration('Moscow Declaration of the Council of Heads of State', '2020-11-10', 'Moscow', 'en')),
    ];
    expect(ids).toEqual(['2020-moscow', '2020-moscow-communique', '2020-moscow-statement', '2020-moscow-communique-en', '2020-moscow-statement-en', '2020-moscow-communique-ru', '2020-moscow-en']);
    // The same summit's declaration and communiqué differ as documents: --force is never suggested between them.
    const meta = (title: string, lang = 'zh-Hans') => declaration(title, '2020-11-10', '莫斯科', lang).meta;
    expect(summitDifference(meta('上海合作组织成员国元首理事会会议新闻公报'), meta('上海合作组织成员国元首理事会莫斯科宣言'))).toMatch(/another document/);
    expect(summitDifference(meta('上海合作组织成员国元首理事会莫斯科宣言'), meta('上海合作組織成員國元首理事會莫斯科宣言', 'zh-Hans'))).toBeUndefined();
  });

  it('never collides across summits: two summit cities the same year get two ids', async () => {
    const ids = new Set<string>();
    for (const [title, place] of [['示例宣言', '天津'], ['示例宣言', '明斯克'], ['示例宣言', '伊斯兰堡'], ['示例宣言', '德黑兰'], ['示例宣言', '喀山'], ['示例宣言', '索契']]) {
      ids.add(defaultId(declaration(title!, '2031-01-01', place)));
    }
    expect(ids.size).toBe(6);
  });

  it('refuses an id that ends with a dot: its file would be `x..md`, as `x..y` is refused', () => {
    for (const id of ['x.', '2020-moscow.', 'a.b.']) expect(() => validateId(id), id).toThrow(/invalid declaration id/);
    expect(validateId('v1.2')).toBe('v1.2');
  });

  it('refuses an id that ends like a file name: every command would read it as a path', () => {
    for (const id of ['a.md', 'v1.txt', 'x.html', 'x.htm', 'x.markdown', 'X.MD'.toLowerCase()]) expect(() => validateId(id)).toThrow(/ends like a file name/);
    expect(validateId('v1.0')).toBe('v1.0');
  });

  it('always gives a valid id', async () => {
    expect(validateId(defaultId(declaration('New Delhi Declaration', '2023-07-04')))).toBe('2023-new-delhi');
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 40 }), fc.constantFrom(undefined, 'en', 'ru', 'zh-Hant', 'x-y'), async (place, lang) => {
      const id = defaultId(declaration('Declaration', '2031-01-01', place || undefined, lang));
      expect(validateId(id)).toBe(id);
    }), { numRuns: 200 });
  });
});

describe('findPlace matches as the lookaround patterns did', () => {
  // The patterns as they were before the word boundaries were checked apart (slow to compile, exact).
  const ORGANISATION = /上海合作[组組][织織]|上合[组組][织織]|Shanghai\s+Cooperation\s+Organi[sz]ation|Шанхайск\S*\s+организаци\S*\s+сотрудничества/giu;
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]/g, '[-\\s]?');
  const oracle = PLACES.map((entry) => ({
    entry,
    en: entry.en.map((name) => new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?![\\p{L}\\d])`, 'giu')),
    ru: entry.ru.map((stem) => new RegExp(`(?<!\\p{L})${escape(stem)}`, 'giu')),
  }));
  const oracleSearch = (text: string, original: string) => {
    const masked = text.replace(ORGANISATION, (match) => ' '.repeat(match.length));
    let best: { end: number; length: number; found: { name: string; ascii: string } } | undefined;
    const consider = (at: number, length: number, found: { name: string; ascii: string }) => {
      const end = at + length;
      if (at >= 0 && (!best || end > best.end || (end === best.end && length > best.length))) best = { end, length, found };
    };
    for (const { entry, en, ru } of oracle) {
      for (const zh of entry.zh) {
        const at = masked.lastIndexOf(zh);
        consider(at, zh.length, { name: text.length === original.length && at >= 0 ? original.slice(at, at + zh.length) : zh, ascii: entry.ascii });
      }
      en.forEach((pattern, index) => {
        for (const match of masked.matchAll(pattern)) consider(match.index, match[0].length, { name: entry.en[index]!, ascii: entry.ascii });
      });
      for (const pattern of ru) for (const match of masked.matchAll(pattern)) consider(match.index, match[0].length, { name: entry.ru[0]!, ascii: entry.ascii });
    }
    return best?.found;
  };
  const oracleFind = (title: string) => {
    const direct = oracleSearch(title, title);
    if (direct) return direct;
    const folded = foldScript(title);
    return folded === title ? undefined : oracleSearch(folded, title);
  };

  // Names and stems in every case, glued to letters (Latin, Cyrillic, Han, astral, a combining mark
  // that case-folds to a letter), digits, separators and the organisation's name.
  const names = PLACES.flatMap((entry) => [...entry.zh, ...entry.en, ...entry.ru]);
  const piece = fc.oneof(
    fc.constantFrom(...names),
    fc.constantFrom(...names).map((name) => name.toUpperCase()),
    fc.constantFrom(...names).map((name) => name.toLowerCase()),
    fc.constantFrom('a', 'Z', 'е', 'Ы', '宣言', '合', '7', ' ', '-', '.', '𝐀', '\u0345', 'ſ', '\u212a', 'Shanghai Cooperation Organisation', '上海合作组织', 'Деларация', 'Declaration'),
  );

  it('on titles made of names, stems and what can touch them', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), (title) => {
      expect(findPlace(title)).toEqual(oracleFind(title));
    }), { numRuns: 3000 });
  });

  it('on a name followed by itself (a refused match does not hide the next one)', () => {
    for (const name of names) {
      for (const title of [`${name}${name}`, `x${name} ${name}`, `${name}x ${name}`, `${name.slice(0, -1)}${name}`]) expect(findPlace(title)).toEqual(oracleFind(title));
    }
  });
});
