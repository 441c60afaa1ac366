import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Inputs of more than this many bytes in all are large (some 2,000 clauses of Chinese). */
export const LARGE_INPUT = 1 << 20;

/**
 * V8 flags for large inputs, set before reading them (see `v8FlagsFor`).
 * - The young generation does not grow: V8 doubles it each time much of it survives, and a diff
 *   keeps most of what it builds; on the 10,000-clause benchmark the growth touched 7,000 more
 *   pages (page faults) for collections it barely saved.
 * - The optimising compiler does less: no inlining, no on-stack replacement, no loop peeling or
 *   escape analysis. A long run is mostly code V8 is still optimising, on background threads
 *   that, on two cores, took the CPU from the main thread: it waited 70–110 ms of a 10,000-clause
 *   diff to run. With smaller compilations the optimised code comes as soon, the main thread uses
 *   as much CPU as before and hardly waits (the README has the figures).
 */
const YOUNG_GENERATION_FLAGS = ['--semi-space-growth-factor=1'];
const COMPILER_FLAGS = ['--no-turbo-inlining', '--no-use-osr', '--no-turbo-loop-peeling', '--no-turbo-escape'];

/**
 * The V8 whose tiering the compiler flags were measured on (Node 20's). Another V8 may compile
 * differently, or not know a flag: V8 reports an unknown flag on stderr and drops the ones after it.
 */
const TUNED_V8 = /^11\.3\./;

/**
 * The V8 flags for a run on inputs of this many bytes: none for small inputs, where loading
 * `node:v8` would cost more than they save; the compiler flags only on the V8 they were tuned on.
 */
export function v8FlagsFor(bytes: number, v8Version = process.versions.v8): readonly string[] {
  if (bytes <= LARGE_INPUT) return [];
  return TUNED_V8.test(v8Version) ? [...YOUNG_GENERATION_FLAGS, ...COMPILER_FLAGS] : YOUNG_GENERATION_FLAGS;
}

/** Bytes in the references that name files (store references and missing files count 0). */
export function inputBytes(refs: readonly string[], cwd: string): number {
  let bytes = 0;
  for (const ref of refs) {
    try {
      const info = statSync(resolve(cwd, ref), { throwIfNoEntry: false });
      if (info?.isFile()) bytes += info.size;
    } catch {
      // Unreadable here: loading reports it.
    }
  }
  return bytes;
}

/** Before loading the inputs, set the V8 flags for their size (`v8FlagsFor`). */
export async function prepareV8For(refs: readonly string[], cwd: string): Promise<void> {
  const flags = v8FlagsFor(inputBytes(refs, cwd));
  if (flags.length === 0) return;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString(flags.join(' '));
}
