import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCanonicalLines, unescapeMarkdown } from '../../src/tree/canonical-lines.js';
import { escapeMarkdown } from '../../src/tree/escape-markdown.js';
import { parseMarkdownBlocks } from '../../src/tree/markdown-parse.js';
import { splitFrontMatter } from '../../src/tree/markdown-read.js';
import { ROOT } from '../support/cli.js';

/** Characters Markdown reads specially, mixed with CJK and Latin text. */
const CHARS = [...'成员国重申合作組織abcXYZ019 ，。“”《》（）\\`*_[]<>&~|!#+-=.():;"\'{}^$%@/\t'];
const STARTS = ['', '1. ', '2) ', '# ', '## ', '- ', '+ ', '> ', '* ', '=', '---', '```', '    ', '&amp;', '&#32;', '<div>', '[a]: b', '\\'];
const line = fc
  .tuple(fc.constantFrom(...STARTS), fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 20 }))
  .map(([start, chars]) => start + chars.join(''));

describe('readCanonicalLines: the fast reader of canonical bodies', () => {
  it('reads every line the writer can produce, exactly as remark does', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (texts) => {
      const clean = texts.map((text) => text.trim()).filter((text) => text !== '');
      const body = `${clean.map((text) => escapeMarkdown(text)).join('\n\n')}\n`;
      const fast = readCanonicalLines(body);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(parseMarkdownBlocks(body));
      expect(fast!.map((block) => block.text)).toEqual(clean);
    }), { numRuns: 500 });
  });

  it('never disagrees with remark on lines it accepts, and declines the rest', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
      const body = `${lines.join('\n\n')}\n`;
      const fast = readCanonicalLines(body);
      if (fast !== null) expect(fast).toEqual(parseMarkdownBlocks(body));
    }), { numRuns: 500 });
  });

  it('declines multi-line paragraphs and CR line endings', () => {
    expect(readCanonicalLines('第一行\n第二行\n')).toBeNull();
    expect(readCanonicalLines('一段。\r\n')).toBeNull();
  });

  it('undoes backslash escapes and character references', () => {
    expect(unescapeMarkdown('1986\\. a\\*b&#32;')).toBe('1986. a*b ');
  });

  it('reads the bundled declaration without falling back to remark', async () => {
    const { body } = await splitFrontMatter(readFileSync(join(ROOT, 'declarations/2020-moscow.md'), 'utf8'));
    const fast = readCanonicalLines(body);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(parseMarkdownBlocks(body));
  });
});
