import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../../src/align/index.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { parseCanonicalSync } from '../../../src/tree/markdown-parse.js';
import type { Declaration } from '../../../src/types.js';
import { documentXmlOf, expectedView, readParagraphs, view } from './read-docx.js';

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => parseCanonicalSync(readFileSync(join(ROOT, path), 'utf8'));

/** The .docx of a pair, its paragraphs, and both views. */
function redline(a: Declaration, b: Declaration) {
  const result = align(a, b, { fromSource: 'a', toSource: 'b' });
  const bytes = renderDocx(result, a, b);
  const paragraphs = readParagraphs(documentXmlOf(bytes));
  return { result, bytes, paragraphs, accepted: view(paragraphs, 'accept'), rejected: view(paragraphs, 'reject') };
}

describe('renderDocx on the bundled pair', () => {
  const a = read('declarations/2020-moscow.md');
  const b = read('fixtures/synthetic-2020-moscow-revised.md');

  it('accepting every change gives B, rejecting every change gives A', () => {
    const { accepted, rejected } = redline(a, b);
    expect(accepted).toEqual(expectedView(b));
    expect(rejected).toEqual(expectedView(a));
  });
});
