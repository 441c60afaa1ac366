import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeNewSynced } from './atomic-write.js';
import { failIfInjected, type Fault } from './fault.js';
import { namesIn } from './quiet-fs.js';
import { isStagedName, STAGED_PREFIX } from './staged-names.js';

/**
 * The work-tree half of a commit, split so that it can fail early and be undone: the new bytes are
 * written beside the target first (same folder, so a read-only folder, a full disk or a file size
 * limit shows up before HEAD moves), the old file is kept under a second name by a hard link (no
 * copy, no space), and the last step is one rename, which `restore` can take back. The calls are
 * synchronous, as in atomic-write.ts: an import waits for each of them anyway.
 */

/** A new version of one file, written beside it and not yet in place. */
export interface StagedFile {
  /** Put the new bytes in place (one rename). */
  place(): Promise<void>;
  /** Undo `place`: the old file back (or no file, when there was none); after a failed `place`, only `discard`. */
  restore(): Promise<void>;
  /** Remove the staged and backup files. */
  discard(): Promise<void>;
}

/** Write `content` next to `target` (absolute path) and keep a link to the old file; nothing visible changes. */
export async function stageFile(target: string, content: string, fault?: Fault): Promise<StagedFile> {
  const folder = dirname(target);
  const unique = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const staged = join(folder, `${STAGED_PREFIX}${basename(target)}.${unique}.new`);
  const backup = join(folder, `${STAGED_PREFIX}${basename(target)}.${unique}.old`);
  let hadOld = false;
  let placed = false;
  const discard = async (): Promise<void> => {
    rmSync(staged, { force: true });
    rmSync(backup, { force: true });
  };
  try {
    failIfInjected(fault, 'stage', target);
    mkdirSync(folder, { recursive: true });
    writeNewSynced(staged, content);
    hadOld = keepOld(target, backup);
  } catch (error) {
    await discard().catch(() => undefined);
    throw error;
  }
  return {
    async place() {
      failIfInjected(fault, 'place', target);
      renameSync(staged, target);
      placed = true;
    },
    async restore() {
      // Before `place` succeeded the old file is still there, untouched: only the extra names go.
      if (placed && hadOld) renameSync(backup, target);
      else if (placed) rmSync(target, { force: true });
      placed = false;
      await discard();
    },
    discard,
  };
}

/** Keep the old file as `backup`: a hard link, or a copy where the file system has none (FAT, some network file systems). */
function keepOld(target: string, backup: string): boolean {
  try {
    linkSync(target, backup);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  copyFileSync(target, backup, constants.COPYFILE_EXCL);
  return true;
}

/** Delete staged and backup files a killed commit left in `folder` (the caller holds the store lock). */
export function removeStagedLeftovers(folder: string): void {
  for (const name of namesIn(folder)) {
    if (isStagedName(name)) rmSync(join(folder, name), { force: true });
  }
}
