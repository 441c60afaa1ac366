import { namesIn } from './quiet-fs.js';

/**
 * The names of the files an import writes beside a declaration before it moves them into place
 * (staged-file.ts): `.clausewise-ID.md.PID.HEX.new` and `.old`. Apart from staged-file.ts so that
 * finding the store can look for them without loading what writes them.
 */

/** Prefix of the staged and backup files in `declarations/`. */
export const STAGED_PREFIX = '.clausewise-';

/** Is `name` a staged or backup file's? */
export function isStagedName(name: string): boolean {
  return name.startsWith(STAGED_PREFIX) && /\.\d+\.[0-9a-f]{8}\.(new|old)$/.test(name);
}

/** Does `folder` hold a staged or backup file (an import running, or one killed before its journal)? */
export function holdsStagedFiles(folder: string): boolean {
  return namesIn(folder).some(isStagedName);
}
