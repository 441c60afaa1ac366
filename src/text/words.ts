import { foldScript } from './fold.js';

/** Any run of whitespace, including U+3000 and other Unicode spaces. */
const WHITESPACE = /\s+/gu;

/** A letter or digit of a script written with spaces between words (not Han, Kana or Hangul). */
const SPACED_WORD_CHAR = /[\p{L}\p{N}]/u;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The word segmenter, built on first use (Chinese rules also split Latin words at spaces). */
let segmenter: Intl.Segmenter | undefined;

function isSpacedWordChar(char: string | undefined): boolean {
  return char !== undefined && SPACED_WORD_CHAR.test(char) && !UNSPACED_CHAR.test(char);
}

/**
 * Fold a text for a word-level diff: like `foldText` (NFKC, Traditional → Simplified, whitespace
 * dropped) except that one space is kept between two words of a spaced script such as English.
 */
export function foldForWords(text: string): string {
  const normal = text.normalize('NFKC');
  const spaced = normal.replace(WHITESPACE, (run, offset: number) => {
    const before = normal[offset - 1];
    const after = normal[offset + run.length];
    return isSpacedWordChar(before) && isSpacedWordChar(after) ? ' ' : '';
  });
  return foldScript(spaced.trim());
}

/**
 * Split a text into word tokens with `Intl.Segmenter` (Chinese word rules; English words and the
 * single spaces between them are tokens too), after `foldForWords`. Joining the tokens gives the
 * folded text back.
 */
export function segmentWords(text: string): string[] {
  return segmentFolded(foldForWords(text));
}

/** Split an already folded text (see `foldForWords`) into word tokens with `Intl.Segmenter`. */
export function segmentFolded(folded: string): string[] {
  if (folded === '') return [];
  const words = (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
  const tokens: string[] = [];
  for (const { segment } of words.segment(folded)) tokens.push(segment);
  return tokens;
}

/**
 * Segment many folded texts in one `Intl.Segmenter` pass (each call has a fixed cost): the texts
 * are joined with line feeds, which are always word boundaries, and split again.
 */
export function segmentMany(folded: readonly string[]): string[][] {
  const out: string[][] = [[]];
  if (folded.length === 0) return [];
  const words = (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
  for (const { segment } of words.segment(folded.join('\n'))) {
    if (segment === '\n') out.push([]);
    else out[out.length - 1]!.push(segment);
  }
  return out;
}
