import type { DiffResult } from '../types.js';

/** The `clausewise/diff@1` contract, pretty-printed, one final newline. */
export function renderJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
