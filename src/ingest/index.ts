import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import type { Declaration } from '../types.js';
import { type ImportOptions, MAX_INPUT_BYTES, parseInput } from './parse-input.js';

export { MAX_INPUT_BYTES } from './parse-input.js';
export type { ImportOptions } from './parse-input.js';

/**
 * Read an input file with the checks every command needs (exists, is a file, not empty, not huge);
 * `label` names it in messages. Synchronous reads: `fs/promises` loads Node's stream machinery
 * (milliseconds a short command notices), and a declaration is read in a few milliseconds.
 */
export async function readInput(path: string, label: string = path): Promise<Uint8Array> {
  let info;
  try {
    info = statSync(path);
  } catch {
    throw new InputError(`${label}: no such file`);
  }
  if (info.isDirectory()) throw new InputError(`${label}: is a directory, not a file`);
  if (!info.isFile()) throw new InputError(`${label}: not a regular file`);
  if (info.size === 0) throw new InputError(`${label}: file is empty`);
  if (info.size > MAX_INPUT_BYTES) {
    throw new InputError(`${label}: file is ${(info.size / 1048576).toFixed(1)} MB, above the ${MAX_INPUT_BYTES / 1048576} MB input limit`);
  }
  try {
    const buffer = readFileSync(path);
    // A plain Uint8Array view of the same memory: copying megabytes costs more than reading them.
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new InputError(`${label}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Turn raw bytes in any supported form into a declaration tree: decode (BOM, `<meta charset>`,
 * UTF-8 / GB18030 detection) → detect the form → canonical files are read with their levels
 * trusted; HTML (rehype, loaded only for HTML), Markdown (remark) and plain text become blocks
 * that the repair passes of `declarationFromBlocks` turn into a declaration (`parseRaw`).
 * Throws `InputError` for empty, binary, undecodable input or a page without a declaration
 * (prefixed with `label` when given).
 */
export async function importBytes(bytes: Uint8Array, options: ImportOptions = {}): Promise<Declaration> {
  return (await parseInput(bytes, options)).declaration;
}

/** Read and import a file; `source` defaults to the file name, `label` (for messages) to `source`, else the path. */
export async function importFile(path: string, options: ImportOptions = {}): Promise<Declaration> {
  const label = options.label ?? options.source ?? path;
  const bytes = await readInput(path, label);
  return importBytes(bytes, { source: options.source ?? basename(path), label });
}
