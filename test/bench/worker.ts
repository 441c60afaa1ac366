/**
 * One measurement in a fresh process (clean peak memory): `node --import tsx test/bench/worker.ts
 * <pair.json> align|naive`. Prints one JSON line: wall and CPU milliseconds, peak RSS growth, quality.
 */
import { readFileSync } from 'node:fs';
import { align } from '../../src/align/index.js';
import { foldText } from '../../src/text/fold.js';
import type { Declaration } from '../../src/types.js';
import { rates, scoreResult } from '../eval/metrics.js';
import type { TruthChange } from '../gen/model.js';
import { naiveAlign } from './naive.js';

const [file, mode] = process.argv.slice(2);
const pair = JSON.parse(readFileSync(file!, 'utf8')) as { a: Declaration; b: Declaration; truth: TruthChange[] };
foldText('國'); // load OpenCC outside the measurement
new Intl.Segmenter('zh', { granularity: 'word' }).segment('成员国');
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = mode === 'naive' ? naiveAlign(pair.a, pair.b) : align(pair.a, pair.b);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const peakMB = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore) / 1e6;
const quality = Array.isArray(result) ? undefined : rates(scoreResult(result, pair.truth, pair.a, pair.b));
console.log(JSON.stringify({ ms, cpuMs, peakMB, quality }));
