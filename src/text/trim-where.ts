/**
 * `text` without the characters `drop` accepts at its start (unless `end` only) and its end, in
 * linear time: a regular expression's `[…]+$` is quadratic on a long run that does not end the text.
 */
export function trimWhere(text: string, drop: (ch: string) => boolean, sides: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  if (sides === 'both') while (start < end && drop(text[start]!)) start += 1;
  while (end > start && drop(text[end - 1]!)) end -= 1;
  return text.slice(start, end);
}
