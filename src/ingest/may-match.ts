/**
 * Cheap tests that let a case-insensitive Unicode pattern be skipped: V8 takes milliseconds to
 * compile each pattern with `\p{L}` around and the `iu` flags (the case closure of every letter),
 * and runs it over the whole text; most declarations are in one script and need none of the
 * others' patterns.
 *
 * Characters that a pattern of ASCII words can match with Unicode case folding (`ſ` U+017F folds
 * to `s`, the Kelvin sign U+212A to `k`; every word has other letters too), and those that a
 * pattern of Russian words can (the Cyrillic block, and Cyrillic Extended-C, whose letters fold
 * to в, д, о, с, т, ъ, ѣ). Text without any cannot match such a pattern.
 */
const LATIN = /[A-Za-z\u017F\u212A]/u;
const CYRILLIC = /[\u0400-\u052F\u1C80-\u1C8F]/u;

/** May a pattern that needs an English word match this text? */
export function mayMatchLatin(text: string): boolean {
  return LATIN.test(text);
}

/** May a pattern that needs a Russian word match this text? */
export function mayMatchCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}
