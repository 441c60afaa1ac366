import { buildConverter, witnessCodePoints } from './script-chars.js';

/** Converter from Traditional to Simplified (mainland) characters, built on first use. */
let toSimplified: ((text: string) => string) | undefined;

/** Code points that OpenCC may change (see `witnessCodePoints`): a BMP bitmap and the astral rest. */
let witnesses: { bmp: Uint8Array; astral: Set<number> } | undefined;

/** Any run of whitespace, including U+3000 and other Unicode spaces. */
const WHITESPACE = /\s+/gu;

/** Does the text contain a character from the CJK ideograph blocks? */
export function hasIdeographs(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** Could OpenCC change this text? False means the converter would return it unchanged. */
export function mayConvert(text: string): boolean {
  if (witnesses === undefined) {
    const bmp = new Uint8Array(0x10000);
    const astral = new Set<number>();
    for (const code of witnessCodePoints()) {
      if (code < 0x10000) bmp[code] = 1;
      else astral.add(code);
    }
    witnesses = { bmp, astral };
  }
  const { bmp, astral } = witnesses;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (bmp[unit] === 1) return true;
    if (unit >= 0xd800 && unit <= 0xdbff && astral.size > 0 && astral.has(text.codePointAt(i)!)) return true;
  }
  return false;
}

/**
 * Fold Traditional characters to Simplified (OpenCC `t2cn`); text without ideographs is returned
 * as is. The converter walks its dictionary trie at every character, so texts it cannot change
 * (most Simplified text) skip it.
 */
export function foldScript(text: string): string {
  if (!hasIdeographs(text) || !mayConvert(text)) return text;
  const convert = (toSimplified ??= buildConverter());
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
