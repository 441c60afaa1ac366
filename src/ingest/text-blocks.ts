import type { Block } from '../tree/blocks.js';

/** Indentation at the start of a line: ASCII spaces, tabs, U+3000 and other Unicode spaces. */
const INDENT = /^[\s\u3000]*/u;

/** A line that ends a sentence: after it, a short flush line may be a heading or signature. */
const SENTENCE_END = /[。！？；：”」』!?.;:]$/u;

/** A short line with no closing punctuation: a heading, a signature, a date. */
const OPEN_END = /[。．.！!？?；;，,：:、…”"]$/u;

/**
 * Split plain text into paragraphs. Blank lines separate paragraphs. Inside a run of lines with
 * varying indentation (the Chinese two-U+3000 paragraph indent, no blank lines), a line indented
 * deeper than the run's least-indented line starts a new paragraph, and a short flush line after
 * a sentence end (or after another such line), followed by an indented or another short line,
 * stands alone: a heading, a signature or a date line.
 * Lines stay separated by `\n` in the block text, for the repair passes; every block is a
 * paragraph, headings are recognised later by their shape.
 */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const run of text.split(/\n[\s\u3000]*\n/u)) {
    const lines = run.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const indents = lines.map((line) => indentWidth(line));
    // Not Math.min(...) / Math.max(...): a spread of 100,000 lines overflows the stack.
    const least = indents.reduce((most, indent) => Math.min(most, indent), Number.POSITIVE_INFINITY);
    const varies = indents.some((width) => width !== least);
    const width = lines.reduce((most, line) => Math.max(most, [...line.trim()].length), 0);
    const short = (index: number): boolean => {
      const line = lines[index]?.trim() ?? '';
      return indents[index] === least && [...line].length < width * 0.75 && !OPEN_END.test(line);
    };
    let current: string[] = [];
    let previousAlone = false;
    const flush = (): void => {
      if (current.length > 0) blocks.push({ kind: 'paragraph', text: current.join('\n') });
      current = [];
    };
    lines.forEach((line, index) => {
      const alone = varies && index > 0 && short(index)
        && (previousAlone || SENTENCE_END.test(lines[index - 1]!.trim()))
        && (index + 1 === lines.length || indents[index + 1]! > least || short(index + 1));
      if (alone || (varies && index > 0 && indents[index]! > least)) flush();
      current.push(line);
      if (alone) flush();
      previousAlone = alone;
    });
    flush();
  }
  return blocks;
}

/** Width of a line's indentation: U+3000 counts as two columns, a tab as four. */
function indentWidth(line: string): number {
  let width = 0;
  for (const ch of INDENT.exec(line)?.[0] ?? '') width += ch === '\t' ? 4 : ch === '\u3000' ? 2 : 1;
  return width;
}
