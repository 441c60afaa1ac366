/**
 * `@alcalzone/ansi-tokenize` for Ink in the UI bundle (the build resolves the package here; see
 * src/build/build.mjs), with a `styledCharsToString` that writes no escape codes between
 * neighbouring characters of the same style without working out their difference. Ink turns
 * every row of the frame into a string with it, and the package computed that difference for
 * each of the 7,200 cells of a 160×45 frame (three sets and several arrays each): two thirds of
 * the samples of the first frame's drawing in a profile, to find that most neighbours share their
 * styles.
 */
import { ansiCodesToString, type AnsiCode, diffAnsiCodes, type StyledChar } from '../../../node_modules/@alcalzone/ansi-tokenize/build/index.js';

export * from '../../../node_modules/@alcalzone/ansi-tokenize/build/index.js';

/**
 * Do two style lists hold the same codes in the same order? Then `diffAnsiCodes` between them is
 * empty: it reads only `code` and `endCode`, undoes the codes of the first that the second does
 * not set or end, and adds those of the second that the first does not set.
 */
function sameCodes(a: readonly AnsiCode[], b: readonly AnsiCode[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k]!.code !== b[k]!.code || a[k]!.endCode !== b[k]!.endCode) return false;
  return true;
}

/** The package's `styledCharsToString`, the same string. */
export function styledCharsToString(chars: StyledChar[]): string {
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (i === 0) out += ansiCodesToString(char.styles);
    else if (!sameCodes(chars[i - 1]!.styles, char.styles)) out += ansiCodesToString(diffAnsiCodes(chars[i - 1]!.styles, char.styles));
    out += char.value;
    // The styles still open are ended after the last character.
    if (i === chars.length - 1 && char.styles.length > 0) out += ansiCodesToString(diffAnsiCodes(char.styles, []));
  }
  return out;
}
