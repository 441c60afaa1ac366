import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenClauses, flattenSections } from '../../src/tree/flatten.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration, Section } from '../../src/types.js';

/** Characters that stress the writer: CJK, Latin, full-width punctuation and everything Markdown or HTML reads specially. */
const CHARS = [...'成员国重申合作組織莫斯科宣言abcXYZ019 ，。、“”《》（）：；！？·\\`*_[]<>&~|!#+-=.():;"\'{}^$%@/'];
CHARS.push('\t', '\u3000', '\u00a0', '\n'); // whitespace the writer must keep or fold consistently
const SPECIAL_STARTS = ['', '', '1. ', '2) ', '# ', '- ', '+ ', '> ', '* ', '=', '---', '```', '    ', '&amp;', '&#12288;', '<div>', '[a]: b', '1986.'];

const text = fc
  .tuple(fc.constantFrom(...SPECIAL_STARTS), fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 }))
  .map(([start, chars]) => start + chars.join(''))
  .filter((value) => value.trim() !== '');

/** A section at `depth` with up to two sub-sections, down to depth 5. */
function section(depth: number): fc.Arbitrary<Section> {
  const children: fc.Arbitrary<Section[]> = depth >= 5 ? fc.constant([]) : fc.array(fc.constant(null), { maxLength: 2 })
    .chain((slots) => (slots.length === 0 ? fc.constant([]) : fc.tuple(...slots.map(() => section(depth + 1)))));
  return fc.record({ heading: text, depth: fc.constant(depth), clauses: fc.array(text, { maxLength: 3 }), children });
}

const declaration: fc.Arbitrary<Declaration> = fc.record({
  meta: fc.record({
    title: text,
    date: fc.constantFrom('2020-11-10', '2021-09-17'),
    source: text,
    signatories: fc.array(text, { maxLength: 3 }),
    extra: fc.constant({}),
  }),
  preamble: fc.array(text, { maxLength: 3 }),
  sections: fc.array(section(2), { maxLength: 3 }),
});

describe('toMarkdown', () => {
  it('is byte-stable: toMarkdown(parseCanonicalSync(toMarkdown(d))) === toMarkdown(d)', () => {
    fc.assert(fc.property(declaration, (d) => {
      const once = toMarkdown(d);
      expect(toMarkdown(parseCanonicalSync(once))).toBe(once);
    }), { numRuns: 300 });
  });

  it('keeps every clause, heading and the section tree through a round trip', () => {
    fc.assert(fc.property(declaration, (d) => {
      const back = parseCanonicalSync(toMarkdown(d));
      const trim = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').trim(); // paragraphs are one line
      expect(flattenClauses(back).map((clause) => [trim(clause.text), trim(clause.section)]))
        .toEqual(flattenClauses(d).map((clause) => [trim(clause.text), trim(clause.section)]));
      expect(flattenSections(back).map((info) => [info.path.map(trim), info.depth]))
        .toEqual(flattenSections(d).map((info) => [info.path.map(trim), info.depth]));
      expect(back.meta.title).toBe(trim(d.meta.title));
      expect(back.meta.signatories).toEqual(d.meta.signatories.map(trim).filter(Boolean));
    }), { numRuns: 300 });
  });

  it('writes LF, no trailing spaces and one final newline', () => {
    fc.assert(fc.property(declaration, (d) => {
      const out = toMarkdown(d);
      expect(out).not.toMatch(/\r|[ \t]$/m);
      expect(out.endsWith('\n') && !out.endsWith('\n\n')).toBe(true);
    }), { numRuns: 100 });
  });
});
