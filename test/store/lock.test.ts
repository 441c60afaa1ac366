import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { isLockLeftover, withLock } from '../../src/store/lock.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'clausewise-lock-'));

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('withLock', () => {
  it('runs actions one at a time and removes the lock file afterwards', async () => {
    const dir = folder();
    const lock = join(dir, 'x.lock');
    let inside = 0;
    let most = 0;
    const action = async (): Promise<void> => {
      inside += 1;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inside -= 1;
    };
    await Promise.all(Array.from({ length: 5 }, () => withLock(lock, action, { pollMs: 5 })));
    expect(most).toBe(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('releases the lock when the action throws', async () => {
    const lock = join(folder(), 'x.lock');
    await expect(withLock(lock, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a lock whose process is gone and leaves nothing behind', async () => {
    const dir = folder();
    const lock = join(dir, 'x.lock');
    writeFileSync(lock, `${deadPid()} ${hostname()} stale-token\n`);
    expect(await withLock(lock, async () => 'ran', { timeoutMs: 1000 })).toBe('ran');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('waits for a live holder, then fails with a message naming the process and the file', async () => {
    const lock = join(folder(), 'x.lock');
    writeFileSync(lock, `${process.pid} ${hostname()} live-token\n`);
    const attempt = withLock(lock, async () => 'ran', { timeoutMs: 150, pollMs: 10 });
    await expect(attempt).rejects.toThrow(StoreError);
    await expect(attempt).rejects.toThrow(`process ${process.pid}`);
    await expect(attempt).rejects.toThrow(lock);
    expect(existsSync(lock)).toBe(true); // a live holder's lock is never removed
  });

  it('treats a lock older than staleMs as stale even when its process looks alive', async () => {
    const lock = join(folder(), 'x.lock');
    writeFileSync(lock, `${process.pid} ${hostname()} old-token\n`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await withLock(lock, async () => 'ran', { staleMs: 10, timeoutMs: 500 })).toBe('ran');
  });

  it('treats an empty or garbled lock as stale once it is a few seconds old, not before', async () => {
    const lock = join(folder(), 'x.lock');
    writeFileSync(lock, '');
    await expect(withLock(lock, async () => 'ran', { timeoutMs: 60, pollMs: 10 })).rejects.toThrow(/another process holds/);
    const past = new Date(Date.now() - 10_000);
    utimesSync(lock, past, past);
    expect(await withLock(lock, async () => 'ran', { timeoutMs: 500 })).toBe('ran');
  });
});

describe('isLockLeftover', () => {
  it('recognises temporary and moved-aside lock files of dead processes only', () => {
    const dead = deadPid();
    expect(isLockLeftover(`x.lock.${dead}.0b7e2c1a-1111-4222-8333-944445555666.tmp`, 'x.lock')).toBe(true);
    expect(isLockLeftover(`x.lock.${dead}.0b7e2c1a-1111-4222-8333-944445555666.stale`, 'x.lock')).toBe(true);
    expect(isLockLeftover(`x.lock.${process.pid}.0b7e2c1a-1111-4222-8333-944445555666.tmp`, 'x.lock')).toBe(false);
    expect(isLockLeftover('x.lock', 'x.lock')).toBe(false);
    expect(isLockLeftover('index.lock', 'x.lock')).toBe(false);
  });
});
