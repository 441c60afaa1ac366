import type { DiffResult } from '../types.js';

/** The `clausewise/diff@1` contract, pretty-printed, one final newline. */
export function renderJson(result: DiffResult): string {
  return `${renderJsonBody(result)}\n`;
}

/**
 * `renderJson` without its final newline. For a large report, writing this and then the newline
 * avoids building the concatenation, which V8 would copy (megabytes) as soon as it is sliced.
 */
export function renderJsonBody(result: DiffResult): string {
  return JSON.stringify(result, null, 2);
}
