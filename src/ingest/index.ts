import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { isCanonical, parseCanonical } from '../tree/markdown-read.js';
import type { Declaration } from '../types.js';

/** Largest input accepted, in bytes: far above any real declaration, small enough to stay responsive. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Options of `importBytes`. */
export interface ImportOptions {
  /** Recorded as `source` in the metadata when the input has none. Default: none. */
  source?: string;
}

/** Read an input file with the checks every command needs (exists, is a file, not empty, not huge). */
export async function readInput(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size === 0) throw new InputError(`${path}: file is empty`);
  if (info.size > MAX_INPUT_BYTES) {
    throw new InputError(`${path}: file is ${Math.round(info.size / 1048576)} MB, above the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  }
  return new Uint8Array(await readFile(path));
}

/** Turn raw bytes in any supported form into a declaration tree. */
export function importBytes(bytes: Uint8Array, options: ImportOptions = {}): Declaration {
  // Placeholder until the full importer lands: canonical Markdown only.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (!isCanonical(text)) throw new InputError('unsupported input (importer not built yet)');
  const declaration = parseCanonical(text);
  if (options.source && !declaration.meta.source) declaration.meta.source = options.source;
  return declaration;
}

/** Read and import a file; `source` defaults to the file name. */
export async function importFile(path: string, options: ImportOptions = {}): Promise<Declaration> {
  const bytes = await readInput(path);
  return importBytes(bytes, { source: options.source ?? basename(path) });
}
