import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/language.js';

describe('detectLanguage', () => {
  it('tells Simplified from Traditional Chinese', () => {
    expect(detectLanguage('上海合作组织成员国元首理事会莫斯科宣言。成员国重申，坚定支持联合国。')).toBe('zh-Hans');
    expect(detectLanguage('上海合作組織成員國元首理事會莫斯科宣言。成員國重申，堅定支持聯合國。')).toBe('zh-Hant');
  });

  it('recognises Russian and English, and says nothing when unsure', () => {
    expect(detectLanguage('Государства-члены подчеркивают важность сотрудничества.')).toBe('ru');
    expect(detectLanguage('The Member States stress the importance of the cooperation.')).toBe('en');
    expect(detectLanguage('12345 — 678')).toBeUndefined();
  });
});
