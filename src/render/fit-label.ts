import { cellWidth } from './width.js';

/** A declaration's label read as a path: it has a folder (`fixtures/summits/2022-synthetic-b.md`). */
function isPath(label: string): boolean {
  return /[/\\]/.test(label);
}

/** The last `room` cells of a text (whole characters). */
function tail(text: string, room: number): string {
  const chars = [...text];
  let used = 0;
  let at = chars.length;
  while (at > 0 && used + cellWidth(chars[at - 1]!) <= room) used += cellWidth(chars[--at]!);
  return chars.slice(at).join('');
}

/** The first `room` cells of a text (whole characters). */
function head(text: string, room: number): string {
  let used = 0;
  let out = '';
  for (const char of text) {
    if (used + cellWidth(char) > room) break;
    out += char;
    used += cellWidth(char);
  }
  return out;
}

/**
 * A declaration's label (a store id or a path as the user gave it) in at most `width` cells,
 * not padded. Paths in one table share their folders and differ in their file names, so a path
 * too long keeps its end: `…/2022-synthetic-b.md`, else the file name, else the name without its
 * extension, else that name's start and end (`2022-sy…etic-b`). Ids are cut at the end, as any text.
 */
export function fitLabel(label: string, width: number): string {
  if (width <= 0) return '';
  if (cellWidth(label) <= width) return label;
  if (width === 1) return '…';
  if (!isPath(label)) return `${head(label, width - 1)}…`;
  const name = label.split(/[/\\]/).pop()!;
  const stem = name.replace(/\.[^.]+$/, '') || name;
  for (const candidate of [`…/${name}`, name, stem]) if (cellWidth(candidate) <= width) return candidate;
  // Both ends of the name: the year at its start, the letter or place at its end.
  const end = tail(stem, Math.floor((width - 1) / 2));
  return `${head(stem, width - 1 - cellWidth(end))}…${end}`;
}
