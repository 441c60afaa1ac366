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
import type { Declaration } from '../../src/types.js';
import { excerptSeed, generatePair, type GenerateOptions } from './generate.js';
import { type BaseLanguage, loadBase } from './seed.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The golden cases: name, seed, level and edit script (or none for a random level-3 script). */
export const GOLDEN: Array<{ name: string; seed: number; script?: ops.EditOp[]; lang?: BaseLanguage }> = [
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
  { name: 'en-mixed', seed: 12, lang: 'en' },
  { name: 'en-split-merge-reworded', seed: 13, lang: 'en', script: [ops.splitClause, ops.mergeReworded, ops.lightReword, ops.heavyReword] },
  { name: 'en-half-rewritten-moved-far', seed: 14, lang: 'en', script: [ops.halfRewrittenMovedFar, ops.halfRewrittenMovedFar] },
  { name: 'ru-mixed', seed: 15, lang: 'ru' },
  { name: 'ru-split-merge-reworded', seed: 16, lang: 'ru', script: [ops.splitClause, ops.mergeReworded, ops.lightReword, ops.heavyReword] },
  { name: 'ru-half-rewritten-moved-far', seed: 17, lang: 'ru', script: [ops.halfRewrittenMovedFar, ops.halfRewrittenMovedFar] },
];

/** An excerpt of a base: its first `preamble` preamble clauses and the first `perSection` clauses of its first `sections` sections. */
function excerptBase(lang: BaseLanguage, preamble: number, perSection: number, sections: number): Declaration {
  const base = loadBase(lang);
  return {
    meta: { ...base.meta, synthetic: `excerpt of the ${lang} evaluation base (${base.meta.synthetic ?? 'synthetic'}): ${preamble} preamble clauses, ${perSection} per section` },
    preamble: base.preamble.slice(0, preamble),
    sections: base.sections.slice(0, sections).map((section) => ({ ...section, clauses: section.clauses.slice(0, perSection), children: [] })),
  };
}

function main(): void {
  for (const { name, seed, script, lang } of GOLDEN) {
    const base = lang === undefined ? excerptSeed(3, 6) : excerptBase(lang, 2, 5, 6);
    const options: GenerateOptions = { base, ...(script ? { script } : {}) };
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
