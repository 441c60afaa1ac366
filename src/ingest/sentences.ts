/**
 * Sentences read a character at a time. The patterns these replace (`[^。！？]*?(?:…)`) keep a
 * backtracking entry per character they pass: a paragraph of megabytes without a full stop
 * overflowed the stack ("input is nested too deeply"). Each function is property-tested against
 * the pattern it replaces (`test/ingest/sentences.test.ts`).
 */

/** A Chinese full stop, exclamation or question mark: it ends a sentence wherever it stands. */
function isCjkEnd(unit: number): boolean {
  return unit === 0x3002 || unit === 0xff01 || unit === 0xff1f;
}

/** `.`, `!` or `?`: they end a sentence only before what `LATIN_END_*` accept. */
function isLatinEnd(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f;
}

/** After a Latin stop that ends a sentence of a formula: spaces and a capital (or `“"«(`), or only spaces to the end. */
const LATIN_END_BEFORE_CAPITAL = /\s+[\p{Lu}\p{Lo}“"«(]|\s*$/uy;

/**
 * The sentences of a text, in order, as `/[^。！？]*?(?:[。！？]|[.!?](?=\s+[\p{Lu}\p{Lo}“"«(]|\s*$)|$)/gu`
 * matches them: each runs to a Chinese stop, or to a Latin one followed by spaces and a capital
 * (or by spaces to the end), or to the end of the text. The empty match at the end is left out.
 */
export function* formulaSentences(text: string): Generator<string> {
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (isCjkEnd(unit) || (isLatinEnd(unit) && followedBy(LATIN_END_BEFORE_CAPITAL, text, at + 1))) {
      yield text.slice(start, at + 1);
      start = at + 1;
    }
  }
  if (start < text.length) yield text.slice(start);
}

/** Does `pattern` (sticky) match at `at`? */
function followedBy(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * The first sentence of a text, as `/^[\s\S]*?(?:[。！？]|[.!?](?=\s|$))/u` finds it: up to the
 * first Chinese stop, or Latin stop before whitespace or the end; the whole text when there is none.
 */
export function firstSentenceOf(text: string): string {
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (isCjkEnd(unit) || (isLatinEnd(unit) && (at + 1 === text.length || WHITESPACE.test(text.charAt(at + 1))))) return text.slice(0, at + 1);
  }
  return text;
}

/** One whitespace character, as `\s` reads it (all of them are in the BMP). */
const WHITESPACE = /^\s$/u;
