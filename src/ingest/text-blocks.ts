import type { Block } from '../tree/blocks.js';

/** Indentation at the start of a line: ASCII spaces, tabs, U+3000 and other Unicode spaces. */
const INDENT = /^[\s\u3000]*/u;

/**
 * Split plain text into paragraphs. Blank lines separate paragraphs; inside a run of lines, a
 * line indented deeper than the run's least-indented line starts a new paragraph (the Chinese
 * two-U+3000 indent). Lines stay separated by `\n` in the block text, for the repair passes.
 * Every block is a paragraph: headings are recognised later by their shape.
 */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const run of text.split(/\n[\s\u3000]*\n/u)) {
    const lines = run.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const indents = lines.map((line) => indentWidth(line));
    const least = Math.min(...indents);
    const varies = indents.some((width) => width !== least);
    let current: string[] = [];
    lines.forEach((line, index) => {
      if (varies && index > 0 && indents[index]! > least && current.length > 0) {
        blocks.push({ kind: 'paragraph', text: current.join('\n') });
        current = [];
      }
      current.push(line);
    });
    if (current.length > 0) blocks.push({ kind: 'paragraph', text: current.join('\n') });
  }
  return blocks;
}

/** Width of a line's indentation: U+3000 counts as two columns, a tab as four. */
function indentWidth(line: string): number {
  let width = 0;
  for (const ch of INDENT.exec(line)?.[0] ?? '') width += ch === '\t' ? 4 : ch === '\u3000' ? 2 : 1;
  return width;
}
