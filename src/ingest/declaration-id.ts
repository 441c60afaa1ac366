import { UsageError } from '../errors.js';
import { printable } from '../text/sanitize.js';
import type { Declaration } from '../types.js';
import { findPlace } from './place.js';

/** What a declaration id may look like: it is also a file name inside `declarations/`. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Endings that make a reference a file path rather than an id (see src/cli/load.ts). */
export const FILE_NAME_ENDING = /\.(?:md|txt|html?|markdown)$/i;

/** Check an id (no path separators, no leading dash, no `..`, no file-name ending) and return it. */
export function validateId(id: string): string {
  if (!ID_PATTERN.test(id) || id.includes('..') || id.length > 100) {
    throw new UsageError(`invalid declaration id '${printable(id)}': use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit`);
  }
  // Commands read `NAME.md` as a file path: such an id could never be reached.
  if (FILE_NAME_ENDING.test(id)) throw new UsageError(`invalid declaration id '${printable(id)}': it ends like a file name, which commands read as a path`);
  return id;
}

/**
 * Default id: `<year>-<place in ASCII>` (`2020-moscow`). The place comes from the metadata or the
 * title through a table of summit cities; with no known place the id is `<year>-declaration`,
 * and `undated-…` without a date. Names are never transliterated ad hoc.
 */
export function defaultId(declaration: Declaration): string {
  const year = /^\d{4}/.exec(declaration.meta.date ?? '')?.[0] ?? 'undated';
  const place = (declaration.meta.place ? findPlace(declaration.meta.place) : undefined) ?? findPlace(declaration.meta.title);
  return `${year}-${place?.ascii ?? 'declaration'}`;
}
