import { isSpace } from '../text/squeeze.js';

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

/** `.`, `!` or `?`: they end a sentence only before whitespace (and more, in a formula). */
function isLatinEnd(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f;
}

/** What may follow the spaces after a Latin stop that ends a formula's sentence: a capital, a letter without case, `“"«(`. */
const OPENS_SENTENCE = /^[\p{Lu}\p{Lo}“"«(]$/u;

/**
 * Does the Latin stop at `at - 1` end a formula's sentence, as the lookahead
 * `(?=\s+[\p{Lu}\p{Lo}“"«(]|\s*$)` tells: spaces, then a capital (or a letter without case,
 * `“"«(`), or spaces to the end? Read by hand: as a pattern it is quadratic in a run of spaces
 * when searched (the regex scan test), though each call here reads only the run after its stop.
 */
function endsFormulaSentence(text: string, at: number): boolean {
  let next = at;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  if (next === text.length) return true;
  return next > at && OPENS_SENTENCE.test(String.fromCodePoint(text.codePointAt(next)!));
}

/**
 * The sentences of a text, in order, as `/[^。！？]*?(?:[。！？]|[.!?](?=\s+[\p{Lu}\p{Lo}“"«(]|\s*$)|$)/gu`
 * matches them: each runs to a Chinese stop, or to a Latin one followed by spaces and a capital
 * (or by spaces to the end), or to the end of the text. The empty match at the end is left out.
 */
export function* formulaSentences(text: string): Generator<string> {
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (isCjkEnd(unit) || (isLatinEnd(unit) && endsFormulaSentence(text, at + 1))) {
      yield text.slice(start, at + 1);
      start = at + 1;
    }
  }
  if (start < text.length) yield text.slice(start);
}

/**
 * The first sentence of a text, as `/^[\s\S]*?(?:[。！？]|[.!?](?=\s|$))/u` finds it: up to the
 * first Chinese stop, or Latin stop before whitespace or the end; the whole text when there is none.
 */
export function firstSentenceOf(text: string): string {
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (isCjkEnd(unit) || (isLatinEnd(unit) && (at + 1 === text.length || isSpace(text.charCodeAt(at + 1))))) return text.slice(0, at + 1);
  }
  return text;
}
