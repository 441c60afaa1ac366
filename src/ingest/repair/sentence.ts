/** What ends a sentence, or a line that introduces a list: `。！？；：.!?;:`. */
const ENDS = new Set([...'。！？；：.!?;:'].map((ch) => ch.charCodeAt(0)));
/** Closing quotes and brackets that may follow the end of a sentence. */
const CLOSERS = new Set([...'"\'”’」』）)'].map((ch) => ch.charCodeAt(0)));

/**
 * Does this text end like a sentence (or a list's introduction), with any closing quotes or
 * brackets after it? Titles, headings, dates and page furniture do not. Read from the end, a
 * character at a time: the pattern `[。！？；：.!?;:]["'”’」』）)]*$` is tried at every position of
 * the text, and most texts asked about are whole paragraphs.
 */
export function endsSentence(text: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && CLOSERS.has(text.charCodeAt(at))) at -= 1;
  return at >= 0 && ENDS.has(text.charCodeAt(at));
}
