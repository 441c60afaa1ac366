import type { Line } from './text-cells.js';

/**
 * Mark the search matches of a drawn line: each character is folded alone (as the search folds
 * whole texts: NFKC, case, Traditional → Simplified) and the folded query looked for in the
 * folded line; the characters of each match get the `match` tone. A line without one is returned as is.
 */
export function highlightLine(line: Line, foldedQuery: string, fold: (text: string) => string): Line {
  if (foldedQuery === '') return line;
  const chars: { text: string; segment: number }[] = [];
  let folded = '';
  const owner: number[] = [];
  line.forEach((segment, index) => {
    for (const char of segment.text) {
      const f = fold(char);
      for (let k = 0; k < f.length; k++) owner.push(chars.length);
      folded += f;
      chars.push({ text: char, segment: index });
    }
  });
  const marked = new Uint8Array(chars.length);
  let found = false;
  for (let at = folded.indexOf(foldedQuery); at !== -1; at = folded.indexOf(foldedQuery, at + 1)) {
    found = true;
    for (let k = owner[at]!; k <= owner[at + foldedQuery.length - 1]!; k++) marked[k] = 1;
  }
  if (!found) return line;
  const out: Line = [];
  chars.forEach((char, k) => {
    const tone = marked[k] ? 'match' : line[char.segment]!.tone;
    const last = out.at(-1);
    if (last && last.tone === tone && (marked[k] || chars[k - 1]?.segment === char.segment)) last.text += char.text;
    else out.push({ text: char.text, tone });
  });
  return out;
}
