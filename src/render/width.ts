import stringWidth from 'string-width';

/**
 * Width of one UTF-16 unit in terminal cells when it is certain without `string-width`: printable
 * ASCII, common punctuation, CJK ideographs, CJK punctuation (not the combining tone marks U+302A–302F) and fullwidth
 * forms. Such a character is a grapheme of its own and never an emoji, so these widths simply add
 * up. Anything else: undefined.
 */
export function quickWidth(code: number): number | undefined {
  if (code >= 0x20 && code <= 0x7e) return 1;
  // Dashes, curly quotes, ellipsis, middle dot, section sign, the report's arrows: narrow.
  if ((code >= 0x2010 && code <= 0x2027) || code === 0xb7 || code === 0xa7 || (code >= 0x2190 && code <= 0x2193) || code === 0x21b7) return 1;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if ((code >= 0x3001 && code <= 0x3029) || (code >= 0x3030 && code <= 0x303e)) return 2;
  if ((code >= 0xff01 && code <= 0xff60) || (code >= 0x3400 && code <= 0x4dbf)) return 2;
  if (code === 0x3000) return 2;
  return undefined;
}

/**
 * Width of text in terminal cells (CJK and other wide characters count 2), exactly as
 * `string-width` (and so Ink) measures it. The common characters of a declaration are counted
 * directly: `string-width` segments graphemes and runs several regular expressions per call,
 * which made it most of the time of a text report.
 */
export function cellWidth(text: string): number {
  let width = 0;
  for (let at = 0; at < text.length; at++) {
    const quick = quickWidth(text.charCodeAt(at));
    if (quick === undefined) return stringWidth(text); // anything unusual: measure the whole text exactly
    width += quick;
  }
  return width;
}
