/** CRLF and lone CR line endings become LF; a text without CR is returned as is. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
