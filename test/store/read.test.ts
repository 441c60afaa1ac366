import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { StoreError, UsageError } from '../../src/errors.js';
import { listDeclarations, readDeclaration, readDeclarationText } from '../../src/store/read.js';
import { loadFromStore } from '../../src/store/reference.js';
import { saveDeclaration } from '../../src/store/save.js';
import { git, makeStore, sampleDeclaration, sampleMarkdown } from './helpers.js';

const V1 = sampleMarkdown();
const V2 = sampleMarkdown({ edit: 'The parties agreed on a corrected second clause.' });

let shared: Promise<{ store: ReturnType<typeof makeStore>; first: string; second: string }> | undefined;

/** One store with two versions of `x` (tag v1 on the first), shared by the read-only tests. */
function twoVersions() {
  shared ??= build();
  return shared;
}

async function build() {
  const store = makeStore();
  const first = await saveDeclaration(store, 'x', V1);
  git(store.root, 'tag', 'v1');
  const second = await saveDeclaration(store, 'x', V2, { force: true });
  return { store, first: first.commit ?? '', second: second.commit ?? '' };
}

describe('readDeclarationText', () => {
  it('reads the working copy for ID and the committed file for ID@REV', async () => {
    const { store, first } = await twoVersions();
    expect(await readDeclarationText(store, 'x')).toBe(V2);
    expect(await readDeclarationText(store, 'x', 'HEAD')).toBe(V2);
    expect(await readDeclarationText(store, 'x', 'HEAD~1')).toBe(V1);
    expect(await readDeclarationText(store, 'x', 'v1')).toBe(V1);
    expect(await readDeclarationText(store, 'x', first)).toBe(V1);
    expect(await readDeclarationText(store, 'x', first.slice(0, 8))).toBe(V1);
    expect(await readDeclarationText(store, 'x', 'main^')).toBe(V1);
  });

  it('reads ID@~N as the declaration\'s own N-th previous version, whatever else the store committed since', async () => {
    const store = makeStore();
    await saveDeclaration(store, 'x', V1);
    await saveDeclaration(store, 'x', V2, { force: true });
    await saveDeclaration(store, 'y', V1);
    // HEAD~1 is now the store's previous commit, where x was already V2; x@~1 is x's previous version.
    expect(await readDeclarationText(store, 'x', 'HEAD~1')).toBe(V2);
    expect(await readDeclarationText(store, 'x', '~1')).toBe(V1);
    expect(await readDeclarationText(store, 'x', '~')).toBe(V1);
    expect(await readDeclarationText(store, 'x', '~0')).toBe(V2);
    await expect(readDeclarationText(store, 'x', '~2')).rejects.toThrow(/'x' has 2 committed versions: x@~0 to x@~1/);
    await expect(readDeclarationText(store, 'nope', '~1')).rejects.toThrow(/no declaration 'nope' in the store's history/);
  });

  it('names what is missing', async () => {
    const { store } = await twoVersions();
    await expect(readDeclarationText(store, 'nope')).rejects.toThrow(/no declaration 'nope' in the store/);
    await expect(readDeclarationText(store, 'x', 'HEAD~2')).rejects.toThrow(/no declaration 'x' at revision HEAD~2/);
    await expect(readDeclarationText(store, 'x', 'HEAD~9')).rejects.toThrow(/unknown revision 'HEAD~9'/);
    await expect(readDeclarationText(store, 'x', 'no-such-tag')).rejects.toThrow(StoreError);
    // A revision that names a tree, not a commit: our message, not git's.
    await expect(readDeclarationText(store, 'x', 'HEAD^{tree}')).rejects.toThrow(/^unknown revision 'HEAD\^\{tree\}' in the store/);
  });

  it.each(['--upload-pack=touch MARKER', '-c core.pager=touch MARKER', '--output=MARKER', 'HEAD:../../MARKER', '../MARKER', 'HEAD --output=MARKER'])(
    'rejects the revision %j without running it',
    async (pattern) => {
      const { store } = await twoVersions();
      const marker = join(mkdtempSync(join(tmpdir(), 'clausewise-marker-')), 'created');
      await expect(readDeclarationText(store, 'x', pattern.replace('MARKER', marker))).rejects.toThrow(UsageError);
      expect(existsSync(marker)).toBe(false);
    },
  );
});

describe('readDeclaration and loadFromStore', () => {
  it('parse the stored Markdown back into the declaration', async () => {
    const { store } = await twoVersions();
    expect(await readDeclaration(store, 'x', 'HEAD~1')).toEqual(sampleDeclaration());
    const io = bufferIO({ cwd: tmpdir(), env: { CLAUSEWISE_STORE: store.root } });
    expect(await loadFromStore('x@HEAD~1', io)).toEqual(sampleDeclaration());
    expect(await loadFromStore('x', io, store.root)).toEqual(sampleDeclaration({ edit: 'The parties agreed on a corrected second clause.' }));
    await expect(loadFromStore('x@-c', io)).rejects.toThrow(UsageError);
  });

  it('does not follow a declaration file that is a symbolic link', async () => {
    const store = makeStore();
    symlinkSync('/etc/hostname', join(store.root, 'declarations/link.md'));
    await expect(readDeclarationText(store, 'link')).rejects.toThrow('declarations/link.md is a symbolic link; clausewise does not follow links in the store');
  });

  it('names the reference when a stored file is not canonical', async () => {
    const store = makeStore();
    writeFileSync(join(store.root, 'declarations/bad.md'), 'no front matter\n');
    await expect(readDeclaration(store, 'bad')).rejects.toThrow(/^bad: not a canonical declaration/);
  });
});

describe('listDeclarations', () => {
  it('lists the work tree ids in order, parsed, with unreadable files reported', async () => {
    const store = makeStore();
    await saveDeclaration(store, 'b-2002', sampleMarkdown({ title: 'Second' }));
    await saveDeclaration(store, 'a-2001', sampleMarkdown({ title: 'First', extra: 2 }));
    writeFileSync(join(store.root, 'declarations/c-bad.md'), 'not canonical\n');
    writeFileSync(join(store.root, 'declarations/Not-An-Id.md'), V1);
    const entries = await listDeclarations(store);
    expect(entries.map((entry) => entry.id)).toEqual(['a-2001', 'b-2002', 'c-bad']);
    expect(entries[0]?.declaration?.meta.title).toBe('First');
    expect(entries[1]?.declaration?.meta.title).toBe('Second');
    expect(entries[2]?.error).toMatch(/^c-bad: not a canonical declaration/);
  });
});
