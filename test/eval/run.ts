/**
 * `npm run eval`: align generated pairs (seeded edits of a base document at three difficulty
 * levels, in Chinese, English and Russian) and print how well the alignment matches the true
 * answer; then two harder shapes (half rewritten and moved far; merges of lightly reworded parts);
 * then "different summits": two documents on different topics that share only their boilerplate
 * openings, where the true answer pairs nothing.
 */
import { align, type AlignInput } from '../../src/align/index.js';
import { countClauses } from '../../src/tree/flatten.js';
import type { Declaration } from '../../src/types.js';
import * as ops from '../gen/edit-ops.js';
import { generatePair, type Level } from '../gen/generate.js';
import { Rng } from '../gen/rng.js';
import { type BaseLanguage, loadBase } from '../gen/seed.js';
import { addCounts, emptyCounts, rates, scoreResult } from './metrics.js';

const PAIRS_PER_LEVEL = Number(process.env['EVAL_PAIRS'] ?? 30);
const LANGUAGES = (process.env['EVAL_LANGS'] ?? 'zh,en,ru').split(',') as BaseLanguage[];
const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(6);

const bases = new Map<BaseLanguage, Declaration>();
const baseOf = (lang: BaseLanguage) => bases.get(lang) ?? bases.set(lang, loadBase(lang)).get(lang)!;

/** Evaluate `count` generated pairs of one level on the base of `lang` (Chinese: the real seed). */
export function evaluateLevel(level: Level, count: number, firstSeed = 1, options: AlignInput = {}, lang: BaseLanguage = 'zh') {
  return evaluateGenerated(count, firstSeed, options, lang, (seed) => generatePair(seed, level, { base: baseOf(lang) }));
}

/** Evaluate `count` pairs each made by `script` (an exact edit script) on the base of `lang`. */
export function evaluateScript(script: ops.EditOp[], count: number, firstSeed = 1, options: AlignInput = {}, lang: BaseLanguage = 'zh') {
  return evaluateGenerated(count, firstSeed, options, lang, (seed) => generatePair(seed, 2, { base: baseOf(lang), script }));
}

function evaluateGenerated(count: number, firstSeed: number, options: AlignInput, lang: BaseLanguage, make: (seed: number) => ReturnType<typeof generatePair>) {
  const counts = emptyCounts();
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const pair = make(seed);
    addCounts(counts, scoreResult(align(pair.a, pair.b, options), pair.truth, pair.a, pair.b));
  }
  return counts;
}

/**
 * Two documents of different summits: the base's sections dealt at random into two documents
 * (no preamble), so that they share openings ("The member states note…", "成员国…") but no clause.
 */
export function differentSummits(lang: BaseLanguage, seed: number): [Declaration, Declaration] {
  const base = baseOf(lang);
  const rng = new Rng(seed * 104729 + 17);
  const order = base.sections.map((_, k) => ({ k, key: rng.next() })).sort((x, y) => x.key - y.key).map(({ k }) => k);
  const half = Math.floor(order.length / 2);
  const pick = (list: number[], label: string): Declaration => ({
    meta: { ...base.meta, title: `${base.meta.title} (${label})`, synthetic: `sections ${list.join(', ')} of the ${lang} evaluation base (different-summits set, seed ${seed})` },
    preamble: [],
    sections: list.sort((x, y) => x - y).map((k) => base.sections[k]!),
  });
  return [pick(order.slice(0, half), 'A'), pick(order.slice(half), 'B')];
}

/** Pairs reported between two different summits' documents, and their clauses (half of A's and B's together). */
export function falsePairs(lang: BaseLanguage, count: number, options: AlignInput = {}): { pairs: number; clauses: number } {
  let pairs = 0;
  let clauses = 0;
  for (let seed = 1; seed <= count; seed++) {
    const [a, b] = differentSummits(lang, seed);
    for (const change of align(a, b, options).changes) pairs += change.from.length * change.to.length;
    clauses += (countClauses(a) + countClauses(b)) / 2;
  }
  return { pairs, clauses };
}

function main(): void {
  const threshold = process.env['EVAL_THRESHOLD'];
  const options: AlignInput = threshold ? { threshold: Number(threshold) } : {};
  const header = 'lang level      pairs |  pair P   pair R  pair F1 | hard P   hard R  hard F1 | add/rm F1 | moved acc | reword acc | lossless';
  console.log(header);
  console.log('-'.repeat(header.length));
  const row = (lang: string, label: string, counts: ReturnType<typeof emptyCounts>, n: number) => {
    const r = rates(counts);
    console.log(
      `${lang.padEnd(4)} ${label.padEnd(10)} ${String(n).padStart(5)} | ${pct(r.pairs.precision)}  ${pct(r.pairs.recall)}  ${pct(r.pairs.f1)}  | ${pct(r.hard.precision)}  ${pct(r.hard.recall)}  ${pct(r.hard.f1)}  |   ${counts.addRemove.truth === 0 ? `${counts.addRemove.predicted} false`.padStart(6) : pct(r.addRemove.f1)}  |   ${pct(r.moved)}  |    ${pct(r.reworded)}  | ${pct(r.lossless)}`,
    );
  };
  for (const lang of LANGUAGES) {
    const total = emptyCounts();
    for (const level of [1, 2, 3] as const) {
      const counts = evaluateLevel(level, PAIRS_PER_LEVEL, 1, options, lang);
      addCounts(total, counts);
      row(lang, String(level), counts, PAIRS_PER_LEVEL);
    }
    row(lang, 'all', total, PAIRS_PER_LEVEL * 3);
    row(lang, 'half+far', evaluateScript([ops.halfRewrittenMovedFar, ops.halfRewrittenMovedFar, ops.halfRewrittenMovedFar], PAIRS_PER_LEVEL, 1, options, lang), PAIRS_PER_LEVEL);
    row(lang, 'merge+rw', evaluateScript([ops.mergeReworded, ops.mergeReworded, ops.mergeReworded], PAIRS_PER_LEVEL, 1, options, lang), PAIRS_PER_LEVEL);
  }
  console.log(`(percentages; hard = pairs that are not an unmoved identical match; seeds 1..${PAIRS_PER_LEVEL} per row; half+far: 3 clauses a pair keep their first half, the rest rewritten, and move to a distant section; merge+rw: 3 merges a pair of 2–3 clauses each lightly reworded; "n false": no clause is truly added or removed there, n were reported)`);
  console.log('\ndifferent summits (two documents dealt from one base\'s sections: nothing is truly paired)');
  console.log('lang  documents  clauses | false pairs | per 100 clauses');
  for (const lang of LANGUAGES) {
    const { pairs, clauses } = falsePairs(lang, PAIRS_PER_LEVEL / 3, options);
    console.log(`${lang.padEnd(4)}  ${String(PAIRS_PER_LEVEL / 3).padStart(9)}  ${String(clauses).padStart(7)} | ${String(pairs).padStart(11)} | ${((100 * pairs) / clauses).toFixed(2).padStart(15)}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'))) main();
