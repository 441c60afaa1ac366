import { randomUUID } from 'node:crypto';
import { linkSync, writeFileSync } from 'node:fs';
import { link, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { StoreError } from '../errors.js';
import { ioFailureLine } from './io-errors.js';
import { readTextOrNull, removeQuietly } from './quiet-fs.js';

/** Options of `withLock`. */
export interface LockOptions {
  /** How long to wait for another holder to finish, in ms. Default 15000. */
  timeoutMs?: number;
  /** Pause between attempts, in ms. Default 25. */
  pollMs?: number;
  /** A lock older than this is stale whoever holds it, in ms. Default 600000 (10 minutes). */
  staleMs?: number;
}

/** Age after which a lock file without a readable holder is stale, in ms. */
const GARBLED_STALE_MS = 5000;

/** Who holds a lock, as written in the lock file: `pid host token`. */
interface Holder {
  raw: string;
  pid: number;
  host: string;
}

/**
 * Run `action` while holding an exclusive lock file (created with `wx`, so only one process can
 * hold it). A lock whose process is gone (same host, pid not alive) or that is older than
 * `staleMs` is broken; otherwise wait up to `timeoutMs` and then fail with a clear message.
 */
export async function withLock<T>(path: string, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const token = `${process.pid} ${hostname()} ${randomUUID()}\n`;
  await acquire(path, token, options);
  try {
    return await action();
  } finally {
    release(path, token);
  }
}

async function acquire(path: string, token: string, options: LockOptions): Promise<void> {
  const { timeoutMs = 15_000, pollMs = 25, staleMs = 600_000 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (create(path, token)) return;
    const holder = await readHolder(path);
    if (holder && (await isStale(path, holder, staleMs))) {
      await breakLock(path, holder);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder && Number.isInteger(holder.pid) ? `process ${holder.pid} on ${holder.host}` : 'another process';
      throw new StoreError(`the store is busy: ${who} holds ${path}; if no clausewise is running, delete that file`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * Create the lock file with its content in one step: write a temporary file, then hard-link it
 * to the lock name (atomic, fails if the lock exists), so that a holder killed at any moment
 * never leaves an empty lock. Returns false when the lock is taken. Taking and releasing are
 * synchronous calls, as in atomic-write.ts.
 */
function create(path: string, token: string): boolean {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temp, token, { flag: 'wx' });
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError(ioFailureLine('create the lock', path, error) ?? `cannot create the lock ${path}: ${(error as Error).message}`);
  } finally {
    removeQuietly(temp);
  }
}

function release(path: string, token: string): void {
  if (readTextOrNull(path) !== token) return; // gone already, or broken as stale and taken by another
  removeQuietly(path);
}

async function readHolder(path: string): Promise<Holder | null> {
  const raw = await readFile(path, 'utf8').catch(() => null);
  if (raw === null) return null;
  const [pid, host] = raw.trim().split(' ');
  return { raw, pid: /^\d+$/.test(pid ?? '') ? Number(pid) : NaN, host: host ?? '' };
}

async function isStale(path: string, holder: Holder, staleMs: number): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info) return false;
  const age = Date.now() - info.mtimeMs;
  if (age > staleMs) return true;
  // Not written by `create` (which never leaves a partial lock): stale once it is a few seconds old.
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return age > GARBLED_STALE_MS;
  if (holder.host !== hostname()) return false;
  return !isAlive(holder.pid);
}

/**
 * Is `name` (a file next to the lock `lockName`) a temporary or moved-aside file of a lock
 * operation whose process is gone? Those are safe to delete.
 */
export function isLockLeftover(name: string, lockName: string): boolean {
  if (!name.startsWith(`${lockName}.`)) return false;
  const match = /^\.(\d+)\.[0-9a-f-]+\.(tmp|stale)$/.exec(name.slice(lockName.length));
  return match !== null && !isAlive(Number(match[1]));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove a stale lock without removing a fresh one another process just took: move it aside
 * (only one process can), check it is the stale one, and put it back if it is not.
 */
async function breakLock(path: string, stale: Holder): Promise<void> {
  const aside = `${path}.${process.pid}.${randomUUID()}.stale`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else moved or released it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  if (moved !== null && moved !== stale.raw) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
