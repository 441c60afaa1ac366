import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOneLineError, ROOT, runCli, SEED } from '../support/cli.js';
import { GIT_ENV, git, makeStore, sampleFile } from './helpers.js';
import type { Store } from '../../src/store/locate.js';

/**
 * Issue 23: an import that reports failure leaves the store exactly as before, at once (no later
 * command completes it), and says why in one line. Failures are real where this machine allows
 * it (an immutable `declarations/` as root, a read-only one as the user nobody, a full tmpfs,
 * `ulimit -f`), and injected at every step otherwise (`CLAUSEWISE_TEST_FAIL`, src/store/fault.ts).
 */

/** Everything an import may touch, as git and the file system show it. */
function snapshot(store: Store): Record<string, string | boolean> {
  const files = readdirSync(join(store.root, 'declarations')).sort();
  return {
    head: git(store.root, 'rev-parse', 'HEAD'),
    branch: git(store.root, 'symbolic-ref', 'HEAD'),
    index: git(store.root, 'ls-files', '--stage'),
    status: git(store.root, 'status', '--porcelain', '--untracked-files=all', '--ignored'),
    files: files.map((name) => `${name}:${readFileSync(join(store.root, 'declarations', name), 'utf8').length}`).join(','),
    journal: existsSync(join(store.gitDir, 'clausewise-journal.json')),
    temp: existsSync(join(store.gitDir, 'clausewise-tmp')),
  };
}

/** A store holding `x` (so that a correction has an old file to keep). */
async function storeWithX(): Promise<Store> {
  const store = makeStore();
  const result = await runCli(['--store', store.root, 'import', sampleFile('x.md'), '--id', 'x']);
  expect(result.code, result.stderr).toBe(0);
  return store;
}

/** The next commands neither fail nor complete the failed import. */
async function expectNotCompletedLater(store: Store, before: ReturnType<typeof snapshot>): Promise<void> {
  const list = await runCli(['--store', store.root, 'list']);
  expect(list.code, list.stderr).toBe(0);
  const show = await runCli(['--store', store.root, 'show', 'x']);
  expect(show.code, show.stderr).toBe(0);
  expect(snapshot(store)).toEqual(before);
}

const STEPS = ['blob', 'stage', 'head', 'place', 'index'] as const;
const CODES = { blob: 'EFBIG', stage: 'ENOSPC', head: 'EIO', place: 'EACCES', index: 'ENOSPC' } as const;
const WORDS: Record<string, string> = { EFBIG: 'file too large', ENOSPC: 'no space left on device', EIO: 'input/output error', EACCES: 'permission denied' };

describe('an import that fails at any step (injected)', () => {
  for (const step of STEPS) {
    for (const kind of ['correction', 'new declaration'] as const) {
      it(`${step}, ${kind}: one line naming the cause; the store exactly as before, at once and after later commands`, async () => {
        const store = await storeWithX();
        const before = snapshot(store);
        const code = CODES[step];
        const args = kind === 'correction' ? [sampleFile('x2.md', { extra: 2 }), '--id', 'x', '--force'] : [sampleFile('y.md'), '--id', 'y'];
        const result = await runCli(['--store', store.root, 'import', ...args], { env: { CLAUSEWISE_TEST_FAIL: `${step}:${code}` } });
        expect(result.code).toBe(2);
        expect(isOneLineError(result.stderr), result.stderr).toBe(true);
        expect(result.stderr).toContain(`${WORDS[code]} (${code}); nothing was imported`);
        expect(result.stderr).not.toContain('unexpected error');
        expect(result.stdout).toBe('');
        expect(snapshot(store)).toEqual(before);
        await expectNotCompletedLater(store, before);
        // And the same import, without the failure, then succeeds.
        const again = await runCli(['--store', store.root, 'import', ...args]);
        expect(again.code, again.stderr).toBe(0);
        expect(git(store.root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
      });
    }
  }

  it('names the file for a failure in the work tree, and the git index for a failure there', async () => {
    const store = await storeWithX();
    const place = await runCli(['--store', store.root, 'import', sampleFile('y.md'), '--id', 'y'], { env: { CLAUSEWISE_TEST_FAIL: 'place:EROFS' } });
    expect(place.stderr).toBe('clausewise: cannot write declarations/y.md: read-only file system (EROFS); nothing was imported\n');
    const index = await runCli(['--store', store.root, 'import', sampleFile('y.md'), '--id', 'y'], { env: { CLAUSEWISE_TEST_FAIL: 'index:EDQUOT' } });
    expect(index.stderr).toMatch(/^clausewise: cannot update the git index \S+\/\.git\/index: disk quota exceeded \(EDQUOT\); nothing was imported\n$/);
  });

  it('reports the commit\'s failure when the commit and the staged file (built at the same time) both fail, and leaves neither behind', async () => {
    const store = await storeWithX();
    const before = snapshot(store);
    for (const args of [[sampleFile('x2.md', { extra: 2 }), '--id', 'x', '--force'], [sampleFile('y.md'), '--id', 'y']]) {
      const result = await runCli(['--store', store.root, 'import', ...args], { env: { CLAUSEWISE_TEST_FAIL: 'blob:EFBIG,stage:ENOSPC' } });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^clausewise: cannot write the new commit in \S+: file too large \(EFBIG\); nothing was imported\n$/);
      expect(snapshot(store)).toEqual(before);
    }
    // The staged file alone failing: its own line, and the commit built beside it leaves nothing either.
    const staged = await runCli(['--store', store.root, 'import', sampleFile('y.md'), '--id', 'y'], { env: { CLAUSEWISE_TEST_FAIL: 'stage:EROFS' } });
    expect(staged.stderr).toBe('clausewise: cannot write declarations/y.md: read-only file system (EROFS); nothing was imported\n');
    expect(snapshot(store)).toEqual(before);
  });
});

/** `node dist/cli/main.js ARGS` in a shell (for `ulimit`), or as another user. */
function cli(args: string[], options: { shell?: string; user?: number; env?: Record<string, string> } = {}): { code: number | null; stdout: string; stderr: string } {
  const main = join(ROOT, 'dist/cli/main.js');
  const command = [process.execPath, main, ...args];
  const [file, argv] = options.user !== undefined
    ? ['setpriv', [`--reuid=${options.user}`, `--regid=${options.user}`, '--clear-groups', ...command]]
    : options.shell !== undefined
      ? ['bash', ['-c', `${options.shell}; exec "$@"`, 'bash', ...command]]
      : [process.execPath, [main, ...args]];
  const result = spawnSync(file, argv, { env: { ...GIT_ENV, ...options.env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const isRoot = process.getuid?.() === 0;

/** Can this process make a file immutable (`chattr +i`, root on ext4 and most file systems)? */
function chattrWorks(): boolean {
  if (!isRoot) return false;
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-chattr-'));
  const ok = spawnSync('chattr', ['+i', dir]).status === 0;
  if (ok) spawnSync('chattr', ['-i', dir]);
  return ok;
}

describe('an import that fails for a real reason', () => {
  it.skipIf(!chattrWorks())('an immutable declarations/ (chattr +i, as root): EPERM in one line, HEAD and the file as before', async () => {
    const store = await storeWithX();
    const before = snapshot(store);
    const declarations = join(store.root, 'declarations');
    spawnSync('chattr', ['+i', declarations]);
    try {
      const result = cli(['--store', store.root, 'import', sampleFile('x2.md', { extra: 1 }), '--id', 'x', '--force']);
      expect(result.stderr).toBe('clausewise: cannot write declarations/x.md: operation not permitted (EPERM); nothing was imported\n');
      expect(result.code).toBe(2);
      expect(snapshot(store)).toEqual(before);
      const list = cli(['--store', store.root, 'list']);
      expect(list.code, list.stderr).toBe(0);
    } finally {
      spawnSync('chattr', ['-i', declarations]);
    }
    await expectNotCompletedLater(store, before);
  });

  const setprivWorks = isRoot && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;
  it.skipIf(!chattrWorks())('an immutable declarations/x.md (chattr +i): fails at the last rename, after HEAD moved, and is taken back', async () => {
    const store = await storeWithX();
    const before = snapshot(store);
    const file = join(store.root, 'declarations/x.md');
    spawnSync('chattr', ['+i', file]);
    try {
      // The old file cannot be hard-linked (EPERM) either: it is kept as a copy, which must not stay behind.
      const result = cli(['--store', store.root, 'import', sampleFile('x2.md', { extra: 1 }), '--id', 'x', '--force']);
      expect(result.stderr).toBe('clausewise: cannot write declarations/x.md: operation not permitted (EPERM); nothing was imported\n');
      expect(snapshot(store)).toEqual(before);
    } finally {
      spawnSync('chattr', ['-i', file]);
    }
    await expectNotCompletedLater(store, before);
  });

  /** Folders made read-only for the user nobody, and the line each gives. */
  const READ_ONLY: [string, RegExp][] = [
    ['declarations', /^clausewise: cannot write declarations\/x\.md: permission denied \(EACCES\); nothing was imported\n$/],
    ['.git', /^clausewise: cannot create the lock \S+\/\.git\/clausewise\.lock: permission denied \(EACCES\)\n$/],
    ['.git/objects', /^clausewise: cannot write the new commit in \S+\/\.git: permission denied \(EACCES\); nothing was imported\n$/],
  ];
  for (const [folder, line] of READ_ONLY) {
    it.skipIf(!setprivWorks)(`a read-only ${folder}/ as a non-root user (nobody, via setpriv): EACCES in one line, nothing moved`, async () => {
      const store = await storeWithX();
      const before = snapshot(store);
      const input = sampleFile('x2.md', { extra: 1 });
      // The user nobody owns the store (so git trusts it) and may read the input; the folder is read-only.
      const home = mkdtempSync(join(tmpdir(), 'clausewise-nobody-'));
      const own = (uid: number): void => {
        for (const path of [store.root, home]) expect(spawnSync('chown', ['-R', `${uid}:${uid}`, path]).status).toBe(0);
      };
      own(65534);
      chmodSync(join(input, '..'), 0o755);
      expect(spawnSync('chmod', ['-R', 'a-w', join(store.root, folder)]).status).toBe(0);
      const env = { HOME: home };
      try {
        const result = cli(['--store', store.root, 'import', input, '--id', 'x', '--force'], { user: 65534, env });
        expect(result.stderr).toMatch(line);
        expect(result.code).toBe(2);
        const list = cli(['--store', store.root, 'list'], { user: 65534, env });
        expect(list.code, list.stderr).toBe(0);
      } finally {
        spawnSync('chmod', ['-R', 'u+w', join(store.root, folder)]);
        own(0);
      }
      expect(snapshot(store)).toEqual(before);
      await expectNotCompletedLater(store, before);
    });
  }

  const bindWorks = isRoot && (() => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-bind-'));
    const ok = spawnSync('mount', ['--bind', dir, dir]).status === 0;
    if (ok) spawnSync('umount', [dir]);
    return ok;
  })();
  it.skipIf(!bindWorks)('a declarations/ on a read-only mount (a read-only bind mount of itself): EROFS in one line, nothing moved', async () => {
    const store = await storeWithX();
    const before = snapshot(store);
    const declarations = join(store.root, 'declarations');
    expect(spawnSync('mount', ['--bind', declarations, declarations]).status).toBe(0);
    try {
      expect(spawnSync('mount', ['-o', 'remount,bind,ro', declarations]).status).toBe(0);
      const result = cli(['--store', store.root, 'import', sampleFile('x2.md', { extra: 1 }), '--id', 'x', '--force']);
      expect(result.stderr).toBe('clausewise: cannot write declarations/x.md: read-only file system (EROFS); nothing was imported\n');
      expect(result.code).toBe(2);
      expect(snapshot(store)).toEqual(before);
      expect(cli(['--store', store.root, 'list']).code).toBe(0);
    } finally {
      spawnSync('umount', [declarations]);
    }
    await expectNotCompletedLater(store, before);
  });

  it('past the file size limit (ulimit -f; Node ignores SIGXFSZ and gets EFBIG): one line, nothing moved', async () => {
    const store = await storeWithX();
    const before = snapshot(store);
    // 16 KB: less than the seed's canonical Markdown (34 KB), more than anything init or a lock writes.
    const result = cli(['--store', store.root, 'import', SEED], { shell: 'ulimit -f 16' });
    expect(result.stderr).toMatch(/^clausewise: cannot write .*: file too large \(EFBIG\); nothing was imported\n$/);
    expect(result.code).toBe(2);
    expect(snapshot(store)).toEqual(before);
    await expectNotCompletedLater(store, before);
  });

  const mountWorks = isRoot && (() => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-mount-'));
    const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status === 0;
    if (ok) spawnSync('umount', [dir]);
    return ok;
  })();
  it.skipIf(!mountWorks)('a full disk (a small tmpfs filled to N KB free, N from 8 to 112): every failure is one line and leaves the store as before', async () => {
    const template = await storeWithX();
    const outcomes: string[] = [];
    for (let free = 8; free <= 112; free += 8) {
      const mount = mkdtempSync(join(tmpdir(), 'clausewise-full-'));
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount]).status).toBe(0);
      try {
        const root = join(mount, 'store');
        cpSync(template.root, root, { recursive: true });
        const store = { root, gitDir: join(root, '.git') };
        const before = snapshot(store);
        const available = Number(spawnSync('df', ['-B1', '--output=avail', mount], { encoding: 'utf8' }).stdout.split('\n')[1]);
        writeFileSync(join(mount, 'filler'), Buffer.alloc(Math.max(0, available - free * 1024)));
        const result = cli(['--store', root, 'import', SEED]);
        if (result.code === 0) {
          outcomes.push(`${free}K ok`);
          expect(git(root, 'status', '--porcelain')).toBe('');
          continue;
        }
        expect(result.code).toBe(2);
        expect(isOneLineError(result.stderr), result.stderr).toBe(true);
        // The lock is taken before anything is written, and says only that it cannot be.
        expect(result.stderr).toMatch(/(no space left on device \(ENOSPC\); nothing was imported|^clausewise: cannot create the lock .*: no space left on device \(ENOSPC\))\n$/);
        const where = /cannot write declarations/.test(result.stderr) ? 'work tree' : /cannot move HEAD/.test(result.stderr) ? 'HEAD' : /git index/.test(result.stderr) ? 'index' : 'git folder';
        outcomes.push(`${free}K ${where}`);
        expect(snapshot(store)).toEqual(before);
        rmSync(join(mount, 'filler'));
        const list = cli(['--store', root, 'list']);
        expect(list.stdout).toContain('x ');
        expect(snapshot(store)).toEqual(before);
      } finally {
        spawnSync('umount', [mount]);
      }
    }
    console.log(`full disk sweep: ${outcomes.join('; ')}`);
    // The sweep meets a full disk in the git folder (objects, journal, lock) and none. Whether a
    // step of 8 KB lands between the git folder's need and the file's depends on how the commit is
    // built (the blob is written in a private work tree in the git folder, the same size as the
    // file): the work-tree failures are covered by the injected ones and the read-only cases above.
    expect(outcomes.some((line) => line.endsWith('git folder')), outcomes.join('; ')).toBe(true);
    expect(outcomes.some((line) => line.endsWith('ok')), outcomes.join('; ')).toBe(true);
  }, 60_000);
});

describe('git failing for lack of space', () => {
  it('is named in one line (git killed by SIGXFSZ under ulimit -f reads as EFBIG)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-gitfail-'));
    mkdirSync(join(dir, 'repo'));
    git(join(dir, 'repo'), 'init', '--quiet');
    // Random bytes do not compress: git's object is larger than the 64 KB limit, which kills it.
    writeFileSync(join(dir, 'big'), randomBytes(300_000));
    const script = join(dir, 'run.mts');
    writeFileSync(script, `import { git } from ${JSON.stringify(join(ROOT, 'src/store/git.ts'))};
      await git(process.argv[2], ['hash-object', '-w', '--', process.argv[3]]).then(() => console.log('ok'), (e) => console.log(e.message));`);
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const result = spawnSync('bash', ['-c', 'ulimit -f 64; exec "$@"', 'bash', tsx, '--no-cache', script, join(dir, 'repo'), join(dir, 'big')], { env: GIT_ENV, encoding: 'utf8' });
    expect(result.stdout.trim()).toBe(`git failed in ${join(dir, 'repo')}: file too large (EFBIG)`);
  });
});

describe('an import whose undo fails too', () => {
  it('says so in one line, keeps the journal, and the next command completes the import (store consistent, as after)', async () => {
    const store = await storeWithX();
    const result = await runCli(['--store', store.root, 'import', sampleFile('x2.md', { extra: 1 }), '--id', 'x', '--force'], { env: { CLAUSEWISE_TEST_FAIL: 'index:ENOSPC,undo:EIO' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^clausewise: cannot update the git index \S+: no space left on device \(ENOSPC\); undoing the commit failed too \(input\/output error \(EIO\)\), so the next clausewise command completes the import\n$/,
    );
    expect(existsSync(join(store.gitDir, 'clausewise-journal.json'))).toBe(true);
    const show = await runCli(['--store', store.root, 'show', 'x']);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('Added test clause 1.');
    expect(git(store.root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(existsSync(join(store.gitDir, 'clausewise-journal.json'))).toBe(false);
  });
});

describe('leftovers of a killed import', () => {
  it('the staged and backup files in declarations/ are removed by the next write, with the journal', async () => {
    const store = await storeWithX();
    const before = snapshot(store);
    const { recoverStore } = await import('../../src/store/transaction.js');
    for (const name of ['.clausewise-x.md.123.0badf00d.new', '.clausewise-x.md.123.0badf00d.old']) writeFileSync(join(store.root, 'declarations', name), 'partial');
    writeFileSync(join(store.root, 'declarations', '.clausewise-notes.txt'), 'not ours'); // another name is left alone
    expect(await recoverStore(store)).toBe('none');
    rmSync(join(store.root, 'declarations', '.clausewise-notes.txt'));
    expect(snapshot(store)).toEqual(before);
  });
});

describe('io-errors', () => {
  it('reads the cause in what git prints, in the C locale', async () => {
    const { gitIoCause } = await import('../../src/store/io-errors.js');
    expect(gitIoCause('error: unable to write loose object file: No space left on device')?.code).toBe('ENOSPC');
    expect(gitIoCause("fatal: Unable to create '/s/.git/index.lock': Read-only file system")?.code).toBe('EROFS');
    expect(gitIoCause("fatal: Unable to create '/s/.git/index.lock': Permission denied")?.code).toBe('EACCES');
    expect(gitIoCause('error: insufficient permission for adding an object to repository database .git/objects')?.code).toBe('EACCES');
    expect(gitIoCause('fatal: unable to write new index file')).toBeNull();
  });
});

describe('a failed first commit in a repository without commits', () => {
  it('leaves HEAD unborn', async () => {
    const { commitFile } = await import('../../src/store/transaction.js');
    const root = mkdtempSync(join(tmpdir(), 'clausewise-unborn-'));
    git(root, 'init', '--quiet', '--initial-branch=main');
    const store = { root, gitDir: join(root, '.git') };
    for (const step of ['place', 'index'] as const) {
      await expect(commitFile(store, 'declarations/README.md', '# x\n', 'first', { fault: { [step]: 'ENOSPC' } })).rejects.toThrow(
        /no space left on device \(ENOSPC\)$/,
      );
      expect(spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: root, env: GIT_ENV }).status).toBe(1);
      expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
      expect(existsSync(join(root, '.git/clausewise-journal.json'))).toBe(false);
    }
  });
});
