import type { DiffResult } from '../types.js';

/** The `clausewise/diff@1` contract, pretty-printed, one final newline. */
export function renderJson(result: DiffResult): string {
  return `${renderJsonBody(result)}\n`;
}

/** `renderJson` without its final newline. */
export function renderJsonBody(result: DiffResult): string {
  return JSON.stringify(result, null, 2);
}

/**
 * `renderJsonBody` in pieces of about `size` UTF-16 units (default 32,768), for writing a large
 * report: the one string `JSON.stringify` returns is a rope that V8 must flatten (copy, tens of
 * milliseconds for megabytes) before it can be written; small pieces are cheap to flatten.
 */
export function renderJsonPieces(result: DiffResult, size?: number): Generator<string> {
  return jsonPieces(result, size);
}

/** Elements of an array written by one `JSON.stringify` call in `jsonPieces`. */
const BATCH = 32;

/**
 * Pieces whose concatenation is exactly `JSON.stringify(value, null, 2)`: a plain object's
 * arrays are written a few elements at a time, anything else whole. Each part is written by
 * `JSON.stringify` at its own depth (inside one or two arrays) and cut out of the result, so
 * that the indentation comes from the native writer.
 */
export function* jsonPieces(value: unknown, size = 32_768): Generator<string> {
  if (!isPlainObject(value)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  let out = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    // Values an object's JSON leaves out.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(item) && item.length > 0 && !('toJSON' in item)) {
      out += '[';
      for (let start = 0; start < item.length; start += BATCH) {
        // `[\n  [\n    a,\n    b\n  ]\n]` → `a,\n    b`
        const text = JSON.stringify([item.slice(start, start + BATCH)], null, 2);
        out += `${start === 0 ? '' : ','}\n    ${text.slice(10, -6)}`;
        if (out.length >= size) {
          yield out;
          out = '';
        }
      }
      out += '\n  ]';
    } else {
      // `[\n  value\n]` → `value`
      out += JSON.stringify([item], null, 2).slice(4, -2);
    }
  }
  yield first ? '{}' : `${out}\n}`;
}

/** An object JSON writes key by key: not an array, no `toJSON`, prototype Object's or none. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'toJSON' in value) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
