/**
 * `string-width`, once loaded: on Node 20 importing it costs 30–70 ms (it builds the RGI emoji
 * regular expression at load), a quarter of a text report of two declarations, so it is
 * loaded only when a text needs it.
 */
let fullWidth: ((text: string) => number) | undefined;
/** A text needed `string-width` before it was loaded (see `withCellWidths`). */
let missed = false;

/**
 * Width of one UTF-16 unit in terminal cells when it is certain without `string-width`: printable
 * ASCII, Latin and Cyrillic letters, common punctuation, CJK ideographs, CJK punctuation (not the combining tone marks U+302A–302F), fullwidth
 * forms and U+FFFD. Such a character is a grapheme of its own and never an emoji, so these widths simply add
 * up. Anything else: undefined.
 */
export function quickWidth(code: number): number | undefined {
  if (code >= 0x20 && code <= 0x7e) return 1;
  // Latin-1 and Latin Extended-A letters and signs (not the soft hyphen), Cyrillic letters,
  // dashes, curly quotes, ellipsis, the report's arrows: narrow.
  if ((code >= 0xa0 && code <= 0x17f && code !== 0xad) || (code >= 0x400 && code <= 0x482)) return 1;
  if ((code >= 0x2010 && code <= 0x2027) || (code >= 0x2190 && code <= 0x2193) || code === 0x21b7) return 1;
  // The replacement character, which a scrape decoded with the wrong encoding is full of.
  if (code === 0xfffd) return 1;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if ((code >= 0x3001 && code <= 0x3029) || (code >= 0x3030 && code <= 0x303e)) return 2;
  if ((code >= 0xff01 && code <= 0xff60) || (code >= 0x3400 && code <= 0x4dbf)) return 2;
  if (code === 0x3000) return 2;
  return undefined;
}

/**
 * Width of text in terminal cells (CJK and other wide characters count 2), exactly as
 * `string-width` (and so Ink) measures it, once `withCellWidths` or `loadCellWidths` has run. The common characters of a declaration are counted
 * directly: `string-width` segments graphemes and runs several regular expressions per call,
 * which made it most of the time of a text report.
 */
export function cellWidth(text: string): number {
  let width = 0;
  for (let at = 0; at < text.length; at++) {
    const quick = quickWidth(text.charCodeAt(at));
    if (quick === undefined) return unusualWidth(text);
    width += quick;
  }
  return width;
}

/** Anything unusual: the whole text measured by `string-width`, or a stand-in until it is loaded. */
function unusualWidth(text: string): number {
  if (fullWidth) return fullWidth(text);
  missed = true;
  return text.length;
}

/** Load `string-width` (the review UI: Ink has loaded it anyway). */
export async function loadCellWidths(): Promise<void> {
  fullWidth ??= (await import('string-width')).default;
}

/**
 * Run a (pure) text renderer with exact widths, loading `string-width` only when some text needs
 * it: the render runs once with the direct counts, and again after loading when a text was
 * unusual.
 */
export async function withCellWidths<T>(render: () => T): Promise<T> {
  if (fullWidth) return render();
  missed = false;
  const draft = render();
  if (!missed) return draft;
  await loadCellWidths();
  return render();
}
