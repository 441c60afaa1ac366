import { flattenClauses } from '../../src/tree/flatten.js';
import type { Declaration } from '../../src/types.js';
import * as ops from './edit-ops.js';
import { profileOf } from './language.js';
import { modelOf, toDeclaration, truthOf, type DocModel, type TruthChange } from './model.js';
import { PhrasePool } from './phrases.js';
import { Rng } from './rng.js';
import { loadSeed } from './seed.js';

/** Difficulty: 1 = a few light edits, 2 = several of most kinds, 3 = many of every kind together. */
export type Level = 1 | 2 | 3;

/** A generated test case: A, the edited B, the true answer, and what was done. */
export interface GeneratedPair {
  a: Declaration;
  b: Declaration;
  truth: TruthChange[];
  edits: string[];
}

const MENUS: Record<Level, ops.EditOp[]> = {
  1: [ops.removeClause, ops.addClause, ops.lightReword, ops.moveWithin, ops.numberHeadings, ops.retitle, ops.noise],
  2: [ops.removeClause, ops.addClause, ops.lightReword, ops.heavyReword, ops.splitClause, ops.mergeClauses, ops.moveWithin, ops.moveAcross, ops.renameSection, ops.numberHeadings, ops.noise],
  3: [ops.removeClause, ops.addClause, ops.lightReword, ops.heavyReword, ops.splitClause, ops.mergeClauses, ops.moveWithin, ops.moveAcross, ops.moveReworded, ops.renameSection, ops.reorderSections, ops.numberHeadings, ops.dropHeading, ops.retitle, ops.noise],
};
const COUNTS: Record<Level, number> = { 1: 3, 2: 7, 3: 14 };
/** Edits that make sense once per document. */
const ONCE = new Set<ops.EditOp>([ops.numberHeadings, ops.retitle, ops.reorderSections, ops.dropHeading, ops.renameSection]);

/** Options of `generatePair`. */
export interface GenerateOptions {
  /** The declaration to edit. Default: the seed. */
  base?: Declaration;
  /** Number of edits. Default by level: 3, 7, 14. */
  edits?: number;
  /** Exactly these edits, in order, instead of random ones of the level's kinds. */
  script?: ops.EditOp[];
}

/** Apply a seeded random edit script of the level's kinds to a declaration and record the true pairing. */
export function generatePair(seed: number, level: Level, options: GenerateOptions = {}): GeneratedPair {
  const a = options.base ?? loadSeed();
  const rng = new Rng(seed * 7919 + level);
  const model: DocModel = modelOf(a);
  const clauses = flattenClauses(a).map((clause) => clause.text);
  const profile = profileOf(a.meta.lang);
  const pool = profile.name === 'zh' ? poolFor(clauses) : new PhrasePool(clauses, profile);
  const context: ops.EditContext = { model, rng, pool, nextGroup: { value: 0 }, profile };
  const edits: string[] = [];
  const used = new Set<ops.EditOp>();
  const wanted = options.edits ?? COUNTS[level];
  const script = options.script;
  for (let attempt = 0; script ? attempt < script.length : edits.length < wanted && attempt < wanted * 4; attempt++) {
    const op = script ? script[attempt]! : rng.pick(MENUS[level]);
    if (ONCE.has(op) && used.has(op)) continue;
    const done = op(context);
    if (done === null) continue;
    used.add(op);
    edits.push(done);
  }
  const b = toDeclaration(model);
  b.meta = { ...b.meta, synthetic: `seeded edits (seed ${seed}, level ${level}): ${edits.slice(0, 20).join('; ')}${edits.length > 20 ? '; …' : ''}` };
  return { a, b, truth: truthOf(model, clauses.length), edits };
}

let seedPool: { clauses: readonly string[]; pool: PhrasePool } | undefined;

/** The phrase pool of the seed (cached), or of another base. */
function poolFor(clauses: readonly string[]): PhrasePool {
  const seedClauses = seedPool?.clauses ?? flattenClauses(loadSeed()).map((clause) => clause.text);
  seedPool ??= { clauses: seedClauses, pool: new PhrasePool(seedClauses) };
  return clauses.length <= seedClauses.length * 2 ? new PhrasePool(clauses) : seedPool.pool;
}

/**
 * A declaration of about `size` clauses built from the seed: the seed itself (cut when smaller),
 * then sections of 25 clauses, each recombined from seed phrases. Labelled synthetic.
 */
export function scaledBase(size: number, seed = 1): Declaration {
  const real = loadSeed();
  const model = modelOf(real);
  const rng = new Rng(seed);
  const pool = new PhrasePool(flattenClauses(real).map((clause) => clause.text));
  let count = model.sections.reduce((sum, section) => sum + section.items.length, 0);
  while (count > size) {
    const last = model.sections[model.sections.length - 1]!;
    if (last.items.length === 0 && model.sections.length > 1) model.sections.pop();
    else {
      last.items.pop();
      count--;
    }
  }
  const headings = model.sections.slice(1).map((section) => section.heading);
  for (let n = 1; count < size; n++) {
    const items = [];
    for (let k = 0; k < 25 && count < size; k++, count++) items.push({ text: pool.recombine(rng, rng.int(2, 3)) + (rng.chance(0.4) ? pool.recombine(rng, 2) : ''), src: [], kind: 'added' as const, moved: false });
    model.sections.push({ heading: `${rng.pick(headings)}（${n}）`, items });
  }
  const declaration = toDeclaration(model);
  declaration.meta = { ...declaration.meta, synthetic: `${size} clauses: the seed, then clauses recombined from seed phrases` };
  return declaration;
}

/** A short excerpt of the seed: the first `preamble` preamble clauses and the first `perSection` clauses of each section. */
export function excerptSeed(preamble = 3, perSection = 4): Declaration {
  const real = loadSeed();
  return {
    meta: { ...real.meta, synthetic: `excerpt of the seed: ${preamble} preamble clauses, ${perSection} per section` },
    preamble: real.preamble.slice(0, preamble),
    sections: real.sections.map((section) => ({ ...section, clauses: section.clauses.slice(0, perSection), children: [] })),
  };
}
