/** Characters written without spaces between them: ideographs, kana, CJK and full-width punctuation. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014\u00B7]/u;

/** Is this character one that CJK text writes without spaces around it? */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * Join the hard-wrapped lines of one paragraph: no space where either side of the break is a
 * CJK character (or the line ends with a hyphen), one space between other words.
 * Tabs and runs of spaces inside the text become one space.
 */
export function joinHardWraps(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const left = out.at(-1);
    const right = line[0];
    const glue = isCjk(left) || isCjk(right) || (left === '-' && /\p{L}|\d/u.test(out.at(-2) ?? '')) ? '' : ' ';
    out += glue + line;
  }
  return out.replace(/[\t ]+/g, ' ');
}
