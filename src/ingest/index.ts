import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { parseCanonical } from '../tree/markdown-read.js';
import type { Declaration, DeclarationMeta } from '../types.js';
import { decodeBytes } from './decode.js';
import { detectForm, type InputForm } from './detect-form.js';
import { loadRomanisers } from './place-slug.js';
import { normaliseLineEndings } from './repair/line-endings.js';

/** Largest input accepted, in bytes: far above any real declaration, small enough to stay responsive. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Options of `importBytes` and `importFile`. */
export interface ImportOptions {
  /** Recorded as `source` in the metadata when the input has none. Default: none (`importFile`: the file name). */
  source?: string;
  /** How error messages name the input, e.g. the path as the user typed it. Default: `source`, else the path. */
  label?: string;
  /** Metadata given by the user (`import --title/--date/--place/--lang`): replaces what was found. Default none. */
  metadata?: Partial<Pick<DeclarationMeta, 'title' | 'date' | 'place' | 'lang'>>;
}

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
 * Throws `InputError` for empty, binary, undecodable input, a page without a declaration, or a
 * raw input that is not a declaration at all (no date, no title naming one, no opening formula:
 * JSON, code, a README) (prefixed with `label` when given).
 */
export async function importBytes(bytes: Uint8Array, options: ImportOptions = {}): Promise<Declaration> {
  try {
    return await importUnlabelled(bytes, options);
  } catch (error) {
    if (error instanceof InputError && options.label) throw new InputError(`${options.label}: ${error.message}`);
    throw error;
  }
}

async function importUnlabelled(bytes: Uint8Array, options: ImportOptions): Promise<Declaration> {
  if (bytes.length === 0) throw new InputError('input is empty');
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`input is above the ${MAX_INPUT_BYTES / 1048576} MB input limit`);
  const text = normaliseLineEndings(decodeBytes(bytes).text);
  if (!text.trim()) throw new InputError('input has no text');
  const form = detectForm(text);
  let declaration: Declaration;
  try {
    declaration = await parseText(text, form);
  } catch (error) {
    // The unified tree utilities recurse: thousands of nested elements exhaust the stack.
    if (error instanceof RangeError) throw new InputError('input is nested too deeply to read');
    throw error;
  }
  if (options.source && !declaration.meta.source) declaration.meta.source = options.source;
  if (options.metadata) declaration.meta = { ...declaration.meta, ...options.metadata };
  // A canonical file is our own format: its metadata is what its author wrote.
  if (form !== 'canonical') {
    const { notADeclaration } = await import('./declaration-check.js');
    const notOne = notADeclaration(declaration);
    if (notOne) throw new InputError(notOne);
  }
  // A place outside the gazetteer: load its romaniser now, so that `defaultId` can name it.
  await loadRomanisers(declaration.meta.place);
  return declaration;
}

/** Parse decoded text according to its form; the repair passes are loaded only for raw forms. */
async function parseText(text: string, form: InputForm): Promise<Declaration> {
  if (form === 'canonical') return await parseCanonical(text);
  const { parseRaw } = await import('./raw.js');
  return await parseRaw(text, form);
}

/** Read and import a file; `source` defaults to the file name, `label` (for messages) to `source`, else the path. */
export async function importFile(path: string, options: ImportOptions = {}): Promise<Declaration> {
  const label = options.label ?? options.source ?? path;
  const bytes = await readInput(path, label);
  return importBytes(bytes, { source: options.source ?? basename(path), label });
}
