import type { DiffResult } from '../types.js';

/** The `clausewise/diff@1` contract, pretty-printed, one final newline. */
export function renderJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Options of `renderJsonChunks`. */
export interface JsonChunkOptions {
  /** Chunks are cut once they reach this many UTF-16 units. Default 65,536. */
  chunkSize?: number;
}

/**
 * `renderJson` in chunks, for writing a large report: joined, the chunks are exactly
 * `renderJson(result)`. Converting one multi-megabyte string to UTF-8 in one go is several
 * times slower in Node than converting it in pieces, and the whole string is never held.
 */
export function* renderJsonChunks(result: DiffResult, options: JsonChunkOptions = {}): Generator<string> {
  const size = options.chunkSize ?? 65_536;
  let chunk = '';
  for (const piece of jsonPieces(result)) {
    chunk += piece;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n`;
}

/**
 * Pieces of `JSON.stringify(value, null, 2)` for a top-level object: each property on its own,
 * and the items of its array properties one by one. A value nested at depth d is its own
 * pretty-printed JSON with each line break followed by d × 2 more spaces; JSON strings escape
 * line breaks, so every raw line break belongs to the layout and the replacement is exact.
 */
function* jsonPieces(value: object): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => JSON.stringify(v) !== undefined);
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [k, [key, item]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(item) && item.length > 0) {
      yield '[\n';
      for (let i = 0; i < item.length; i++) {
        // Items JSON cannot represent (undefined, functions) are written as null, as JSON.stringify does.
        const json = JSON.stringify(item[i], null, 2) ?? 'null';
        yield `    ${json.replaceAll('\n', '\n    ')}${i < item.length - 1 ? ',\n' : '\n'}`;
      }
      yield '  ]';
    } else {
      yield JSON.stringify(item, null, 2).replaceAll('\n', '\n  ');
    }
    yield k < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}';
}
