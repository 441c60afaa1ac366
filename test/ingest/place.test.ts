import { describe, expect, it } from 'vitest';
import { defaultId, validateId } from '../../src/ingest/declaration-id.js';
import { findPlace } from '../../src/ingest/place.js';
import type { Declaration } from '../../src/types.js';

const declaration = (title: string, date?: string, place?: string): Declaration => ({
  meta: { title, signatories: [], extra: {}, ...(date ? { date } : {}), ...(place ? { place } : {}) },
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
  ])('%s → %s', (title, name, ascii) => {
    const found = findPlace(title);
    expect(found?.name).toBe(name);
    expect(found?.ascii).toBe(ascii);
  });
});

describe('defaultId', () => {
  it('is <year>-<place in ASCII>, with a generic fallback', () => {
    expect(defaultId(declaration('上海合作组织成员国元首理事会莫斯科宣言', '2020-11-10'))).toBe('2020-moscow');
    expect(defaultId(declaration('某某宣言', '2019-06-14'))).toBe('2019-declaration');
    expect(defaultId(declaration('某某宣言', '2019-06-14', '比什凯克'))).toBe('2019-bishkek');
    expect(defaultId(declaration('某某宣言'))).toBe('undated-declaration');
  });

  it('refuses an id that ends like a file name: every command would read it as a path', () => {
    for (const id of ['a.md', 'v1.txt', 'x.html', 'x.htm', 'x.markdown', 'X.MD'.toLowerCase()]) expect(() => validateId(id)).toThrow(/ends like a file name/);
    expect(validateId('v1.0')).toBe('v1.0');
  });

  it('always gives a valid id', () => {
    expect(validateId(defaultId(declaration('New Delhi Declaration', '2023-07-04')))).toBe('2023-new-delhi');
  });
});
