import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../../src/align/index.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import type { Declaration } from '../../../src/types.js';
import * as ops from '../../gen/edit-ops.js';
import { excerptSeed, generatePair } from '../../gen/generate.js';
import { documentXmlOf, expectedView, type ReadParagraph, readParagraphs, view } from './read-docx.js';

/** The paragraphs of the .docx of a pair, after checking that accepting gives B and rejecting gives A, styles included. */
function checkRedline(a: Declaration, b: Declaration): ReadParagraph[] {
  const result = align(a, b, { fromSource: 'a', toSource: 'b' });
  const paragraphs = readParagraphs(documentXmlOf(renderDocx(result, a, b)));
  // Texts and paragraph styles: title, headings at their levels, clauses.
  expect(view(paragraphs, 'accept')).toEqual(expectedView(b));
  expect(view(paragraphs, 'reject')).toEqual(expectedView(a));
  return paragraphs;
}

/** Every move range: start and end of each side, one `moveFrom` and one `moveTo` side per name. */
function checkMoves(paragraphs: readonly ReadParagraph[]): string[] {
  const ranges = paragraphs.flatMap((p) => p.moveRanges);
  const names = [...new Set(ranges.filter((r) => r.edge === 'start').map((r) => r.name))];
  for (const name of names) {
    for (const kind of ['moveFrom', 'moveTo']) {
      const starts = ranges.filter((r) => r.edge === 'start' && r.kind === kind && r.name === name);
      expect(starts, `${kind} ${name}`).toHaveLength(1);
      expect(ranges.filter((r) => r.edge === 'end' && r.kind === kind && r.id === starts[0]!.id)).toHaveLength(1);
    }
  }
  return names;
}

/** Every kind of edit the generator makes, one script each, on an excerpt of the seed. */
const SCRIPTS: Array<[name: string, script: ops.EditOp[]]> = [
  ['add and remove', [ops.addClause, ops.removeClause, ops.removeClause, ops.addClause]],
  ['light and heavy rewording', [ops.lightReword, ops.heavyReword, ops.lightReword]],
  ['split', [ops.splitClause, ops.splitClause]],
  ['merge', [ops.mergeClauses, ops.mergeClauses]],
  ['moves within and across sections', [ops.moveWithin, ops.moveAcross]],
  ['moved and reworded', [ops.moveReworded, ops.moveReworded]],
  ['section renamed, headings numbered, title changed', [ops.renameSection, ops.numberHeadings, ops.retitle]],
  ['sections reordered', [ops.reorderSections]],
  ['heading dropped', [ops.dropHeading]],
  ['noise (width, spaces, script)', [ops.noise, ops.noise, ops.noise, ops.noise]],
];

describe('renderDocx on generated pairs', () => {
  for (const [name, script] of SCRIPTS) {
    it(`accept gives B and reject gives A: ${name}`, () => {
      for (const seed of [1, 2, 3]) {
        const { a, b } = generatePair(seed, 3, { base: excerptSeed(3, 6), script });
        checkMoves(checkRedline(a, b));
      }
    });
  }

  it('writes moves as named moveFrom/moveTo pairs, a moved and reworded clause with its word changes', () => {
    const { a, b } = generatePair(4, 3, { base: excerptSeed(3, 6), script: [ops.moveReworded] });
    const paragraphs = checkRedline(a, b);
    expect(checkMoves(paragraphs).length).toBeGreaterThan(0);
    const to = paragraphs.filter((p) => p.mark === 'moveTo');
    expect(to.some((p) => p.runs.some((r) => r.mark === 'moveTo')) && to.some((p) => p.runs.some((r) => r.mark === 'ins'))).toBe(true);
    expect(paragraphs.filter((p) => p.mark === 'moveFrom').length).toBeGreaterThan(0);
  });

  it('writes a split as inserted paragraph marks and a merge as deleted ones, the words untracked', () => {
    const split = checkRedline(...pairOf(5, [ops.splitClause]));
    expect(split.some((p) => p.mark === 'ins' && p.runs.some((r) => r.mark === 'none'))).toBe(true);
    const merged = checkRedline(...pairOf(1, [ops.mergeClauses]));
    expect(merged.some((p) => p.mark === 'del' && p.runs.some((r) => r.mark === 'none'))).toBe(true);
  });

  it('tracks a removed clause with its paragraph mark, so that accepting leaves no empty paragraph', () => {
    const paragraphs = checkRedline(...pairOf(7, [ops.removeClause]));
    const removed = paragraphs.filter((p) => p.runs.length > 0 && p.runs.every((r) => r.mark === 'del'));
    expect(removed.length).toBeGreaterThan(0);
    expect(view(paragraphs, 'accept').every((p) => p.text !== '')).toBe(true);
  });

  it('property: for any generated pair of any level, accept gives B and reject gives A', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(1, 2, 3), fc.boolean(), (seed, level, excerpt) => {
      const { a, b } = generatePair(seed, level as 1 | 2 | 3, excerpt ? { base: excerptSeed(3, 6) } : {});
      checkMoves(checkRedline(a, b));
      checkMoves(checkRedline(b, a));
    }), { numRuns: 25 });
  });
});

function pairOf(seed: number, script: ops.EditOp[]): [Declaration, Declaration] {
  const { a, b } = generatePair(seed, 3, { base: excerptSeed(3, 6), script });
  return [a, b];
}
