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
  return segmentMany([folded])[0]!;
}

/**
 * `Intl.Segmenter` slows down more than linearly on long inputs, so texts are segmented in chunks
 * of at most this many characters, cut after punctuation (where no word can continue).
 */
const CHUNK = 1500;

/** Cut points of a long text: after 。；，!? etc. near each CHUNK boundary, else at the boundary. */
function chunks(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    let cut = start + CHUNK;
    for (let k = cut; k > start + CHUNK / 2; k--) {
      if (/[。；，、！？!?;,.:：\n]/u.test(text[k - 1]!)) {
        cut = k;
        break;
      }
    }
    out.push(text.slice(start, cut));
    start = cut;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * Segment many folded texts with few `Intl.Segmenter` calls (each has a fixed cost): short texts
 * are joined with line feeds, which are always word boundaries, and split again; long ones are
 * cut into chunks.
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
      for (const chunk of chunks(text)) for (const { segment } of words.segment(chunk)) out[i]!.push(segment);
      return;
    }
    if (size + text.length > CHUNK) flush();
    batch.push(i);
    size += text.length + 1;
  });
  flush();
  return out;
}
