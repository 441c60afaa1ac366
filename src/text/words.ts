import { foldScript, foldTypography, hasIdeographs, isIdeographic } from './fold.js';

/** Any run of whitespace, including U+3000 and other Unicode spaces. */
const WHITESPACE = /\s+/gu;
const HAS_WHITESPACE = /\s/u;

/** A letter or digit of a script written with spaces between words (not Han, Kana or Hangul). */
const SPACED_WORD_CHAR = /[\p{L}\p{N}]/u;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The word segmenter, built on first use (Chinese rules also split Latin words at spaces). */
let segmenter: Intl.Segmenter | undefined;

/**
 * Is this UTF-16 unit a letter or digit of a spaced script? ASCII and the main ideograph block are
 * answered directly: compiling the Unicode property classes costs about a millisecond, and most
 * texts need them for nothing else.
 */
export function isSpacedWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x4e00 && code <= 0x9fff) return false; // CJK Unified Ideographs: Han
  return SPACED_WORD_CHAR.test(char) && !UNSPACED_CHAR.test(char);
}

/**
 * Fold a text for a word-level diff: like `foldText` (NFKC; Chinese text Traditional → Simplified,
 * other text its typography; whitespace dropped) except that one space is kept between two words
 * of a spaced script such as English. Typography folds before the spaces are decided, so that a
 * space by a dash or a quote goes whatever the dash or quote (`государств – членов` →
 * `государств-членов`).
 */
export function foldForWords(text: string): string {
  const nfkc = text.normalize('NFKC');
  const ideographic = isIdeographic(nfkc);
  const normal = ideographic ? nfkc : foldTypography(nfkc);
  // Most Chinese clauses hold no whitespace: nothing to replace (the replace below calls back per run).
  if (!HAS_WHITESPACE.test(normal)) return ideographic ? foldScript(normal) : normal;
  const spaced = normal.replace(WHITESPACE, (run, offset: number) => {
    const before = normal[offset - 1];
    const after = normal[offset + run.length];
    return isSpacedWordChar(before) && isSpacedWordChar(after) ? ' ' : '';
  });
  // Text without ideographs has nothing left for foldScript once its typography is folded.
  return ideographic ? foldScript(spaced.trim()) : spaced.trim();
}

/**
 * The clauses of a split or merge, folded for words and joined as the word diff compares them:
 * one space between clauses of a spaced script, so that `matter.` and the next clause's `11. The`
 * stay apart (folding keeps no space after a full stop); Chinese as one text, its `。` ending each
 * clause visibly.
 */
export function foldClausesForWords(clauses: readonly string[]): string {
  if (clauses.length === 1) return foldForWords(clauses[0]!);
  if (clausesJoinTight(clauses)) return foldForWords(clauses.join('\n'));
  return clauses.map(foldForWords).filter(Boolean).join(' ');
}

/** Are these clauses joined with nothing between them for the word diff (Chinese), or with one space? */
export function clausesJoinTight(clauses: readonly string[]): boolean {
  return isIdeographic(clauses.join('\n').normalize('NFKC'));
}

/** One piece of a text as written (a code point or a grapheme), and what it contributes to the text folded for words. */
export interface FoldedPiece {
  ch: string;
  folded: string;
}

/** A piece made of whitespace only. */
const ALL_WHITESPACE = /^\s+$/u;

/**
 * `foldForWords` a piece at a time (the pieces of a text in order: its code points, or its
 * graphemes when folding joins code points, as NFKC does with a letter and a combining accent),
 * to map a word diff back onto the text as written: each piece with `foldPiece` of it, told
 * whether the whole text folds as Chinese (`isIdeographic` of it after NFKC: then a quote or a
 * dash stays, else it folds with the typography), except whitespace, which gives one space (on
 * the first of its run) between two words of a spaced script and nothing elsewhere. The parts
 * join to `foldForWords` of the text unless folding spans pieces (a Traditional phrase, a code
 * point NFKC composes with the next): callers compare.
 */
export function foldForWordsByPiece(pieces: Iterable<string>, foldPiece: (piece: string, ideographic: boolean) => string): FoldedPiece[] {
  const list = Array.from(pieces);
  const text = list.join('');
  // NFKC makes ideographs of a few signs (㊀, ⼀) and never makes one a non-ideograph.
  const ideographic = isIdeographic(text) || isIdeographic(text.normalize('NFKC'));
  const parts = list.map((ch) => ({ ch, folded: ALL_WHITESPACE.test(ch) ? '' : foldPiece(ch, ideographic) }));
  for (let start = 0; start < parts.length; start++) {
    if (!ALL_WHITESPACE.test(parts[start]!.ch)) continue;
    let end = start;
    while (end < parts.length && ALL_WHITESPACE.test(parts[end]!.ch)) end++;
    const before = parts[start - 1]?.folded ?? '';
    const after = parts[end]?.folded ?? '';
    if (isSpacedWordChar(before[before.length - 1]) && isSpacedWordChar(after[0])) parts[start]!.folded = ' ';
    start = end;
  }
  return parts;
}

/**
 * Split a text into word tokens with `Intl.Segmenter` (Chinese word rules; English words and the
 * single spaces between them are tokens too), after `foldForWords`. Joining the tokens gives the
 * folded text back.
 */
export function segmentWords(text: string): string[] {
  return segmentMany([foldForWords(text)])[0]!;
}

/**
 * `Intl.Segmenter` allocates in proportion to the length of its input at every segment it
 * returns (so time and garbage grow with the square of a long input), and each call has a fixed
 * cost (tens of microseconds): texts are segmented in pieces of about this many characters, long
 * ones cut, short ones joined.
 */
const CHUNK = 128;

/**
 * Characters after which no word continues, so a piece may end there without changing the words:
 * Chinese punctuation, a line feed, a space. Not ASCII `.` or `,` in general: folding drops the
 * space after them, and `results.Member` or `1,000` is one word.
 */
const BREAK_AFTER = /[。；，、！？：\n ]/u;
/**
 * ASCII punctuation that folding makes of ，；：！？ (NFKC): a word ends after it when an
 * ideograph follows (no rule joins punctuation to a Han character).
 */
const BREAK_BEFORE_IDEOGRAPH = /[,;:!?]/u;

/** May a piece end just before position `k` of `text` without changing the words? */
function safeCut(text: string, k: number): boolean {
  const before = text[k - 1]!;
  return BREAK_AFTER.test(before) || (BREAK_BEFORE_IDEOGRAPH.test(before) && hasIdeographs(text[k] ?? ''));
}

/** Longest piece `chunks` makes while looking for a place to cut (the cost stays linear). */
const LONGEST_PIECE = 8 * CHUNK;

/**
 * Pieces of a text of about CHUNK characters, each cut where no word continues: the last such
 * place in the second half of the piece, else the first one after it; only a stretch of
 * LONGEST_PIECE characters with no such place at all (no punctuation, no space) is cut blindly.
 */
function chunks(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    let cut = 0;
    for (let k = start + CHUNK; k > start + CHUNK / 2 && cut === 0; k--) if (safeCut(text, k)) cut = k;
    for (let k = start + CHUNK + 1; k < Math.min(text.length, start + LONGEST_PIECE) && cut === 0; k++) if (safeCut(text, k)) cut = k;
    if (cut === 0) {
      cut = Math.min(text.length, start + LONGEST_PIECE);
      if (/[\ud800-\udbff]/.test(text[cut - 1]!)) cut--; // not between the halves of a surrogate pair
    }
    out.push(text.slice(start, cut));
    start = cut;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * Split many texts already folded by `foldForWords` into word tokens with `Intl.Segmenter`: short texts are joined with line feeds (always
 * a word boundary, and never inside a folded text) into pieces of about CHUNK characters and split
 * again; long ones are cut into pieces.
 */
export function segmentMany(folded: readonly string[]): string[][] {
  const out: string[][] = folded.map(() => []);
  // Building a segmenter loads ICU data (~15 ms): not when there is nothing to segment.
  if (folded.every((text) => text === '')) return out;
  const words = (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
  let batch: number[] = [];
  let size = 0;
  const flush = () => {
    if (batch.length === 0) return;
    let k = 0;
    for (const { segment } of words.segment(batch.map((i) => folded[i]).join('\n'))) {
      if (segment === '\n') k++;
      else out[batch[k]!]!.push(segment);
    }
    batch = [];
    size = 0;
  };
  folded.forEach((text, i) => {
    if (text.length > CHUNK) {
      for (const piece of chunks(text)) for (const { segment } of words.segment(piece)) out[i]!.push(segment);
      return;
    }
    if (size + text.length > CHUNK) flush();
    batch.push(i);
    size += text.length + 1;
  });
  flush();
  return out;
}
