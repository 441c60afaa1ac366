import { describe, expect, it } from 'vitest';
import { languageName, languageOf } from '../../src/tree/language.js';
import type { Declaration } from '../../src/types.js';

/** A declaration of these clauses, with `lang` when given. SYNTHETIC text, invented for this test. */
function declaration(clauses: string[], lang?: string): Declaration {
  return {
    meta: { title: 'Test', ...(lang === undefined ? {} : { lang }), signatories: [], extra: {} },
    preamble: [],
    sections: [{ heading: 'One', depth: 2, clauses, children: [] }],
  };
}

describe('languageOf', () => {
  it('reads the language from `lang`: Simplified and Traditional Chinese are one language', () => {
    expect(languageOf(declaration(['x'], 'zh-Hans'))).toBe('zh');
    expect(languageOf(declaration(['x'], 'zh-Hant'))).toBe('zh');
    expect(languageOf(declaration(['x'], 'EN'))).toBe('en');
    expect(languageOf(declaration(['x'], 'ru-RU'))).toBe('ru');
  });

  it('detects it from the text when there is no `lang`', () => {
    expect(languageOf(declaration(['The member states of the test met in the town and agreed to plant trees.']))).toBe('en');
    expect(languageOf(declaration(['Государства-члены провели встречу и договорились посадить деревья в городе.']))).toBe('ru');
    expect(languageOf(declaration(['成员国在测试城市举行会议，同意共同种植树木。']))).toBe('zh');
    expect(languageOf(declaration(['1234']))).toBeUndefined();
  });
});

describe('languageName', () => {
  it('names the languages of the declarations, and gives other tags as they are', () => {
    expect(['zh', 'en', 'ru', 'fr', 'und', 'kk'].map(languageName)).toEqual(['Chinese', 'English', 'Russian', 'French', 'Unknown language', 'kk']);
  });
});
