import { UsageError } from '../errors.js';
import { printable } from '../text/sanitize.js';
import { languageName, languageOf } from '../tree/language.js';
import type { Declaration } from '../types.js';

/** A declaration and the label the user knows it by. */
interface Labelled {
  declaration: Declaration;
  label: string;
}

/**
 * Refuse a comparison of declarations in different languages (Simplified and Traditional Chinese
 * are one), unless `anyLanguage`: aligning a text with its translation pairs nothing. A
 * declaration whose language cannot be told is compared with anything.
 */
export function requireOneLanguage(from: Labelled, to: Labelled, anyLanguage = false): void {
  if (anyLanguage) return;
  const a = languageOf(from.declaration);
  const b = languageOf(to.declaration);
  if (a === undefined || b === undefined || a === b) return;
  throw new UsageError(
    `cannot compare a declaration in ${languageName(a)} (${printable(from.label)}) with one in ${languageName(b)} (${printable(to.label)}): pass --any-language to compare them anyway`,
  );
}
