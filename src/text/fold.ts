import { convertT2s } from './t2s.js';

/** Any run of whitespace, including U+3000 and other Unicode spaces. */
const WHITESPACE = /\s+/gu;

/** Does the text contain a character from the CJK ideograph blocks? */
export function hasIdeographs(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * Fold Traditional characters to Simplified (OpenCC `t2cn`, see `convertT2s`); text without
 * ideographs is returned as is, and so is text the converter does not change (most Simplified
 * text), which its scan finds at about the cost of a pre-check.
 */
export function foldScript(text: string): string {
  return hasIdeographs(text) ? convertT2s(text) : text;
}

/**
 * The canonical folding of the diff contract: Unicode NFKC (full-/half-width forms, U+3000),
 * all whitespace removed, Traditional folded to Simplified.
 * Two clauses are "not reworded" exactly when their folded texts are equal.
 */
export function foldText(text: string): string {
  return foldScript(text.normalize('NFKC').replace(WHITESPACE, ''));
}
