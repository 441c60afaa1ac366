import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { lstat, readlink, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Options of `writeFileAtomic`. */
export interface AtomicWriteOptions {
  /**
   * Folder for the temporary file; it must be on the same file system as the target
   * (the store uses its git folder, so that a crash leaves no untracked file in the work tree).
   * Default: the target's folder.
   */
  tempDir?: string;
  /**
   * Treat the path as a shell redirection does (`-o` reports): write through a symbolic link (the
   * link stays) and into a device or FIFO (`-o /dev/null`) instead of replacing it. Default: the
   * path itself is replaced, so that a link in the store can never send a write outside it.
   */
  throughLinks?: boolean;
}

/** What a file is written from: a text, bytes, or bytes in chunks (written as they come, never joined). */
export type FileContent = string | Uint8Array | Iterable<Uint8Array>;

/**
 * Write a file so that readers see the old content or the new one, never a part:
 * write a temporary file, flush it to disk, then rename it over the target (see `throughLinks`).
 */
export async function writeFileAtomic(path: string, content: FileContent, options: AtomicWriteOptions = {}): Promise<void> {
  const target = options.throughLinks ? await existingTarget(path) : undefined;
  if (target?.special) {
    await writeFile(target.path, content);
    return;
  }
  path = target?.path ?? path;
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  try {
    writeThenRename(path, content, options.tempDir ?? folder);
  } catch (error) {
    // A temporary folder on another file system cannot be renamed from: fall back to the target's folder.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV' || options.tempDir === undefined) throw error;
    writeThenRename(path, content, folder);
  }
}

/**
 * The write itself, in synchronous calls: a command has nothing else to do meanwhile, and each
 * asynchronous call's round trip through libuv's threads cost an import about 0.5 ms.
 */
function writeThenRename(path: string, content: FileContent, tempDir: string): void {
  mkdirSync(tempDir, { recursive: true });
  const temp = join(tempDir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeNewSynced(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** What an existing path finally names (links followed), and whether it is other than a regular file. */
async function existingTarget(path: string): Promise<{ path: string; special: boolean } | undefined> {
  try {
    const real = await realpath(path);
    const info = await stat(real);
    // A folder stays on the rename path, which fails on it as before.
    return { path: real, special: !info.isFile() && !info.isDirectory() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // A new file; or a link to a file not made yet, which a shell would create where it points.
    const link = await lstat(path).catch(() => undefined);
    if (!link?.isSymbolicLink()) return undefined;
    return { path: resolve(dirname(path), await readlink(path)), special: false };
  }
}

/** Write `content` to a new file at `path` (failing if one exists) and flush it to the disk. */
export function writeNewSynced(path: string, content: FileContent): void {
  const fd = openSync(path, 'wx');
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(fd, content);
    else for (const chunk of content) for (let offset = 0; offset < chunk.length; ) offset += writeSync(fd, chunk, offset, chunk.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
