import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayMatchCyrillic, mayMatchLatin } from '../../src/ingest/may-match.js';
import { findDate } from '../../src/ingest/repair/dates.js';
import { findPlace } from '../../src/ingest/place.js';

/** Words of the English and Russian patterns (places, dates, datelines) skipped on text without their letters. */
const ENGLISH = /January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Moscow|Astana|Ufa|Goa|Baku|Sochi|done|signed|in|on|at|the|dated?|st|nd|rd|th/iu;
const RUSSIAN = /января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|Москв|Уф|Сочи|года|год|г\.|г|гор\.|город|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр/iu;

/** Characters that fold onto the words' letters, and others. */
const CHARS = [...'aAsSkKeEpPtTuUfFoOwWcCmM\u017F\u212A гГоОдДсСтТъЪяЯвВ\u1C80\u1C81\u1C82\u1C83\u1C84\u1C85\u1C86\u1C87\u1C88莫斯科年月日0123456789 ,.'];

describe('mayMatchLatin, mayMatchCyrillic', () => {
  it('hold for every text that an English or Russian word matches, case folding included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })), (text) => {
        if (ENGLISH.test(text)) expect(mayMatchLatin(text)).toBe(true);
        if (RUSSIAN.test(text)) expect(mayMatchCyrillic(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('leave dates and places found as before', () => {
    expect(findDate('10 September 2020')?.iso).toBe('2020-09-10');
    expect(findDate('2020年9月10日')?.iso).toBe('2020-09-10');
    expect(findDate('10 \u1C82\u1C83тября 2020')).toBeUndefined(); // октября needs its к
    expect(findDate('10 ноября 2020')?.iso).toBe('2020-11-10');
    expect(findPlace('Ba\u212Au Declaration')?.ascii).toBe('baku');
  });
});
