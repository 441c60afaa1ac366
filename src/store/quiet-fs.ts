import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';

/**
 * Synchronous reads and removals where a missing or unreadable file or folder means "nothing":
 * the store's recovery, lock, staged files and kept indexes look for leftovers that are usually
 * not there, and clear what they can.
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

/** Remove a file if it can be; a folder, a missing file or a refusal leaves things as they are. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // A folder, or no permission: nothing of ours to remove.
  }
}

/** Remove a folder if it is empty; else (or if it is gone) leave it. */
export function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty, or gone.
  }
}
