/**
 * `node --import tsx test/bench/docx.ts`: the Word redline against the HTML report on the
 * 10,000-clause benchmark pair (the seed scaled and edited as `npm run bench` does), whole
 * process (`clausewise diff --format html|docx -o FILE`, built CLI, taken in turn) and the
 * renderers alone in this process, medians of RUNS. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { align } from '../../src/align/index.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderHtml } from '../../src/render/html.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { generatePair, scaledBase } from '../gen/generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZE = Number(process.env['BENCH_SIZE'] ?? 10000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'clausewise-bench-docx-'));
try {
  const pair = generatePair(1, 3, { base: scaledBase(SIZE, 1), edits: Math.max(14, Math.round(SIZE / 10)) });
  const a = join(dir, 'a.md');
  const b = join(dir, 'b.md');
  writeFileSync(a, toMarkdown(pair.a));
  writeFileSync(b, toMarkdown(pair.b));
  const cli = join(ROOT, 'dist', 'cli', 'main.js');
  const formats = ['html', 'docx'] as const;
  const times: Record<string, number[]> = { html: [], docx: [] };
  for (let k = 0; k < RUNS; k++) {
    for (const format of formats) {
      const started = performance.now();
      execFileSync(process.execPath, [cli, 'diff', a, b, '--format', format, '-o', join(dir, `report.${format}`)], { stdio: 'inherit' });
      times[format]!.push(performance.now() - started);
    }
  }
  const result = align(pair.a, pair.b);
  const render: Record<string, number[]> = { html: [], docx: [] };
  for (let k = 0; k < RUNS; k++) {
    let started = performance.now();
    renderHtml(result);
    render['html']!.push(performance.now() - started);
    started = performance.now();
    renderDocx(result, pair.a, pair.b);
    render['docx']!.push(performance.now() - started);
  }
  console.log(`${SIZE} clauses each, ${JSON.stringify(result.summary)}; median of ${RUNS}, formats taken in turn`);
  for (const format of formats) {
    const size = statSync(join(dir, `report.${format}`)).size;
    console.log(`${format.padEnd(5)} whole process ${median(times[format]!).toFixed(0).padStart(5)} ms   renderer alone ${median(render[format]!).toFixed(0).padStart(5)} ms   ${(size / 1e6).toFixed(2)} MB`);
  }
  console.log(`docx / html: whole process ${(median(times['docx']!) / median(times['html']!)).toFixed(2)}×, renderer alone ${(median(render['docx']!) / median(render['html']!)).toFixed(2)}×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
