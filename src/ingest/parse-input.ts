import { InputError } from '../errors.js';
import { parseCanonical } from '../tree/markdown-read.js';
import type { Declaration, DeclarationMeta } from '../types.js';
import { decodeBytes } from './decode.js';
import { detectForm, type InputForm } from './detect-form.js';
import type { Dropped, Labels } from './dropped.js';
import { normaliseLineEndings } from './repair/line-endings.js';
import type { DateSource } from './summit-date.js';

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

/** A declaration with the decoded text it came from, its form, and what the repair passes dropped and could not find. */
export interface ParsedInput {
  declaration: Declaration;
  /** The decoded input, line endings normalised. */
  text: string;
  form: InputForm;
  dropped: Dropped[];
  labels: Labels;
  missing: Array<'title' | 'date' | 'place'>;
  /** Where the date was read (front matter, a label, the opening formula, a dateline, the closing line, a page stamp). */
  dateSource?: DateSource;
}

/** Decode, detect the form and parse, with the accounting (see `ParsedInput`); labels errors with `options.label`. */
export async function parseInput(bytes: Uint8Array, options: ImportOptions = {}): Promise<ParsedInput> {
  try {
    return await importUnlabelled(bytes, options);
  } catch (error) {
    if (error instanceof InputError && options.label) throw new InputError(`${options.label}: ${error.message}`);
    throw error;
  }
}

async function importUnlabelled(bytes: Uint8Array, options: ImportOptions): Promise<ParsedInput> {
  if (bytes.length === 0) throw new InputError('input is empty');
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`input is above the ${MAX_INPUT_BYTES / 1048576} MB input limit`);
  const text = normaliseLineEndings(decodeBytes(bytes).text);
  if (!text.trim()) throw new InputError('input has no text');
  let parsed: ParsedInput;
  try {
    parsed = await parseText(text);
  } catch (error) {
    // The unified tree utilities recurse: thousands of nested elements exhaust the stack.
    if (error instanceof RangeError) throw new InputError('input is nested too deeply to read');
    throw error;
  }
  const { declaration } = parsed;
  if (options.source && !declaration.meta.source) declaration.meta.source = options.source;
  if (options.metadata) {
    declaration.meta = { ...declaration.meta, ...options.metadata };
    parsed.missing = parsed.missing.filter((field) => !declaration.meta[field]);
  }
  // A canonical file is our own format: its metadata is what its author wrote.
  if (parsed.form !== 'canonical') {
    const { notADeclaration } = await import('./declaration-check.js');
    // A date the user gave counts; one read only from the page's time stamp does not.
    const notOne = notADeclaration(declaration, parsed.dateSource === 'stamp' && !options.metadata?.date);
    if (notOne) throw new InputError(notOne);
  }
  return parsed;
}

/** Parse decoded text according to its form; the repair passes are loaded only for raw forms. */
async function parseText(text: string): Promise<ParsedInput> {
  const form = detectForm(text);
  if (form === 'canonical') {
    const declaration = await parseCanonical(text);
    const missing = (['title', 'date', 'place'] as const).filter((field) => !declaration.meta[field]);
    return { declaration, text, form, dropped: [], labels: {}, missing };
  }
  const { parseRawReport } = await import('./raw.js');
  return { ...(await parseRawReport(text, form)), text, form };
}

