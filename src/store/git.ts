import { simpleGit } from 'simple-git';
import { readFileSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { StoreError } from '../errors.js';
import { causeText, gitIoCause, IO_WORDS } from './io-errors.js';

/**
 * Git as a few flat async functions over simple-git, each taking an explicit folder and throwing a
 * one-line `StoreError`. Callers pass only validated ids, revisions and paths; simple-git's own
 * blocking of unsafe options (`--upload-pack`, `-c core.pager=…`) stays on as a second line of defence.
 */

/** Options of `git`. */
export interface GitOptions {
  /** Extra environment variables for this call. Default: none. */
  env?: Record<string, string>;
}

/**
 * A command is done when its streams close (which follows its exit). simple-git's default also
 * arms a 50 ms timer at exit, which kept the CLI's process alive 50 ms after its last git command.
 */
const COMPLETION = { onClose: true, onExit: false } as const;

/** Run git in `dir` with `args` and return its standard output (untrimmed). */
export async function git(dir: string, args: readonly string[], options: GitOptions = {}): Promise<string> {
  let client;
  try {
    client = simpleGit({ baseDir: dir, trimmed: false, completion: COMPLETION, errors: withoutTrace });
  } catch {
    throw new StoreError(`${dir}: no such folder`);
  }
  client = client.env(gitEnv(options.env ?? {}));
  try {
    return await client.raw([...args]);
  } catch (error) {
    throw await withSpaceCause(toStoreError(error, dir), dir);
  }
}

/** Is `text` a whole object id as git prints it (SHA-1 or SHA-256, lower-case hex)? */
export function isObjectId(text: string): boolean {
  return /^[0-9a-f]{40,64}$/.test(text);
}

/**
 * The work tree root and git folder enclosing `dir`, and the commit HEAD names (null before the
 * first commit), or null when `dir` is not in a work tree. (`--revs-only` prints nothing for an
 * unborn HEAD where a plain `HEAD` would fail the whole call.)
 */
export async function workTree(dir: string): Promise<{ root: string; gitDir: string; head: string | null } | null> {
  let output: string;
  try {
    output = await git(dir, ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--revs-only', 'HEAD^{commit}']);
  } catch (error) {
    if (error instanceof ForeignOwnerError) throw error;
    return null;
  }
  const [root, gitDir, head] = output.split('\n');
  return root && gitDir ? { root, gitDir, head: head && isObjectId(head) ? head : null } : null;
}

/** Where `dir` is in a repository without a work tree: a bare one, or a work tree's git folder (`.git`); null otherwise. */
export async function gitFolderAround(dir: string): Promise<{ gitDir: string; bare: boolean } | null> {
  const output = await git(dir, ['rev-parse', '--is-bare-repository', '--is-inside-git-dir', '--absolute-git-dir']).catch((error: unknown) => {
    if (error instanceof ForeignOwnerError) throw error;
    return '';
  });
  const [bare, insideGitDir, gitDir] = output.split('\n');
  return insideGitDir === 'true' && gitDir ? { gitDir, bare: bare === 'true' } : null;
}

/** The commit hash a revision names, or null when it names none. The revision must be validated first. */
export async function resolveCommit(dir: string, revision: string): Promise<string | null> {
  // git fails, rather than printing nothing, for a revision that names a tree or a blob.
  const output = await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).catch(() => '');
  return output.trim() || null;
}

/** Is HEAD on a branch (not detached)? */
export async function onBranch(dir: string): Promise<boolean> {
  // simple-git resolves a failure that prints nothing: a detached HEAD is an empty answer.
  return git(dir, ['symbolic-ref', '--quiet', 'HEAD']).then((ref) => ref.trim() !== '', () => false);
}

/** The commit HEAD points to, or null in a repository without commits. */
export async function headCommit(dir: string): Promise<string | null> {
  return resolveCommit(dir, 'HEAD');
}

/** The text of `path` at `commit` (a full hash), or null when the commit has no such file. */
export async function readAt(dir: string, commit: string, path: string): Promise<string | null> {
  // One process: `cat-file blob` fails for a missing path or a folder alike.
  return git(dir, ['cat-file', 'blob', `${commit}:${path}`]).catch(() => null);
}

/** Is `path` a symbolic link (mode 120000) in `commit`? */
export async function isLinkAt(dir: string, commit: string, path: string): Promise<boolean> {
  const entry = await git(dir, ['ls-tree', '--full-tree', commit, '--', path]).catch(() => '');
  return entry.startsWith('120000 ');
}

/** Git's one-line status entries for `path` (staged, unstaged or untracked changes); empty when clean. */
export async function pathStatus(dir: string, path: string): Promise<string[]> {
  const output = await git(dir, ['--no-optional-locks', 'status', '--porcelain=v1', '--untracked-files=all', '--', path]);
  return output.split('\n').filter((line) => line.length > 0);
}

/** What a commit of one path needs to know first, from one `git status` (see `pathState`). */
export interface PathState {
  /** Is HEAD on a branch (not detached)? A branch without commits yet counts. */
  onBranch: boolean;
  /** The commit HEAD points to, or null in a repository without commits. */
  head: string | null;
  /** Git's one-line status entries for the path, as `pathStatus` gives them; empty when clean. */
  changes: string[];
}

/**
 * `onBranch`, `headCommit` and `pathStatus` of one path in one git process: `status --branch`
 * in its second porcelain format names the branch (or `(detached)`) and HEAD's commit (or
 * `(initial)`) in its header lines; the entries are given back in the first format's short form.
 */
export async function pathState(dir: string, path: string): Promise<PathState> {
  const output = await git(dir, ['--no-optional-locks', 'status', '--porcelain=v2', '--branch', '--no-ahead-behind', '--untracked-files=all', '--', path]);
  const state: PathState = { onBranch: false, head: null, changes: [] };
  for (const line of output.split('\n')) {
    const header = /^# branch\.(oid|head) (.+)$/.exec(line);
    if (header) {
      if (header[1] === 'head') state.onBranch = header[2] !== '(detached)';
      else if (isObjectId(header[2]!)) state.head = header[2]!;
    } else if (line.length > 0 && !line.startsWith('#')) {
      state.changes.push(shortStatus(line));
    }
  }
  return state;
}

/**
 * A `--porcelain=v2` entry in the `--porcelain=v1` form (`XY path`, `?? path`, `R  from -> path`):
 * changed (`1`), renamed or copied (`2`) and unmerged (`u`) entries give their two status letters
 * (`.`, unchanged, becomes a space) and their path.
 */
function shortStatus(line: string): string {
  const fields = line.split(' ');
  const fieldsBeforePath = { '1': 8, '2': 9, u: 10 }[fields[0]!];
  if (fieldsBeforePath === undefined) return `${fields[0]}${line}`; // `? path`, `! path`
  const [path, from] = fields.slice(fieldsBeforePath).join(' ').split('\t');
  return `${fields[1]!.replace(/\./g, ' ')} ${from === undefined ? path : `${from} -> ${path}`}`;
}

/** The value of a git configuration key as git sees it in `dir` (all scopes), or null when unset. */
export async function configValue(dir: string, key: string): Promise<string | null> {
  const output = await git(dir, ['config', '--get', key]);
  return output.trim() || null;
}

/** Variables simple-git refuses to pass on (they run programs); git's own variables are dropped too, except identity and config-scope ones. */
const DROPPED_ENV = /^(EDITOR|VISUAL|PAGER|PREFIX|SSH_ASKPASS)$|^GIT_(?!((AUTHOR|COMMITTER)_(NAME|EMAIL|DATE)|CONFIG_NOSYSTEM|CEILING_DIRECTORIES)$)/i;

/**
 * Environment for git children: the process environment without variables that would run other
 * programs or point git elsewhere (`GIT_DIR` from a hook), with stable English messages, plus `extra`.
 */
function gitEnv(extra: Record<string, string>): Record<string, string> {
  return { ...passedEnv(), LC_ALL: 'C', LANGUAGE: 'C', ...extra, GIT_TRACE: '1' };
}

/** The process environment without `DROPPED_ENV`, read once: nothing here changes it, and each read of `process.env` asks the C++ side for every variable (an import runs seven git processes). */
let passed: Record<string, string> | undefined;

function passedEnv(): Record<string, string> {
  if (passed !== undefined) return passed;
  passed = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !DROPPED_ENV.test(key)) passed[key] = value;
  }
  return passed;
}

/**
 * A line of `GIT_TRACE` on stderr. simple-git takes a git process that printed nothing to be still
 * flushing and waits 50 ms after it ends (its completion detection, whatever its `completion`
 * option says); git prints a trace line as it starts, so every command has printed something.
 */
const TRACE_LINE = /^\d{2}:\d{2}:\d{2}\.\d+ +\S+:\d+ +trace: .*(?:\n|$)/gm;

/** simple-git's error detection (a failed exit with something on stderr) over stderr without the trace lines. */
function withoutTrace(error: Buffer | Error | undefined, result: { stdOut: Buffer[]; stdErr: Buffer[]; exitCode: number }): Buffer | Error | undefined {
  // Killed by a signal (simple-git then reports success): past `ulimit -f`, git gets SIGXFSZ.
  if (result.exitCode === null) return new Error(`git was stopped by a signal${fileSizeLimited() ? ' (SIGXFSZ: the file size limit, ulimit -f)' : ''}`);
  const traced = Buffer.concat(result.stdErr);
  if (!result.exitCode || traced.length === 0) return error;
  const stderr = traced.toString('utf8').replace(TRACE_LINE, '');
  if (stderr.length === 0) return undefined; // only the trace: git failed quietly, which the caller reads from the output
  return Buffer.concat([...result.stdOut, Buffer.from(stderr, 'utf8')]);
}

/** Turn a simple-git failure into a one-line store error, with a clear message for a locked index. */
function toStoreError(error: unknown, dir: string): StoreError {
  const message = error instanceof Error ? error.message : String(error);
  if (/index\.lock'?: File exists/i.test(message)) return indexLockedError();
  const foreign = /detected dubious ownership in repository at '([^'\n]+)'/.exec(message);
  if (foreign?.[1]) return new ForeignOwnerError(foreign[1]);
  if (/spawn git ENOENT/.test(message)) return new StoreError('git is not installed or not on PATH; the store needs it');
  const cause = gitIoCause(message);
  if (cause) return new StoreError(`git failed in ${dir}: ${causeText(cause)}`);
  const line = message.split('\n').map((part) => part.trim()).find((part) => part.length > 0) ?? 'git failed';
  return new StoreError(`git: ${line.replace(/^(fatal|error): /, '')}`);
}

/**
 * Some git failures do not say why (`couldn't write '….lock'` when a ref cannot be written): when
 * the file system has no free block or inode left, say so, as for git's other writes.
 */
async function withSpaceCause(error: StoreError, dir: string): Promise<StoreError> {
  if (gitIoCause(error.message) || !/\b(couldn't|could not|unable to|cannot) (write|create|lock)/i.test(error.message)) return error;
  const space = await statfs(dir).catch(() => null);
  if (!space || (space.bavail > 0 && space.ffree > 0)) return error;
  return new StoreError(`git failed in ${dir}: ${causeText({ code: 'ENOSPC', words: IO_WORDS['ENOSPC'] ?? 'no space left on device' })}`);
}

/** Git's safe.directory check refused a repository owned by another user. */
export class ForeignOwnerError extends StoreError {
  override name = 'ForeignOwnerError';
  constructor(root: string) {
    super(`git refuses the store ${root}: it is owned by another user; if you trust it, allow it with git config --global --add safe.directory ${root}`);
  }
}

/** The message for a locked git index. */
export function indexLockedError(): StoreError {
  return new StoreError(
    'the store\'s git index is locked (.git/index.lock exists): another git command is running or was interrupted; ' +
      'if none is running, delete .git/index.lock and try again',
  );
}

/** Does this process run under a file size limit (`ulimit -f`)? Linux only; elsewhere false. */
function fileSizeLimited(): boolean {
  try {
    const line = /^Max file size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return line !== null && line[1] !== 'unlimited';
  } catch {
    return false;
  }
}
