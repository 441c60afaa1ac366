import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsSentence } from '../../../src/ingest/repair/sentence.js';

describe('endsSentence', () => {
  it.each(['成员国认为：', '成员国支持。', 'The member states agree.', 'он сказал: «да».”', '他说：“是。”', '（见附件。）', '「全文。」』'])('%j ends a sentence', (text) => {
    expect(endsSentence(text)).toBe(true);
  });

  it.each(['', '”', '安全合作', '2020年11月10日', '一、政治合作', 'Test section one', '“引号”'])('%j does not', (text) => {
    expect(endsSentence(text)).toBe(false);
  });

  it('reads the end as the pattern it replaced did', () => {
    // The pattern as it was: an end mark, then any closing quotes or brackets, at the end.
    const reference = (text: string): boolean => /[。！？；：.!?;:]["'”’」』）)]*$/u.test(text);
    const unit = fc.constantFrom('。', '！', '？', '；', '：', '.', '!', '?', ';', ':', '"', "'", '”', '’', '」', '』', '）', ')', '合', 'a', ' ', '\n', '😀', '\udc00', '，', '“', '（');
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
      const text = units.join('');
      expect(endsSentence(text)).toBe(reference(text));
    }), { numRuns: 5000 });
  });
});
