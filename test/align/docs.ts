import type { Declaration } from '../../src/types.js';

/** A small declaration for tests: preamble clauses and `[heading, clauses]` sections at depth 2. */
export function doc(preamble: string[], sections: Array<[string, string[]]> = [], title = 'T'): Declaration {
  return {
    meta: { title, signatories: [], extra: {} },
    preamble,
    sections: sections.map(([heading, clauses]) => ({ heading, depth: 2, clauses, children: [] })),
  };
}
