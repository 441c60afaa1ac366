import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Inputs of more than this many bytes in all are large (some 2,000 clauses of Chinese). */
const LARGE_INPUT = 1 << 20;

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

/**
 * Before loading large inputs, keep V8 from growing its young generation. V8 doubles it each time
 * much of it survives, and a diff keeps most of what it builds: on the 10,000-clause benchmark the
 * growth touches 7,000 more pages (page faults) for collections it barely saves. Small inputs are
 * left alone: loading `node:v8` costs a few milliseconds of start-up by itself.
 */
export async function prepareHeapFor(refs: readonly string[], cwd: string): Promise<void> {
  if (inputBytes(refs, cwd) <= LARGE_INPUT) return;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--semi-space-growth-factor=1');
}
