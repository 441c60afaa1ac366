import { readdirSync, readFileSync } from 'node:fs';

/**
 * Synchronous reads where a missing or unreadable file or folder means "nothing": the store's
 * recovery, lock and staged files look for leftovers that are usually not there.
 */

/** The text of a file, or null when it cannot be read. */
export function readTextOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The names in a folder, none when it cannot be read. */
export function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
