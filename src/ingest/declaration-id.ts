import { UsageError } from '../errors.js';
import type { Declaration } from '../types.js';

/** What a declaration id may look like: it is also a file name inside `declarations/`. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Check an id (no path separators, no leading dash, no `..`) and return it. */
export function validateId(id: string): string {
  if (!ID_PATTERN.test(id) || id.includes('..') || id.length > 100) {
    throw new UsageError(`invalid declaration id '${id.replace(/[^\x20-\x7e]/g, '?')}': use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit`);
  }
  return id;
}

/** Default id: `<year>-<place in ASCII>`, e.g. `2020-moscow`. (Placeholder until the importer lands.) */
export function defaultId(declaration: Declaration): string {
  const year = declaration.meta.date?.slice(0, 4) ?? 'undated';
  return `${year}-declaration`;
}
