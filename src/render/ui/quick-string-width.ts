/**
 * `string-width` for Ink and its helpers in the UI bundle (the build aliases the package here):
 * the characters declarations are made of are counted directly (`quickWidth`), anything else, and
 * any call with options, goes to `string-width` itself. Ink measures every text node while laying
 * out a frame and every distinct character while drawing it, and `string-width` segments
 * graphemes and runs several regular expressions per call: a tenth of the review's first frame.
 * The package is imported by its path because its name leads back here.
 */
import realStringWidth, { type Options } from '../../../node_modules/string-width/index.js';
import { quickWidth } from '../width.js';

/** Width of `text` in terminal cells, exactly as `string-width` measures it. */
export default function stringWidth(text: string, options?: Options): number {
  if (options === undefined && typeof text === 'string') {
    let width = 0;
    let at = 0;
    for (; at < text.length; at++) {
      const quick = quickWidth(text.charCodeAt(at));
      if (quick === undefined) break;
      width += quick;
    }
    if (at === text.length) return width;
  }
  return realStringWidth(text, options);
}

export type { Options };
