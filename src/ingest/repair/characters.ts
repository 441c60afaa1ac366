import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** C0/C1 controls except tab and newline, plus zero-width characters and stray byte order marks. */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

/** What `removeInvisible` removes or replaces: `INVISIBLE` and the no-break space. */
const INVISIBLE_OR_NBSP = /[\u0000-\u0008\u000B-\u001F\u007F-\u00A0\u200B-\u200D\u2060\uFEFF]/;

/** A named, decimal or hexadecimal character reference. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

export { normaliseLineEndings } from './line-endings.js';

/** Remove control and zero-width characters (tab and newline are kept); no-break spaces become spaces. */
export function removeInvisible(text: string): string {
  // Most texts hold neither: one scan instead of two replacements.
  if (!INVISIBLE_OR_NBSP.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(/\u00A0/g, ' ');
}

/** Decode HTML character references (`&amp;`, `&#8220;`, `&#x201C;`) left in plain text; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) {
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? whole : decoded;
    }
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

/**
 * Clean the lines of one block: invisible characters removed, each line's indentation
 * (spaces, tabs, U+3000) and trailing whitespace dropped, empty lines removed.
 */
export function cleanLines(text: string): string {
  const visible = removeInvisible(text);
  if (!visible.includes('\n')) return visible.trim(); // one line: the common case, without the arrays
  return visible
    .split('\n')
    // `trim` drops exactly `\s` (U+3000 included), in linear time where `\s+$` is quadratic on a run.
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
