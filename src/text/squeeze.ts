/** Text as compared between titles: without whitespace. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Is `squeeze(text) === squeezed`? Compared a character at a time, whitespace skipped, to the
 * first difference: most blocks differ from the title at their first character, and are not copied.
 */
export function squeezesTo(text: string, squeezed: string): boolean {
  let matched = 0;
  for (let at = 0; at < text.length; at += 1) {
    const unit = text.charCodeAt(at);
    if (isSpace(unit)) continue;
    if (matched === squeezed.length || unit !== squeezed.charCodeAt(matched)) return false;
    matched += 1;
  }
  return matched === squeezed.length;
}

/**
 * Is this UTF-16 unit whitespace as `\s` matches it (every such character is one unit)? A test
 * checks every unit against the pattern.
 */
export function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
}
