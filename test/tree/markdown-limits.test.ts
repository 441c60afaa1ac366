import fc from 'fast-check';
import type { Node, Parent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { MAX_MARKDOWN_CHARS, MAX_MARKDOWN_DEPTH, MAX_MARKS_PER_BLOCK, deepestNesting, mostMarksInABlock } from '../../src/tree/markdown-limits.js';
import { parseMarkdown } from '../../src/tree/markdown-parse.js';

/**
 * Issue 23: deep nesting and long runs of marks are bounded before micromark sees them. The
 * guard's nesting count is an upper bound of what remark builds (checked on random container
 * prefixes against remark itself), its refusals are one-line input errors, and it is linear.
 */

/** How deep lists and block quotes nest in remark's tree. */
function remarkDepth(node: Node): number {
  const children = (node as Parent).children ?? [];
  const below = children.reduce((most, child) => Math.max(most, remarkDepth(child)), 0);
  return below + (node.type === 'list' || node.type === 'blockquote' ? 1 : 0);
}

const remark = (markdown: string) => unified().use(remarkParse).parse(markdown);
const nestedList = (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
const refusal = (markdown: string) => {
  try {
    parseMarkdown(markdown);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  return undefined;
};

describe('deepestNesting: how deep lists and block quotes nest', () => {
  it('counts containers as CommonMark opens and continues them', () => {
    expect(deepestNesting(nestedList(3))).toBe(3);
    expect(deepestNesting('> > > x')).toBe(3);
    expect(deepestNesting('- - - x')).toBe(3);
    expect(deepestNesting('1. a\n   1. b')).toBe(2);
    expect(deepestNesting('- a\n\nb\n  - c')).toBe(1); // the paragraph after a blank line closes the list
    expect(deepestNesting('> a\n\n> b')).toBe(1);
    expect(deepestNesting('- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -')).toBe(0); // a thematic break
    expect(deepestNesting('    - code')).toBe(0);
    expect(deepestNesting('The member states noted.\n\n- a\n- b')).toBe(1);
  });

  it('is never below the depth of remark\'s tree', () => {
    const line = fc.tuple(
      fc.constantFrom('', ' ', '  ', '   ', '    ', '\t', '      '),
      fc.array(fc.constantFrom('- ', '> ', '* ', '1. ', '2) ', '+ ', '>', '-   ', '10. '), { maxLength: 5 }),
      fc.constantFrom('x', '', '- - -', '***', 'a *b*'),
    ).map(([indent, marks, rest]) => indent + marks.join('') + rest);
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
      const markdown = lines.join('\n');
      expect(deepestNesting(markdown)).toBeGreaterThanOrEqual(remarkDepth(remark(markdown)));
    }), { numRuns: 1_000 });
  });

  it('stops counting past the limit', () => {
    expect(deepestNesting(nestedList(3_000))).toBe(MAX_MARKDOWN_DEPTH + 1);
    expect(deepestNesting(`${'- '.repeat(10_000)}x`)).toBe(MAX_MARKDOWN_DEPTH + 1);
  });
});

describe('mostMarksInABlock', () => {
  it('counts runs of * _ ` and every [ ] < in each block between blank lines', () => {
    expect(mostMarksInABlock('a [b](c) **d**\n\n`x` <y>')).toBe(4);
    expect(mostMarksInABlock('a\nb *c*\n\n\nd')).toBe(2);
    expect(mostMarksInABlock('______ ****')).toBe(2);
  });

  it('starts again at each list item and heading: micromark pairs marks per paragraph', () => {
    expect(mostMarksInABlock('- [a](b)\n- [c](d)\n  *e*\n# [f]')).toBe(4);
    expect(mostMarksInABlock('> 1. [a](b)\n> 2. [c](d)')).toBe(2);
    expect(mostMarksInABlock('[a](b)\n[c](d)')).toBe(4);
    const menu = Array.from({ length: 2_000 }, (_, n) => `- [Page ${n}](https://example.org/${n})`).join('\n');
    expect(refusal(`# T\n\n${menu}`)).toBeUndefined();
  });
});

describe('parseMarkdown refuses in one line what is beyond the limits', () => {
  it(`nesting deeper than ${MAX_MARKDOWN_DEPTH} levels`, () => {
    expect(refusal(nestedList(MAX_MARKDOWN_DEPTH))).toBeUndefined();
    expect(refusal(nestedList(MAX_MARKDOWN_DEPTH + 1))).toBe(`Markdown nested deeper than ${MAX_MARKDOWN_DEPTH} levels (lists or block quotes): above the limit of what is read`);
    expect(refusal(`${'> '.repeat(MAX_MARKDOWN_DEPTH + 1)}x`)).toMatch(/^Markdown nested deeper/);
    expect(refusal(`${'- '.repeat(10_000)}x`)).toMatch(/^Markdown nested deeper/);
  });

  it(`more than ${MAX_MARKS_PER_BLOCK} marks in a paragraph`, () => {
    expect(refusal(`# T\n\n${'a *b* '.repeat(MAX_MARKS_PER_BLOCK / 2)}`)).toBeUndefined();
    expect(refusal(`# T\n\n${'a *b* '.repeat(MAX_MARKS_PER_BLOCK / 2)}[`)).toMatch(/^Markdown paragraph with more than 1,000 emphasis, link or code marks/);
    expect(refusal(`# T\n\n${'a *b*\n\n'.repeat(MAX_MARKS_PER_BLOCK)}`)).toBeUndefined(); // many paragraphs, each with 2
  });

  it(`more than ${MAX_MARKDOWN_CHARS.toLocaleString('en')} characters`, () => {
    expect(refusal(`# T\n\n${'a'.repeat(MAX_MARKDOWN_CHARS)}`)).toMatch(/^Markdown with syntax on more than 1,000,000 characters/);
  });

  it('checks hostile shapes of 1 MB in linear time', () => {
    const MB = 1 << 20;
    for (const unit of ['- ', '> ', '*a _b ', '[(', '`a ', '  - item\n', '> > > > > > > > x\n']) {
      const text = unit.repeat(MB / unit.length);
      const start = performance.now();
      deepestNesting(text);
      mostMarksInABlock(text);
      // A generous budget (about 0.3 s on a loaded 2-core machine): quadratic would take minutes.
      expect(performance.now() - start, JSON.stringify(unit)).toBeLessThan(3_000);
    }
  });
});
