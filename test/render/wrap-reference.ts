/**
 * The old implementation of `wrapRuns` (src/render/wrap.ts), one object per grapheme, kept
 * unchanged as the oracle of the property test in wrap.test.ts. Not used by the CLI.
 */
import { cellWidth, quickWidth } from '../../src/render/width.js';
import type { Run, RunStyle, WrapOptions } from '../../src/render/wrap.js';

/** Characters that must not start a line (closing punctuation, Chinese and ASCII). */
const NO_LINE_START = new Set([...'，。、；：！？）」』”’》〉】〕］｝…‥·・,.;:!?)]}%']);
/** Characters that must not end a line (opening punctuation). */
const NO_LINE_END = new Set([...'（「『“‘《〈【〔［｛([{']);

interface Grapheme {
  text: string;
  width: number;
  style: RunStyle;
}

/** Built on first need: the first `Intl.Segmenter` of a process costs 15–20 ms. */
let graphemes: Intl.Segmenter | undefined;

/**
 * The graphemes of a text with their widths. Text of common characters only (see `quickWidth`:
 * no combining marks, surrogates or line breaks among them) is one grapheme per UTF-16 unit and
 * needs no segmenter.
 */
function measureGraphemes(text: string, style: RunStyle, out: Grapheme[][]): void {
  const widths: number[] = [];
  for (let k = 0; k < text.length && widths.length === k; k++) {
    const width = quickWidth(text.charCodeAt(k));
    if (width !== undefined) widths.push(width);
  }
  if (widths.length === text.length) {
    const paragraph = out[out.length - 1]!;
    for (let k = 0; k < text.length; k++) paragraph.push({ text: text[k]!, width: widths[k]!, style });
    return;
  }
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    if (segment === '\n' || segment === '\r\n' || segment === '\r') {
      out.push([]);
      continue;
    }
    out[out.length - 1]!.push({ text: segment, width: cellWidth(segment), style });
  }
}

/** Is a grapheme wide (two columns, CJK) or a space: places where a line may break around it. */
function breaksAround(g: Grapheme): boolean {
  return g.width >= 2 || g.text === ' ';
}

/** May a line break fall between these two graphemes? */
function canBreak(prev: Grapheme, next: Grapheme): boolean {
  if (NO_LINE_START.has(next.text) || NO_LINE_END.has(prev.text)) return false;
  if (next.text === ' ') return false; // break after the space, so it ends the line and is trimmed
  return breaksAround(prev) || breaksAround(next);
}

/** Columns taken by a sequence of graphemes. */
function width1(unit: Grapheme[]): number {
  return unit.reduce((sum, g) => sum + g.width, 0);
}

/** Join neighbouring graphemes of the same style back into runs. */
function toRuns(line: Grapheme[]): Run[] {
  const runs: Run[] = [];
  for (const g of line) {
    const last = runs[runs.length - 1];
    if (last && last.style === g.style) last.text += g.text;
    else runs.push({ text: g.text, style: g.style });
  }
  return runs;
}

/**
 * Wrap styled runs to a column width, counting East Asian wide characters as two columns.
 * Breaks fall at spaces and between CJK characters, never before closing or after opening
 * punctuation; a unit wider than a whole line is cut by characters. Newlines force a break.
 * Returns the lines as runs, without indentation or trailing spaces.
 */
export function wrapRunsReference(runs: Run[], options: WrapOptions = {}): Run[][] {
  const width = options.width ?? 80;
  const indent = options.indent ?? 0;
  const hanging = options.hangingIndent ?? indent;
  const paragraphs: Grapheme[][] = [[]];
  for (const run of runs) measureGraphemes(run.text.replace(/\t/g, ' '), run.style, paragraphs);
  const lines: Grapheme[][] = [];
  for (const paragraph of paragraphs) {
    // Units: maximal sequences with no break opportunity inside.
    const units: Grapheme[][] = [];
    for (const [i, g] of paragraph.entries()) {
      const prev = paragraph[i - 1];
      if (prev && !canBreak(prev, g)) units[units.length - 1]!.push(g);
      else units.push([g]);
    }
    let line: Grapheme[] = [];
    let used = 0;
    const room = (): number => Math.max(1, width - (lines.length === 0 ? indent : hanging));
    const flush = (): void => {
      while (line.length > 0 && line[line.length - 1]!.text === ' ') line.pop();
      lines.push(line);
      line = [];
      used = 0;
    };
    const first = lines.length;
    for (let unit of units) {
      if (used > 0 && used + width1(unit) > room()) flush();
      // No leading space on a continuation line.
      if (used === 0 && lines.length > first) {
        const start = unit.findIndex((g) => g.text !== ' ');
        unit = start < 0 ? [] : unit.slice(start);
      }
      const unitWidth = width1(unit);
      if (unitWidth <= room()) {
        line.push(...unit);
        used += unitWidth;
        continue;
      }
      for (const g of unit) {
        if (used > 0 && used + g.width > room()) flush();
        line.push(g);
        used += g.width;
      }
    }
    flush();
  }
  return lines.map(toRuns);
}
