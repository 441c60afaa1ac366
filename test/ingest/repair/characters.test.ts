import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLines, decodeEntities, normaliseLineEndings, removeInvisible } from '../../../src/ingest/repair/characters.js';

describe('character repairs', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normaliseLineEndings('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('removes controls, zero-width characters and stray BOMs; no-break spaces become spaces', () => {
    expect(removeInvisible('成\u0000员\u0007国\u200b重\ufeff申\u00a0a\tb\nc\u001b')).toBe('成员国重申 a\tb\nc');
  });

  it('decodes named and numeric character references, keeping unknown names', () => {
    expect(decodeEntities('&ldquo;上合组织&rdquo; &amp; &#12298;宪章&#x300B; &nosuch; &#0;')).toBe('“上合组织” & 《宪章》 &nosuch; \ufffd');
  });

  it('drops U+3000, tab and space indentation and blank lines', () => {
    expect(cleanLines('\u3000\u3000成员国指出，\n\t恐怖主义。  \n \u3000 \n')).toBe('成员国指出，\n恐怖主义。');
  });
});

describe('removeInvisible', () => {
  it('gives what the two replacements give, returning most texts as they are', () => {
    const reference = (text: string): string => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\u00A0/g, ' ');
    const unit = fc.constantFrom('合', 'a', ' ', '\n', '\t', '\u0000', '\u0008', '\u000B', '\u001F', '\u007F', '\u009F', '\u00A0', '\u00A1', '\u200B', '\u200D', '\u200E', '\u2060', '\uFEFF', '\u3000');
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
      const text = units.join('');
      expect(removeInvisible(text)).toBe(reference(text));
    }), { numRuns: 3000 });
  });
});
