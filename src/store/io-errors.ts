/**
 * I/O failures in plain words, in one place: a Node error code (`EACCES`) or the text git prints
 * when its own write fails ("No space left on device") becomes the same short phrase, so that a
 * full disk or a read-only folder reads alike whichever process hit it.
 */

/** The error codes a store write can meet, in words. */
export const IO_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error',
};

/** What git (through the C library's `strerror`) prints for each code, in the C locale it runs in. */
const GIT_TEXT: readonly [RegExp, string][] = [
  [/No space left on device/i, 'ENOSPC'],
  // git's own wording when writing an object or an index fails for want of space.
  [/Out of diskspace/i, 'ENOSPC'],
  [/Disk quota exceeded/i, 'EDQUOT'],
  [/File too large/i, 'EFBIG'],
  [/Read-only file system/i, 'EROFS'],
  [/Permission denied|insufficient permission/i, 'EACCES'],
  [/Operation not permitted/i, 'EPERM'],
  [/Too many open files in system/i, 'ENFILE'],
  [/Too many open files/i, 'EMFILE'],
  [/Input\/output error/i, 'EIO'],
  // A git child past `ulimit -f` is killed by SIGXFSZ (it does not inherit Node's ignoring it).
  [/SIGXFSZ/, 'EFBIG'],
];

/** The I/O cause of a failure: its code and words, or null when it is not one of `IO_WORDS`. */
export function ioCause(error: unknown): { code: string; words: string } | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code in IO_WORDS) return { code, words: IO_WORDS[code] ?? code };
  return null;
}

/** The I/O cause named in a message git printed, or null. */
export function gitIoCause(message: string): { code: string; words: string } | null {
  for (const [pattern, code] of GIT_TEXT) {
    if (pattern.test(message)) return { code, words: IO_WORDS[code] ?? code };
  }
  return null;
}

/** `words (CODE)`, as every message about an I/O failure ends. */
export function causeText(cause: { code: string; words: string }): string {
  return `${cause.words} (${cause.code})`;
}

/**
 * One line for a failed file operation: `cannot write declarations/x.md: permission denied (EACCES)`.
 * `what` names the file as the user knows it; null when `error` is not an I/O failure we know.
 */
export function ioFailureLine(verb: string, what: string, error: unknown): string | null {
  const cause = ioCause(error);
  return cause ? `cannot ${verb} ${what}: ${causeText(cause)}` : null;
}
