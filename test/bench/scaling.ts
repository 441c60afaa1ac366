/**
 * The scaling rows of `npm run bench`: whole-process time of `clausewise initiatives --json` and
 * `clausewise timeline --json` on generated pairs of 10,000 and 20,000 clauses, taken in turn,
 * medians, with the ratio of 20k to 10k (near-linear is at most 2.3×).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { generatePair, scaledBase } from '../gen/generate.js';

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** The scaling rows, `runs` rounds of every command in turn, with the built CLI `cli`. */
export function scalingRows(cli: string, runs: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-bench-scaling-'));
  const sizes = [10000, 20000];
  try {
    for (const size of sizes) {
      const pair = generatePair(1, 3, { base: scaledBase(size, 1), edits: Math.max(14, Math.round(size / 10)) });
      writeFileSync(join(dir, `a-${size}.md`), toMarkdown(pair.a));
      writeFileSync(join(dir, `b-${size}.md`), toMarkdown(pair.b));
    }
    const commands = ['initiatives', 'timeline'].flatMap((command) => sizes.map((size) => ({ command, size })));
    const times = commands.map(() => [] as number[]);
    for (let k = 0; k < runs; k++) {
      commands.forEach(({ command, size }, c) => {
        const started = performance.now();
        execFileSync(process.execPath, [cli, command, '--json', join(dir, `a-${size}.md`), join(dir, `b-${size}.md`)], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 26 });
        times[c]!.push(performance.now() - started);
      });
    }
    console.log(`\ninitiatives and timeline, median of ${runs} runs, commands taken in turn`);
    for (const command of ['initiatives', 'timeline']) {
      const [small, large] = sizes.map((size) => median(times[commands.findIndex((c) => c.command === command && c.size === size)]!)) as [number, number];
      console.log(`clausewise ${command} --json`.padEnd(34) + ` 10k ${small.toFixed(0).padStart(5)} ms, 20k ${large.toFixed(0).padStart(5)} ms: 20k is ${(large / small).toFixed(2)}× 10k`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
