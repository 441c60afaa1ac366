/**
 * `npm run eval`: align generated pairs (seeded edits of the real seed at three difficulty levels)
 * and print how well the alignment matches the true answer.
 */
import { align, type AlignInput } from '../../src/align/index.js';
import { generatePair, type Level } from '../gen/generate.js';
import { addCounts, emptyCounts, rates, scoreResult } from './metrics.js';

const PAIRS_PER_LEVEL = Number(process.env['EVAL_PAIRS'] ?? 30);
const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(6);

/** Evaluate `count` generated pairs of one level. */
export function evaluateLevel(level: Level, count: number, firstSeed = 1, options: AlignInput = {}) {
  const counts = emptyCounts();
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const pair = generatePair(seed, level);
    addCounts(counts, scoreResult(align(pair.a, pair.b, options), pair.truth, pair.a, pair.b));
  }
  return counts;
}

function main(): void {
  const total = emptyCounts();
  const header = 'level  pairs |  pair P   pair R  pair F1 | hard P   hard R  hard F1 | add/rm F1 | moved acc | reword acc | lossless';
  console.log(header);
  console.log('-'.repeat(header.length));
  const row = (label: string, counts: ReturnType<typeof emptyCounts>, n: number) => {
    const r = rates(counts);
    console.log(
      `${label.padEnd(6)} ${String(n).padStart(5)} | ${pct(r.pairs.precision)}  ${pct(r.pairs.recall)}  ${pct(r.pairs.f1)}  | ${pct(r.hard.precision)}  ${pct(r.hard.recall)}  ${pct(r.hard.f1)}  |   ${pct(r.addRemove.f1)}  |   ${pct(r.moved)}  |    ${pct(r.reworded)}  | ${pct(r.lossless)}`,
    );
  };
  const threshold = process.env['EVAL_THRESHOLD'];
  const options: AlignInput = threshold ? { threshold: Number(threshold) } : {};
  for (const level of [1, 2, 3] as const) {
    const counts = evaluateLevel(level, PAIRS_PER_LEVEL, 1, options);
    addCounts(total, counts);
    row(String(level), counts, PAIRS_PER_LEVEL);
  }
  row('all', total, PAIRS_PER_LEVEL * 3);
  console.log('(percentages; hard = pairs that are not an unmoved identical match; seeds 1..' + PAIRS_PER_LEVEL + ' per level)');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'))) main();
