/**
 * `string-width` for Ink, cli-truncate and widest-line in the UI bundle (the build resolves the
 * package here; see src/build/build.mjs): the characters declarations and the UI's frames are made
 * of are counted directly (without the colour escapes, as `string-width` does, with the same
 * `strip-ansi`), anything else, and any call with options, goes to `string-width`
 * itself, which is loaded on that first call. Loading it builds its emoji expressions (Node 20 on
 * this project's loaded machine: 90–230 ms, and 60–100 ms for its first call, all before the
 * review's first frame), and each call segments graphemes and
 * runs several regular expressions; Ink measures every text node while laying out a frame and
 * every distinct character while drawing it.
 */
import stripAnsi from 'strip-ansi';
import type { Options } from '../../../node_modules/string-width/index.js';
import { quickWidth } from '../width.js';

type StringWidth = (text: string, options?: Options) => number;
let full: StringWidth | undefined;

/**
 * `string-width` itself, loaded on first use. By its path, since its name leads back here; a
 * `require` that esbuild bundles, so that the module is evaluated only when called for.
 */
function fullStringWidth(): StringWidth {
  return (full ??= (require('../../../node_modules/string-width/index.js') as { default: StringWidth }).default);
}

/**
 * Width in cells of one UTF-16 unit when it is certain without `string-width`: `quickWidth`'s
 * characters and the UI's own (box drawing and block elements, ▸ ◂ ≤), each a grapheme of its own
 * and never an emoji; undefined for anything else.
 */
export function uiQuickWidth(code: number): number | undefined {
  const quick = quickWidth(code);
  if (quick !== undefined) return quick;
  if ((code >= 0x2500 && code <= 0x259f) || code === 0x25b8 || code === 0x25c2 || code === 0x2264) return 1;
  return undefined;
}

/** Width of `text` in terminal cells, exactly as `string-width` measures it. */
export default function stringWidth(text: string, options?: Options): number {
  if (options === undefined && typeof text === 'string') {
    // Ink measures text with its colours applied: string-width measures it without the escapes.
    const plain = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
    let width = 0;
    let at = 0;
    for (; at < plain.length; at++) {
      const quick = uiQuickWidth(plain.charCodeAt(at));
      if (quick === undefined) break;
      width += quick;
    }
    if (at === plain.length) return width;
  }
  return fullStringWidth()(text, options);
}

export type { Options };
