import { describe, expect, it } from 'vitest';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration } from '../../src/types.js';

/**
 * Issue 23: writing front matter is linear in long runs of whitespace (a title with 80,000
 * spaces took 15 s when the lines of the YAML were trimmed with a pattern). Each metadata shape
 * of 1 MB is written and read back within a generous budget (quadratic on 1 MB takes minutes),
 * and the title reads back as written. Synthetic text.
 */

const MB = 1 << 20;
const BUDGET_MS = 3_000;

const declaration = (meta: Partial<Declaration['meta']>): Declaration => ({
  meta: { title: 'T', signatories: [], extra: {}, ...meta },
  preamble: ['The member states met.'],
  sections: [],
});

const RUNS: Record<string, string> = {
  spaces: ' '.repeat(MB),
  'ideographic spaces': '\u3000'.repeat(MB),
  'spaces and tabs': ' \t'.repeat(MB / 2),
  'no-break spaces': '\u00a0'.repeat(MB),
};

describe('front matter with long runs of whitespace is written in linear time', () => {
  it.each(Object.entries(RUNS))('a title with a run of %s, in a plain and a quoted scalar', (_name, run) => {
    for (const title of [`Moscow${run}Declaration`, `Moscow: "${run}" #Declaration`, `Moscow\u0001${run}Declaration`]) {
      const start = performance.now();
      const markdown = toMarkdown(declaration({ title }));
      const back = parseCanonicalSync(markdown);
      expect(performance.now() - start).toBeLessThan(BUDGET_MS);
      expect(back.meta.title).toBe(title);
    }
  });

  it.each(Object.entries(RUNS))('extra fields and signatories with a run of %s across line breaks', (_name, run) => {
    const start = performance.now();
    const markdown = toMarkdown(declaration({ signatories: [`A${run}B`], extra: { note: `a\n${run}\nb${run}` } }));
    const back = parseCanonicalSync(markdown);
    expect(performance.now() - start).toBeLessThan(BUDGET_MS);
    // The writer leaves no spaces at the ends of lines, in a block scalar too: the words survive.
    expect(String(back.meta.extra['note']).replace(/\s+/gu, '')).toBe('ab');
    expect(back.meta.signatories).toEqual([`A${run}B`]);
  });
});
