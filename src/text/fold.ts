import * as OpenCC from 'opencc-js/t2cn';

/** Converter from Traditional to Simplified (mainland) characters, built on first use. */
let toSimplified: ((text: string) => string) | undefined;

/** Any run of whitespace, including U+3000 and other Unicode spaces. */
const WHITESPACE = /\s+/gu;

/** Does the text contain a character from the CJK ideograph blocks? */
export function hasIdeographs(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** Fold Traditional characters to Simplified; text without ideographs is returned as is. */
export function foldScript(text: string): string {
  if (!hasIdeographs(text)) return text;
  const convert = (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/**
 * The canonical folding of the diff contract: Unicode NFKC (full-/half-width forms, U+3000),
 * all whitespace removed, Traditional folded to Simplified.
 * Two clauses are "not reworded" exactly when their folded texts are equal.
 */
export function foldText(text: string): string {
  return foldScript(text.normalize('NFKC').replace(WHITESPACE, ''));
}
