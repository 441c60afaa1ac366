/**
 * `npm run bench`: time and peak memory of `align` on generated documents of growing size (the
 * seed, then clauses recombined from seed phrases, with edits of every kind), against the naive
 * all-pairs aligner, each measurement in its own process; quality against the generator's truth
 * at every size; then whole-process time of `clausewise diff --json` (and of the text report) against
 * `node -e ''`; then the corpus rows (test/bench/corpus.ts): `clausewise timeline` and the corpus
 * review's first frame on stores of 8, 25 and 50 generated summits in three languages
 * (`BENCH_CORPUS_SUMMITS`; `BENCH_ONLY=corpus` prints only these); the store rows (test/bench/store.ts):
 * `init` and `import` of the seed against git's own commands (`BENCH_ONLY=store`); the scaling rows
 * (test/bench/scaling.ts): `initiatives` and `timeline` at 20k against 10k clauses (`BENCH_ONLY=scaling`); the raw
 * rows (test/bench/raw.ts): `diff --json` of raw Markdown, page text and an HTML page against canonical (`BENCH_ONLY=raw`); the
 * review rows (test/bench/review.ts): the pair review's first frame at 120 and 10k clauses against `node -e ''`
 * in a pseudo-terminal (`BENCH_ONLY=review`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { generatePair, scaledBase } from '../gen/generate.js';
import { corpusRows } from './corpus.js';
import { rawRows } from './raw.js';
import { reviewRows } from './review.js';
import { scalingRows } from './scaling.js';
import { storeRows } from './store.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = (process.env['BENCH_SIZES'] ?? '120,1000,10000,50000').split(',').map(Number);
/** Largest size at which the quadratic reference is actually run; above it, it is extrapolated. */
const NAIVE_MAX = Number(process.env['BENCH_NAIVE_MAX'] ?? 2000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);

interface Measure {
  ms: number;
  cpuMs: number;
  peakMB: number;
  quality?: { pairs: { f1: number }; hard: { f1: number }; addRemove: { f1: number }; moved: number; reworded: number; lossless: number };
}

function measure(file: string, mode: 'align' | 'naive'): Measure {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'test', 'bench', 'worker.ts'), file, mode], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const pct = (x: number) => (x * 100).toFixed(1);

function timeProcess(args: string[], env: NodeJS.ProcessEnv, runs = RUNS): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    execFileSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 26 });
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * Whole-process times, each command run RUNS times in turn (so that a slower spell of the machine
 * hits all of them alike), medians: `node -e ''`, the read floor (Node + read + split + hash,
 * `read-floor.mjs`) and `clausewise diff --json` at each size.
 */
function wholeProcess(cli: string, dir: string, env: NodeJS.ProcessEnv, title: string): void {
  const sizes = [SIZES[0]!, ...SIZES.filter((s) => s >= 10000)];
  const pair = (size: number) => [join(dir, `a-${size}.md`), join(dir, `b-${size}.md`)];
  const commands: Array<{ label: string; args: string[] }> = [{ label: "node -e ''", args: ['-e', ''] }];
  for (const size of sizes.slice(1)) commands.push({ label: `read floor (${size} clauses each)`, args: [join(ROOT, 'test', 'bench', 'read-floor.mjs'), ...pair(size)] });
  for (const size of sizes) commands.push({ label: `clausewise diff --json (${size} clauses each)`, args: [cli, 'diff', '--json', ...pair(size)] });
  commands.push({ label: `clausewise diff, text report (${sizes[0]} clauses each)`, args: [cli, 'diff', '--no-color', ...pair(sizes[0]!)] });
  const times = commands.map(() => [] as number[]);
  for (let k = 0; k < RUNS; k++) commands.forEach(({ args }, c) => times[c]!.push(timeProcess(args, env, 1)));
  const medians = new Map(commands.map(({ label }, c) => [label, median(times[c]!)]));
  const node = medians.get("node -e ''")!;
  console.log(`\nwhole process${title}, median of ${RUNS} runs, commands taken in turn`);
  for (const { label } of commands) {
    const ms = medians.get(label)!;
    const size = Number(/\((\d+) clauses/.exec(label)?.[1]);
    const floor = medians.get(`read floor (${size} clauses each)`);
    const note = label.startsWith('clausewise')
      ? floor === undefined
        ? `+${(ms - node).toFixed(0)} ms over node -e ''`
        : `${(ms / floor).toFixed(2)}× the read floor, +${(ms - node).toFixed(0)} ms over node -e ''`
      : label.startsWith('read') ? `+${(ms - node).toFixed(0)} ms over node -e ''` : '';
    console.log(`${label.padEnd(50)} ${ms.toFixed(0).padStart(6)} ms  ${note}`);
  }
}

const CORPUS_SUMMITS = (process.env['BENCH_CORPUS_SUMMITS'] ?? '8,25,50').split(',').map(Number);

async function main(): Promise<void> {
  const cli = join(ROOT, 'dist', 'cli', 'main.js');
  const only = process.env['BENCH_ONLY'];
  if (only === undefined) aligner();
  if (!existsSync(cli)) console.log('\nstore and corpus timing skipped: run `npm run build` first');
  else {
    if (only === undefined || only === 'store') storeRows(ROOT, cli, RUNS);
    if (only === undefined || only === 'scaling') scalingRows(cli, RUNS);
    if (only === undefined || only === 'raw') rawRows(cli, RUNS);
    if (only === undefined || only === 'review') await reviewRows(ROOT, cli, RUNS);
    if (only === undefined || only === 'corpus') await corpusRows(cli, CORPUS_SUMMITS, RUNS);
  }
}

function aligner(): void {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-bench-'));
  try {
    console.log('align() vs naive all-pairs aligner (each in its own process; peak = growth of max RSS)');
    console.log('clauses | align ms (cpu)  peak MB | naive ms   peak MB | time ratio | pair F1  hard F1  add/rm F1  moved  reworded  lossless');
    let naiveAt: { size: number; ms: number; peakMB: number } | undefined;
    const files = new Map<number, string>();
    for (const size of SIZES) {
      const pair = generatePair(1, 3, { base: scaledBase(size, 1), edits: Math.max(14, Math.round(size / 10)) });
      const file = join(dir, `pair-${size}.json`);
      writeFileSync(file, JSON.stringify(pair));
      files.set(size, file);
      if (size === SIZES[0] || size >= 10000) {
        writeFileSync(join(dir, `a-${size}.md`), toMarkdown(pair.a));
        writeFileSync(join(dir, `b-${size}.md`), toMarkdown(pair.b));
      }
      const ours = measure(file, 'align');
      let naive: string;
      let ratio: string;
      if (size <= NAIVE_MAX) {
        const theirs = measure(file, 'naive');
        naiveAt = { size, ...theirs };
        naive = `${theirs.ms.toFixed(0).padStart(8)}  ${theirs.peakMB.toFixed(0).padStart(8)}`;
        ratio = `${(theirs.ms / ours.ms).toFixed(1)}×`;
      } else if (naiveAt) {
        const scale = (size / naiveAt.size) ** 2;
        naive = `${`~${(naiveAt.ms * scale).toFixed(0)}`.padStart(8)}  ${`~${(naiveAt.peakMB * scale).toFixed(0)}`.padStart(8)}`;
        ratio = `~${((naiveAt.ms * scale) / ours.ms).toFixed(0)}×`;
      } else {
        naive = '   skipped         ';
        ratio = '-';
      }
      const q = ours.quality!;
      console.log(
        `${String(size).padStart(7)} | ${`${ours.ms.toFixed(0)} (${ours.cpuMs.toFixed(0)})`.padStart(14)}  ${ours.peakMB.toFixed(0).padStart(7)} | ${naive} | ${ratio.padStart(10)} | ${pct(q.pairs.f1).padStart(7)}  ${pct(q.hard.f1).padStart(7)}  ${pct(q.addRemove.f1).padStart(9)}  ${pct(q.moved).padStart(5)}  ${pct(q.reworded).padStart(8)}  ${pct(q.lossless).padStart(8)}`,
      );
    }
    console.log('(~ = extrapolated quadratically from the largest size the naive aligner ran at; it is not run above ' + NAIVE_MAX + ' clauses)');
    const cli = join(ROOT, 'dist', 'cli', 'main.js');
    if (!existsSync(cli)) {
      console.log('\nCLI timing skipped: run `npm run build` first');
      return;
    }
    wholeProcess(cli, dir, process.env, '');
    // Node reads the certificates named there before it runs any code (Node 20: ~400 M
    // instructions for a system bundle, more than Node's own start-up): a fixed cost on every start that
    // hides how much of the rest is ours. clausewise opens no TLS connection.
    if (process.env['NODE_EXTRA_CA_CERTS']) {
      const { NODE_EXTRA_CA_CERTS: _certificates, ...env } = process.env;
      wholeProcess(cli, dir, env, ' without NODE_EXTRA_CA_CERTS (set here; every Node start parses the certificates it names)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
