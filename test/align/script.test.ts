import { describe, expect, it } from 'vitest';
import { tokensFor } from '../../src/align/script.js';
import { doc } from './docs.js';

describe('the tokeniser of a comparison', () => {
  const zh = doc(['成员国强调，加强能源领域合作十分重要。']);
  const en = doc(['The member states stress the importance of energy cooperation.']);
  const ru = doc(['Государства-члены подчёркивают важность сотрудничества в энергетике.']);
  const tagged = (lang: string, d = doc(['…'])) => ({ ...d, meta: { ...d.meta, lang } });

  it('reads meta.lang: bigrams when both are Chinese, words otherwise', () => {
    expect(tokensFor(tagged('zh-Hans'), tagged('zh-Hant'))).toBe('bigrams');
    expect(tokensFor(tagged('en'), tagged('en'))).toBe('words');
    expect(tokensFor(tagged('ru'), tagged('ru'))).toBe('words');
    expect(tokensFor(tagged('zh-Hans'), tagged('en'))).toBe('words');
  });

  it('detects the language when meta.lang is absent', () => {
    expect(tokensFor(zh, zh)).toBe('bigrams');
    expect(tokensFor(en, en)).toBe('words');
    expect(tokensFor(ru, ru)).toBe('words');
    // meta.lang wins over the text.
    expect(tokensFor(tagged('en', zh), tagged('en', zh))).toBe('words');
  });
});
