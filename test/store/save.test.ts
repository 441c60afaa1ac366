import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError, UsageError } from '../../src/errors.js';
import { saveDeclaration } from '../../src/store/save.js';
import { git, leftovers, makeStore, sampleMarkdown } from './helpers.js';

const SHA = 'ab'.repeat(32);

describe('saveDeclaration', () => {
  it('writes declarations/ID.md and commits only that path, naming id, source and sha256', async () => {
    const store = makeStore();
    writeFileSync(join(store.root, 'notes.txt'), 'staged by the user\n');
    git(store.root, 'add', 'notes.txt');
    const markdown = sampleMarkdown();
    const result = await saveDeclaration(store, 'x-2001', markdown, { source: 'raw.txt', sha256: SHA });
    expect(result.status).toBe('created');
    expect(result.path).toBe('declarations/x-2001.md');
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(result.commit);
    expect(git(store.root, 'log', '-1', '--format=%s')).toBe(`import x-2001 from raw.txt (sha256 ${SHA})`);
    expect(git(store.root, 'show', '--name-only', '--format=', 'HEAD')).toBe('declarations/x-2001.md');
    expect(git(store.root, 'show', 'HEAD:declarations/x-2001.md') + '\n').toBe(markdown);
    expect(readFileSync(join(store.root, 'declarations/x-2001.md'), 'utf8')).toBe(markdown);
    // The user's staged file is still staged and nothing else is pending.
    expect(git(store.root, 'status', '--porcelain')).toBe('A  notes.txt');
    expect(leftovers(store)).toEqual(['A  notes.txt']);
  });

  it('is a no-op for identical content', async () => {
    const store = makeStore();
    await saveDeclaration(store, 'x', sampleMarkdown());
    const head = git(store.root, 'rev-parse', 'HEAD');
    expect(await saveDeclaration(store, 'x', sampleMarkdown(), { force: true })).toEqual({ status: 'unchanged', path: 'declarations/x.md' });
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('refuses different content without force and records a correction with it', async () => {
    const store = makeStore();
    const first = await saveDeclaration(store, 'x', sampleMarkdown(), { source: 'a.txt', sha256: SHA });
    const changed = sampleMarkdown({ edit: 'The parties agreed on a corrected second clause.' });
    await expect(saveDeclaration(store, 'x', changed)).rejects.toThrow(UsageError);
    await expect(saveDeclaration(store, 'x', changed)).rejects.toThrow('x already exists in the store with different content; use --force');
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(first.commit);
    expect(readFileSync(join(store.root, 'declarations/x.md'), 'utf8')).toBe(sampleMarkdown());

    const second = await saveDeclaration(store, 'x', changed, { force: true, source: 'b.txt', sha256: SHA });
    expect(second.status).toBe('corrected');
    expect(git(store.root, 'log', '-1', '--format=%s')).toBe(`correct x from b.txt (sha256 ${SHA})`);
    expect(git(store.root, 'rev-parse', 'HEAD~1')).toBe(first.commit);
    expect(readFileSync(join(store.root, 'declarations/x.md'), 'utf8')).toBe(changed);
    expect(git(store.root, 'status', '--porcelain')).toBe('');
  });

  it('keeps control characters and newlines out of the commit message', async () => {
    const store = makeStore();
    await saveDeclaration(store, 'x', sampleMarkdown(), { source: 'evil\n\u001b[31mname\u0007.txt' });
    expect(git(store.root, 'log', '-1', '--format=%B')).toBe('import x from evil name.txt');
  });

  it('reports uncommitted edits to the declaration and does not clobber them', async () => {
    const store = makeStore();
    await saveDeclaration(store, 'x', sampleMarkdown());
    const file = join(store.root, 'declarations/x.md');
    writeFileSync(file, 'edited by hand\n');
    const attempt = saveDeclaration(store, 'x', sampleMarkdown({ edit: 'Other.' }), { force: true });
    await expect(attempt).rejects.toThrow(StoreError);
    await expect(attempt).rejects.toThrow(/declarations\/x\.md has uncommitted changes .*commit or discard them first/);
    expect(readFileSync(file, 'utf8')).toBe('edited by hand\n');
    // Staged edits and untracked files count as uncommitted too.
    git(store.root, 'add', 'declarations/x.md');
    await expect(saveDeclaration(store, 'x', sampleMarkdown(), { force: true })).rejects.toThrow(/uncommitted changes/);
    writeFileSync(join(store.root, 'declarations/y.md'), 'untracked\n');
    await expect(saveDeclaration(store, 'y', sampleMarkdown())).rejects.toThrow(/declarations\/y\.md has uncommitted changes/);
    expect(readFileSync(join(store.root, 'declarations/y.md'), 'utf8')).toBe('untracked\n');
  });

  it('gives a clear message when the git index is locked', async () => {
    const store = makeStore();
    writeFileSync(join(store.gitDir, 'index.lock'), '');
    const attempt = saveDeclaration(store, 'x', sampleMarkdown(), { indexLockWaitMs: 100 });
    await expect(attempt).rejects.toThrow(StoreError);
    await expect(attempt).rejects.toThrow(/git index is locked \(\.git\/index\.lock exists\)/);
    expect(existsSync(join(store.root, 'declarations/x.md'))).toBe(false);
    expect(git(store.root, 'log', '--format=%s')).toBe('start');
    rmSync(join(store.gitDir, 'index.lock'));
    expect((await saveDeclaration(store, 'x', sampleMarkdown())).status).toBe('created');
  });

  it.each(['../x', '../../tmp/x', 'a/b', '-x', '--upload-pack=touch /tmp/x', '.git', 'a..b'])('rejects the id %j before touching the store', async (id) => {
    const store = makeStore();
    await expect(saveDeclaration(store, id, sampleMarkdown())).rejects.toThrow(/invalid declaration id/);
    expect(readdirSync(join(store.root, 'declarations'))).toEqual(['README.md']);
    expect(readdirSync(store.root).sort()).toEqual(['.git', 'declarations']);
    expect(git(store.root, 'log', '--format=%s')).toBe('start');
  });

  it('works in a repository without commits', async () => {
    const store = makeStore();
    rmSync(join(store.gitDir), { recursive: true });
    git(store.root, 'init', '--quiet', '--initial-branch=main');
    git(store.root, 'config', 'user.name', 'Store Test');
    git(store.root, 'config', 'user.email', 'store-test@example.invalid');
    const result = await saveDeclaration(store, 'x', sampleMarkdown());
    expect(result.status).toBe('created');
    expect(git(store.root, 'log', '--format=%s')).toBe('import x from unknown source');
    expect(git(store.root, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(store.root, 'status', '--porcelain')).toBe('?? declarations/README.md');
  });
});
