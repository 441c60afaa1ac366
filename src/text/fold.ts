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
 * Typographic variants of text in a spaced script (English, Russian), after NFKC: apostrophes
 * and single quotes, double quotes and guillemets (corner quotes too, which Chinese folds to “”‘’),
 * dashes, minus and hyphens (U+2011 is U+2010 after NFKC), and ё.
 */
const TYPOGRAPHIC = /[‘’‛ʼ『』“”„‟«»「」‐‒–—―−ёЁ]/;
const TYPOGRAPHIC_ALL = /[‘’‛ʼ『』“”„‟«»「」‐‒–—―−ёЁ]/g;
const TYPOGRAPHIC_FOLD: Readonly<Record<string, string>> = {
  '‘': "'", '’': "'", '‛': "'", ʼ: "'", '『': "'", '』': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '「': '"', '」': '"',
  '‐': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  ё: 'е', Ё: 'Е',
};

/**
 * Does a text (after NFKC) fold as Chinese: does it hold a CJK ideograph? Chinese text keeps
 * its quotes and dashes (“”, ——: its own punctuation) and folds its script; any other text
 * folds its typography instead (`foldTypography`). A fixed character class, cheap to build, and
 * it answers a Chinese clause at its first ideograph.
 */
export function isIdeographic(text: string): boolean {
  return IDEOGRAPH.test(text);
}
/** The ideograph blocks: extension A and the main block, compatibility ideographs, planes 2 and 3. */
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud8bf]/;

/**
 * Fold the typography of a text that is not Chinese (after NFKC): apostrophes ’ ‘ ʼ to ', double
 * quotes “ ” „ « » to ", dashes — – ‒ − and hyphens ‐ ‑ to -, ё to е (a spaced compound dash,
 * `государств – членов`, loses its spaces with all whitespace that is not between two words). Each
 * character folds to one character, and nothing it makes folds again.
 */
export function foldTypography(text: string): string {
  return TYPOGRAPHIC.test(text) ? text.replace(TYPOGRAPHIC_ALL, (ch) => TYPOGRAPHIC_FOLD[ch]!) : text;
}

/**
 * The canonical folding of the diff contract: Unicode NFKC (full-/half-width forms, U+3000),
 * all whitespace removed, then, for Chinese text (`isIdeographic`), Traditional folded to
 * Simplified (corner quotes too), for any other text its typography (`foldTypography`).
 * Two clauses are "not reworded" exactly when their folded texts are equal.
 */
export function foldText(text: string): string {
  const normal = text.normalize('NFKC').replace(WHITESPACE, '');
  return foldNormal(normal, isIdeographic(normal));
}

/**
 * `foldText` of a piece of a longer text (a character of a clause), folded as Chinese or not as
 * the whole text is (`isIdeographic` of it after NFKC).
 */
export function foldTextAs(text: string, ideographic: boolean): string {
  return foldNormal(text.normalize('NFKC').replace(WHITESPACE, ''), ideographic);
}

function foldNormal(normal: string, ideographic: boolean): string {
  // Text without ideographs has nothing left for foldScript once its corner quotes are folded.
  return ideographic ? foldScript(normal) : foldTypography(normal);
}
