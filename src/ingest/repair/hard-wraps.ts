/** Characters written without spaces between them: ideographs, kana, CJK and full-width punctuation. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026\u2014\u00B7]/u;

/** Is this character one that CJK text writes without spaces around it? */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Is this character part of a word or number written without CJK (not a space, not CJK)? */
const inRun = (ch: string | undefined): boolean => ch !== undefined && !/\s/u.test(ch) && !isCjk(ch);

/**
 * Is the break inside a word or number written within Chinese text (`第22` + `31号`)? Then a
 * wrap cut it: the run of non-CJK characters around the break touches a CJK character on both sides.
 */
function cutInsideCjk(left: string, right: string): boolean {
  // Code point by code point from the break outwards: `left` is the paragraph joined so far.
  let end = left.length;
  let before = pointBefore(left, end);
  while (inRun(before)) {
    end -= before!.length;
    before = pointBefore(left, end);
  }
  let start = 0;
  let after = pointAt(right, start);
  while (inRun(after)) {
    start += after!.length;
    after = pointAt(right, start);
  }
  return isCjk(before) && isCjk(after);
}

/** The code point that ends at `end` of `text`, if any. */
function pointBefore(text: string, end: number): string | undefined {
  if (end <= 0) return undefined;
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 ? text.slice(end - 2, end) : text[end - 1];
}

/** The code point that starts at `start` of `text`, if any. */
function pointAt(text: string, start: number): string | undefined {
  const code = text.codePointAt(start);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/**
 * Join the hard-wrapped lines of one paragraph: no space where either side of the break is a
 * CJK character (or the line ends with a hyphen), or where the break cuts a number or word set in
 * Chinese text; one space between other words. Tabs and runs of spaces inside the text become
 * one space.
 */
export function joinHardWraps(text: string): string {
  if (!text.includes('\n')) return text.trim().replace(/[\t ]+/g, ' '); // one line: nothing to join
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
