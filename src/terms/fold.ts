import { foldForWords, isSpacedWordChar } from '../text/words.js';

/** Fold a text for phrase matching: `foldForWords` (NFKC, Traditional → Simplified, one space between spaced words), lower case. */
export function foldForTerms(text: string): string {
  return foldForWords(text).toLowerCase();
}

/**
 * How many times a phrase occurs in a text, both folded (`foldForTerms`), without overlaps; a
 * phrase that begins or ends with a letter of a spaced script (English, Russian) counts only
 * where it begins or ends a word.
 */
export function countOccurrences(text: string, phrase: string): number {
  return countFolded(foldForTerms(text), foldForTerms(phrase));
}

/** `countOccurrences` of a text and a phrase already folded. */
export function countFolded(text: string, phrase: string): number {
  if (!phrase) return 0;
  const startsWord = isSpacedWordChar(phrase[0]);
  const endsWord = isSpacedWordChar(phrase[phrase.length - 1]);
  let count = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return count;
    const end = at + phrase.length;
    if ((!startsWord || !isSpacedWordChar(text[at - 1])) && (!endsWord || !isSpacedWordChar(text[end]))) {
      count += 1;
      from = end;
    } else from = at + 1;
  }
}
