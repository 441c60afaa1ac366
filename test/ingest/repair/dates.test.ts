import { describe, expect, it } from 'vitest';
import { dateLine, findDate } from '../../../src/ingest/repair/dates.js';

describe('findDate', () => {
  it.each([
    ['2020年11月10日，上海合作组织', '2020-11-10'],
    ['二〇二〇年十一月十日', '2020-11-10'],
    ['２０２１年９月１７日', '2021-09-17'],
    ['2020-11-10 22:29', '2020-11-10'],
    ['Moscow, 10 November 2020', '2020-11-10'],
    ['November 10, 2020', '2020-11-10'],
    ['10 ноября 2020 года', '2020-11-10'],
    ['1 мая 2019 г.', '2019-05-01'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('rejects impossible dates and texts without a date', () => {
    expect(findDate('2020年2月30日')).toBeUndefined();
    expect(findDate('第73届联合国大会')).toBeUndefined();
  });
});

describe('dateLine', () => {
  it('accepts a line that is only a date (with a place or time) and rejects sentences', () => {
    expect(dateLine('2020年11月10日')).toBe('2020-11-10');
    expect(dateLine('2020年11月10日于莫斯科')).toBe('2020-11-10');
    expect(dateLine('2020年11月10日，上海合作组织成员国领导人以视频方式举行元首理事会会议。')).toBeUndefined();
  });
});
