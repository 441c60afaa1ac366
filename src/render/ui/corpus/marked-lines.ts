import type { Line, Tone } from '../text-cells.js';

/**
 * Lines of a text view rendered without colours (`[-deleted-]{+inserted+}` marks) as styled
 * lines: the marks become the delete and insert tones, across line ends too.
 */
export function markedLines(text: string): Line[] {
  let tone: Tone = 'plain';
  return text.replace(/\n$/, '').split('\n').map((raw) => {
    const line: Line = [];
    let rest = raw;
    while (rest.length > 0) {
      const next = tone === 'plain' ? /\[-|\{\+/.exec(rest) : (tone === 'delete' ? /-\]/ : /\+\}/).exec(rest);
      if (!next) {
        line.push({ text: rest, tone });
        break;
      }
      if (next.index > 0) line.push({ text: rest.slice(0, next.index), tone });
      tone = tone !== 'plain' ? 'plain' : next[0] === '[-' ? 'delete' : 'insert';
      rest = rest.slice(next.index + 2);
    }
    return line;
  });
}
