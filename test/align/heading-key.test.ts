import { describe, expect, it } from 'vitest';
import { headingKey } from '../../src/align/heading-key.js';

describe('headingKey', () => {
  it('ignores numbering of every usual form', () => {
    for (const heading of ['安全合作', '一、安全合作', '（二）安全合作', '(3)安全合作', '1. 安全合作', '1.2 安全合作', '第一部分 安全合作', '第三章　安全合作', '十二、安全合作']) {
      expect(headingKey(heading), heading).toBe('安全合作');
    }
  });

  it('folds width, spaces and script, and keeps a heading that is only a number', () => {
    expect(headingKey('經貿 合作')).toBe('经贸合作');
    expect(headingKey('2020')).toBe('2020');
    expect(headingKey('IV. Cooperation')).toBe('Cooperation');
  });
});
