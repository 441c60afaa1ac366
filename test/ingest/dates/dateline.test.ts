import { describe, expect, it } from 'vitest';
import { readDateline, withYear } from '../../../src/ingest/dates/dateline.js';

// SYNTHETIC datelines in the shapes real pages use.
describe('readDateline', () => {
  it.each([
    ['г. Душанбе 17 сентября 2031 года', '2031-09-17', 'Душанбе'],
    ['г. Екатеринбург 16 июня 2031 года', '2031-06-16', 'Екатеринбург'],
    ['Moscow, 10 November 2031', '2031-11-10', 'Moscow'],
    ['(Astana, July 05, 2031)', '2031-07-05', 'Astana'],
    ['2031年11月10日，莫斯科', '2031-11-10', '莫斯科'],
    ['2031年11月10日于莫斯科', '2031-11-10', '莫斯科'],
    ['Done in Bishkek on 14 June 2031', '2031-06-14', 'Bishkek'],
    ['10 ноября 2031 года', '2031-11-10', undefined],
  ])('%s', (line, iso, place) => {
    const found = readDateline(line);
    expect(found?.iso).toBe(iso);
    expect(found?.place).toBe(place);
  });

  it('reads a news agency dateline as month and day, and its place', () => {
    expect(readDateline('新华社杜尚别9月17日电')).toEqual({ monthDay: [9, 17], place: '杜尚别', text: '新华社杜尚别9月17日电' });
    expect(readDateline('新華社青島6月10日電　示例組織成員國領導人發表宣言如下：')).toMatchObject({ monthDay: [6, 10], place: '青島', text: '新華社青島6月10日電' });
  });

  it('reads an English or Russian agency dateline (month and day, the agency in brackets or slashes) as month and day, and its place', () => {
    expect(readDateline('Examplegrad, November 18th (Example Agency)')).toEqual({ monthDay: [11, 18], place: 'Examplegrad', text: 'Examplegrad, November 18th (Example Agency)' });
    expect(readDateline('MOSCOW, June 10 (Example Agency) -- The leaders met.')).toMatchObject({ monthDay: [6, 10], place: 'MOSCOW', text: 'MOSCOW, June 10 (Example Agency) --' });
    expect(readDateline('ПРИМЕРСК, 18 ноября. /Примерное агентство/.')).toMatchObject({ monthDay: [11, 18], place: 'ПРИМЕРСК' });
    // A month and day in a sentence is no dateline.
    expect(readDateline('The Member States met in Moscow on November 18 (the second day).')).toBeUndefined();
  });

  it('rejects sentences, page stamps and long lines', () => {
    expect(readDateline('2031年11月10日，示例组织成员国领导人以视频方式举行元首理事会会议。')).toBeUndefined();
    expect(readDateline('2031-11-10 22:29')).toBeUndefined();
    expect(readDateline('17.09.2031 10:15')).toBeUndefined();
    expect(readDateline('The Member States met in Moscow on 10 November 2031 and adopted the programme.')).toBeUndefined();
    expect(readDateline('Moscow')).toBeUndefined();
  });
});

describe('withYear', () => {
  it('takes the latest such date not after the reference', () => {
    expect(withYear([9, 17], '2031-09-18')).toBe('2031-09-17');
    expect(withYear([12, 31], '2032-01-01')).toBe('2031-12-31');
    expect(withYear([2, 29], '2033-03-01')).toBe('2032-02-29');
  });
});
