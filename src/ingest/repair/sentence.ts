/** The end of a sentence, or of a line that introduces a list, with any closing quotes or brackets. */
const SENTENCE_END = /[。！？；：.!?;:]["'”’」』）)]*$/u;

/** Does this text end like a sentence (or a list's introduction)? Titles, headings, dates and page furniture do not. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}
