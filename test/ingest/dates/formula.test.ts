import { describe, expect, it } from 'vitest';
import { formulaPlace, openingFormula, stripNumbering } from '../../../src/ingest/dates/formula.js';

// SYNTHETIC sentences, written for these tests in the shapes real declarations use (never copied).
describe('openingFormula', () => {
  it.each([
    ['Chinese, date first', '2031年5月6日，示例组织成员国领导人以视频方式举行元首理事会会议，并发表宣言如下：', '2031-05-06', undefined],
    ['Chinese, 于…在X举行', '示例组织成员国领导人于2032年6月7日在撒马尔罕市举行元首理事会会议，并发表宣言如下：', '2032-06-07', '撒马尔罕'],
    ['Chinese Traditional', '示例組織成員國領導人於2032年6月7日在青島舉行元首理事會會議，並發表宣言如下：', '2032-06-07', '青島'],
    ['Chinese, 根据…举行的…会议成果声明如下', '根据2033年9月17日在杜尚别举行的示例组织元首理事会会议成果声明如下：', '2033-09-17', '杜尚别'],
    ['Chinese, a range', '示例组织元首理事会会议于2034年9月15日至16日在塔什干举行，成员国领导人发表宣言如下：', '2034-09-16', '塔什干'],
    ['English, following the meeting', 'The leaders of the Example Organisation, following the meeting of the Council of Heads of State in Qingdao on 10 June 2035, hereby declare the following.', '2035-06-10', 'Qingdao'],
    ['English, held in X on', 'We the leaders, based on the results of the meeting of the Heads of State Council held in Dushanbe on 17 September 2036, hereby state the following:', '2036-09-17', 'Dushanbe'],
    ['English, month first', 'The heads of the member states, having met on July 5, 2037 in Astana at a session of the Council, state the following.', '2037-07-05', 'Astana'],
    ['English, numbered', '1. The leaders of the member states, as a result of the meeting of the Council of Heads of State in the city of Samarkand on 16 September 2038, declare the following.', '2038-09-16', 'Samarkand'],
    ['Russian', 'Руководители государств – членов Примерной организации по итогам заседания Совета глав государств-членов в Бишкеке 14 июня 2039 года заявляют о следующем.', '2039-06-14', 'Бишкек'],
    ['Russian, numbered (1)', '(1) Руководители государств-членов по итогам заседания Совета в Циндао 10 июня 2040 года заявляют о следующем.', '2040-06-10', 'Циндао'],
  ])('%s', (_shape, text, iso, place) => {
    const found = openingFormula(text, true);
    expect(found?.iso).toBe(iso);
    expect(found?.place).toBe(place);
  });

  it('takes a meeting of the leaders in the first paragraph without a declaring phrase', () => {
    expect(openingFormula('The tenth meeting of the Council of Heads of Member States was held on June 10 and 11, 2041 in Tashkent.', true)?.iso).toBe('2041-06-11');
    expect(openingFormula('Участники примерного форума собрались 10 ноября 2042 года.', true)?.iso).toBe('2042-11-10');
    // …but not in a later paragraph, where it is an ordinary clause.
    expect(openingFormula('The tenth meeting of the Council of Heads of Member States was held on June 10 and 11, 2041 in Tashkent.', false)).toBeUndefined();
  });

  it('never takes the date of another meeting named in an ordinary clause', () => {
    expect(openingFormula('成员国积极评价2031年3月2日在维也纳举行的示例委员会第63次会议成果。', true)).toBeUndefined();
    expect(openingFormula('成员国指出，2031年是示例组织成立30周年。', true)).toBeUndefined();
    expect(openingFormula('The Member States welcomed the meeting of the Heads of State held in Minsk on 3 May 2031.', true)).toBeUndefined();
    expect(openingFormula('Государства-члены приветствовали заседание глав государств в Минске 3 мая 2031 года.', true)).toBeUndefined();
  });

  it('takes the meeting\'s own date when the formula also names an earlier meeting or document', () => {
    // A formula that recalls the statement of an earlier meeting before the one it follows: the meeting is the latest date.
    const english = 'The Parties, guided by the joint statement of the Example meeting of March 4, 2040 and having met at the summit held on May 6, 2041 in the city of Bishkek, declare as follows:';
    expect(openingFormula(english, true)?.iso).toBe('2041-05-06');
    const chinese = '各方根据2040年3月4日示例会议联合声明，于2041年5月6日在比什凯克举行会晤，声明如下：';
    expect(openingFormula(chinese, true)?.iso).toBe('2041-05-06');
    const russian = 'Стороны, руководствуясь совместным заявлением встречи 4 марта 2040 года, по итогам заседания в Бишкеке 6 мая 2041 года заявляют о следующем.';
    expect(openingFormula(russian, true)?.iso).toBe('2041-05-06');
  });

  it('skips a page stamp glued before the formula (a date followed by a time of day)', () => {
    const glued = '2031年09月17日07:53 来源:示例日报示例组织成员国领导人于2031年9月16日在撒马尔罕举行元首理事会会议，并发表宣言如下：';
    expect(openingFormula(glued, true)?.iso).toBe('2031-09-16');
  });

  it('finds a declaring formula without a date, with no date', () => {
    const found = openingFormula('The leaders of the member states declare the following:', false);
    expect(found).toMatchObject({ declares: true });
    expect(found?.iso).toBeUndefined();
  });
});

describe('stripNumbering and formulaPlace', () => {
  it('removes paragraph numbering of every style', () => {
    for (const prefix of ['1. ', '12) ', '(1) ', '（一）', '一、', 'IV. ']) expect(stripNumbering(`${prefix}Text`)).toBe('Text');
    expect(stripNumbering('2031年5月6日')).toBe('2031年5月6日');
  });

  it('reads the place of the meeting', () => {
    expect(formulaPlace('成员国领导人于2031年5月6日在天津举行会议')).toBe('天津');
    expect(formulaPlace('in the city of Saint Petersburg on 7 June 2031')).toBe('Saint Petersburg');
    expect(formulaPlace('заседания в г. Екатеринбурге 16 июня 2031 года')).toBe('Екатеринбург');
    expect(formulaPlace('участники в Шанхайской организации сотрудничества по итогам заседания в Новосибирске 1 июня 2031 года')).toBe('Новосибирск');
    expect(formulaPlace('по итогам заседания в Совете 1 июня 2031 года')).toBeUndefined();
  });
});
