import { convertT2s } from './t2s.js';

/** Any run of whitespace, including U+3000 and other Unicode spaces. */
const WHITESPACE = /\s+/gu;

/** Does the text contain a character from the CJK ideograph blocks? */
export function hasIdeographs(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * Fold Traditional characters to Simplified at phrase level (OpenCC's `t2s` dictionaries with
 * Taiwan's and Hong Kong's variants: 隨著 → 随着, 顯著 → 显著, 著名 stays; see `convertT2s`), and
 * corner quotes 「」『』 to “”‘’. Text the converter does not change is returned as is: Simplified
 * text, and all text without ideographs or corner quotes, since every source in its dictionaries
 * starts with one (a test checks it). Its scan costs about what a pre-check for ideographs would.
 */
export function foldScript(text: string): string {
  return convertT2s(text);
}

/**
 * The canonical folding of the diff contract: Unicode NFKC (full-/half-width forms, U+3000),
 * all whitespace removed, Traditional folded to Simplified (corner quotes too).
 * Two clauses are "not reworded" exactly when their folded texts are equal.
 */
export function foldText(text: string): string {
  return foldScript(text.normalize('NFKC').replace(WHITESPACE, ''));
}
