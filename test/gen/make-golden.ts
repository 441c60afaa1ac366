/**
 * Write the golden cases `fixtures/align/<case>/{a.md,b.md,expected.txt}` from seeded edit scripts
 * on an excerpt of the seed. `expected.txt` is the generator's true answer in the compact form,
 * not the aligner's output. Run: `node --import tsx test/gen/make-golden.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText } from '../../src/text/fold.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { compactTruth } from '../align/compact.js';
import * as ops from './edit-ops.js';
import { excerptSeed, generatePair, type GenerateOptions } from './generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The golden cases: name, seed, level and edit script (or none for a random level-3 script). */
export const GOLDEN: Array<{ name: string; seed: number; script?: ops.EditOp[] }> = [
  { name: 'noise-only', seed: 1, script: [ops.noise, ops.noise, ops.noise] },
  { name: 'light-reword', seed: 2, script: [ops.lightReword, ops.lightReword, ops.lightReword] },
  { name: 'heavy-reword', seed: 3, script: [ops.heavyReword, ops.heavyReword, ops.heavyReword] },
  { name: 'split', seed: 4, script: [ops.splitClause, ops.splitClause] },
  { name: 'merge', seed: 5, script: [ops.mergeClauses, ops.mergeClauses, ops.mergeClauses, ops.mergeClauses] },
  { name: 'moves', seed: 6, script: [ops.moveWithin, ops.moveAcross] },
  { name: 'add-remove', seed: 7, script: [ops.addClause, ops.removeClause, ops.removeClause, ops.addClause] },
  { name: 'sections-renamed-numbered', seed: 8, script: [ops.renameSection, ops.numberHeadings, ops.retitle] },
  { name: 'section-reordered', seed: 9, script: [ops.reorderSections] },
  { name: 'heading-dropped', seed: 10, script: [ops.dropHeading] },
  { name: 'mixed', seed: 11 },
];

function main(): void {
  for (const { name, seed, script } of GOLDEN) {
    const options: GenerateOptions = { base: excerptSeed(3, 6), ...(script ? { script } : {}) };
    const pair = generatePair(seed, 3, options);
    const foldedA = flattenClauses(pair.a).map((clause) => foldText(clause.text));
    const foldedB = flattenClauses(pair.b).map((clause) => foldText(clause.text));
    const reworded = (from: number[], to: number[]) => from.map((i) => foldedA[i]).join('') !== to.map((j) => foldedB[j]).join('');
    const dir = join(ROOT, 'fixtures', 'align', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.md'), toMarkdown(pair.a));
    writeFileSync(join(dir, 'b.md'), toMarkdown(pair.b));
    writeFileSync(join(dir, 'expected.txt'), `${compactTruth(pair.truth, reworded)}\n`);
    console.log(name, '—', pair.edits.join('; '));
  }
}

main();
