import { createColors } from 'picocolors';
import type { RunStyle } from './wrap.js';

/** How each run style is painted: ANSI colours when `color` is true, plain text otherwise. */
export function palette(color: boolean): Record<RunStyle, (text: string) => string> {
  const c = createColors(color);
  return {
    plain: (s) => s,
    del: (s) => c.red(c.strikethrough(s)),
    ins: (s) => c.green(c.underline(s)),
    dim: c.dim,
    bold: c.bold,
    add: c.green,
    remove: c.red,
    move: c.magenta,
    change: c.yellow,
    head: (s) => c.bold(c.cyan(s)),
  };
}
