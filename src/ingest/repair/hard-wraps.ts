/** Characters written without spaces between them: ideographs, kana, CJK and full-width punctuation. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014\u00B7]/u;

/** Is this character one that CJK text writes without spaces around it? */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** A word or number at the end of a line, with the character before it. */
const LAST_WORD = /(.?)[^\s]+$/u;
/** A word or number at the start of a line, with the character after it. */
const FIRST_WORD = /^[^\s]+?(?=(.?)$|\s)/u;

/**
 * Is the break inside a word or number written within Chinese text (`第22` + `31号`)? Then a
 * wrap cut it: the word touches a CJK character on both sides of the break.
 */
function cutInsideCjk(left: string, right: string): boolean {
  const before = LAST_WORD.exec(left)?.[1];
  const word = FIRST_WORD.exec(right)?.[0] ?? '';
  const after = right.slice(word.length).match(/^./u)?.[0];
  return isCjk(before) && isCjk(after);
}

/**
 * Join the hard-wrapped lines of one paragraph: no space where either side of the break is a
 * CJK character (or the line ends with a hyphen), or where the break cuts a number or word set in
 * Chinese text; one space between other words. Tabs and runs of spaces inside the text become
 * one space.
 */
export function joinHardWraps(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const left = out.at(-1);
    const right = line[0];
    const hyphenated = left === '-' && /\p{L}|\d/u.test(out.at(-2) ?? '');
    const glue = isCjk(left) || isCjk(right) || hyphenated || cutInsideCjk(out, line) ? '' : ' ';
    out += glue + line;
  }
  return out.replace(/[\t ]+/g, ' ');
}
