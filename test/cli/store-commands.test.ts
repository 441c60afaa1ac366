import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, leftovers, makeStore, sampleFile, sampleMarkdown } from '../store/helpers.js';
import { isOneLineError, ROOT, runCli, SEED, spawnCli, tempDir } from '../support/cli.js';

const EDIT = 'The parties agreed on a corrected second clause.';

describe('clausewise init', () => {
  it('creates an empty store that list, import and log can use', async () => {
    const dir = join(tempDir(), 'store');
    const init = await runCli(['init', dir]);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toMatch(/^initialised an empty clausewise store in .*store\n$/);
    expect(await runCli(['--store', dir, 'list'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^no declarations in /) });
    expect(await runCli(['init', dir])).toMatchObject({ code: 0, stdout: expect.stringMatching(/is already a clausewise store\n$/) });
  });

  it('commits on a fresh machine without a git identity (spawned, empty HOME)', () => {
    const dir = join(tempDir(), 'store');
    const env = { HOME: tempDir('clausewise-home-'), GIT_CONFIG_NOSYSTEM: '1' };
    const result = spawnCli(['init', dir], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(git(dir, 'log', '--format=%an <%ae> %s')).toBe('clausewise <clausewise@localhost> init clausewise store');
    const imported = spawnCli(['--store', dir, 'import', sampleFile('in.md'), '--id', 'x'], { env });
    expect(imported.code).toBe(0);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});

describe('clausewise import, list, log, show and diff against a store', () => {
  const store = makeStore();
  const v1 = sampleFile('first.md');
  const v2 = sampleFile('second.md', { edit: EDIT, extra: 1 });
  const cli = (...args: string[]) => runCli(['--store', store.root, ...args]);

  beforeAll(async () => {
    expect((await cli('import', v1, '--id', 'x')).code).toBe(0);
  });

  it('imports once, then reports identical content as unchanged', async () => {
    const again = await cli('import', v1, '--id', 'x');
    expect(again).toEqual({ code: 0, stdout: 'x: unchanged in declarations/x.md\n', stderr: '' });
    expect(git(store.root, 'log', '--format=%s', '-1')).toMatch(/^import x from first\.md \(sha256 [0-9a-f]{64}\)$/);
  });

  it('needs --force for different content, which becomes a correction commit', async () => {
    const refused = await cli('import', v2, '--id', 'x');
    expect(refused.code).toBe(2);
    expect(isOneLineError(refused.stderr)).toBe(true);
    expect(refused.stderr).toContain('use --force');
    const forced = await cli('import', v2, '--id', 'x', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^x: corrected in declarations\/x\.md \(commit [0-9a-f]{7}\)\n$/);
    const sha = (await import('node:crypto')).createHash('sha256').update(readFileSync(v2)).digest('hex');
    expect(git(store.root, 'log', '--format=%s', '-1')).toBe(`correct x from second.md (sha256 ${sha})`);

    const shown = await cli('show', 'x@HEAD~1');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(sampleMarkdown().replace('lang: en\n', 'lang: en\nsource: first.md\n'));
    expect((await cli('show', 'x')).stdout).toContain(EDIT);

    const diff = await cli('diff', 'x@HEAD~1', 'x', '--json');
    expect(diff.code).toBe(0);
    const result = JSON.parse(diff.stdout) as { summary: { added: number; reworded: number } };
    expect(result.summary).toMatchObject({ added: 1, reworded: 1 });
    // x@~1: x's own previous version, the same here as the store's previous commit.
    expect((await cli('diff', 'x@~1', 'x', '--json')).stdout).toBe(diff.stdout.replace(/x@HEAD~1/g, 'x@~1'));

    const log = await cli('log', 'x');
    expect(log.code).toBe(0);
    const lines = log.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^[0-9a-f]{7,}  \d{4}-\d\d-\d\d  1 added, 1 reworded\s+correct x from second\.md \(sha256 [0-9a-f]{64}\)$/);
    expect(lines[1]).toMatch(/^[0-9a-f]{7,}  \d{4}-\d\d-\d\d  first version, 3 clauses  import x from first\.md/);
    const logJson = JSON.parse((await cli('log', 'x', '--json')).stdout) as { schema: string; id: string; revisions: Array<{ change: string; counts: Record<string, number> | null }> };
    expect(logJson.schema).toBe('clausewise/log@1');
    expect(logJson.id).toBe('x');
    expect(logJson.revisions.map((entry) => entry.change)).toEqual(['1 added, 1 reworded', 'first version, 3 clauses']);
  });

  it('lists ids with date, place, clause count and title in aligned columns', async () => {
    const other = sampleFile('other.md', { title: '测试宣言', extra: 8 });
    expect((await cli('import', other, '--id', 'a-longer-id')).code).toBe(0);
    const list = await cli('list');
    expect(list.code).toBe(0);
    const rows = list.stdout.split('\n');
    expect(rows[0]).toBe('ID           DATE        PLACE      CLAUSES  TITLE');
    expect(rows[1]).toBe('a-longer-id  2001-02-03  Testville       11  测试宣言');
    expect(rows[2]).toMatch(/^x            2001-02-03  Testville        \d  Store test declaration$/);
    const listJson = JSON.parse((await cli('list', '--json')).stdout) as { schema: string; declarations: Array<{ id: string; clauses: number; title: string }> };
    expect(listJson.schema).toBe('clausewise/list@1');
    expect(listJson.declarations.map((entry) => [entry.id, entry.clauses, entry.title])).toEqual([
      ['a-longer-id', 11, '测试宣言'],
      ['x', 4, 'Store test declaration'],
    ]);
  });

  it('log names the metadata a correction changed, not only its clauses', async () => {
    expect((await cli('import', sampleFile('m1.md'), '--id', 'meta')).code).toBe(0);
    expect((await cli('import', sampleFile('m2.md', { title: 'Store test declaration (corrected title)' }), '--id', 'meta', '--force')).code).toBe(0);
    const [newest] = (await cli('log', 'meta')).stdout.split('\n');
    expect(newest).toMatch(/^[0-9a-f]{7,}  \d{4}-\d\d-\d\d  no clause changes; title changed  correct meta from m2\.md/);
    const json = (JSON.parse((await cli('log', 'meta', '--json')).stdout) as { revisions: Array<{ metadata?: string[] }> }).revisions;
    expect(json[0]!.metadata).toEqual(['title']);
  });

  it('draws hostile metadata and commit messages harmlessly', async () => {
    const hostile = sampleFile('evil\u001b]0;title\u0007.md', { title: 'Title \u001b[2J\u001b[31mred\u202e' });
    expect((await cli('import', hostile, '--id', 'evil')).code).toBe(0);
    const list = await cli('list');
    const log = await cli('log', 'evil');
    for (const output of [list.stdout, log.stdout]) {
      expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    }
    expect(list.stdout).toContain('Title red');
  });

  it('finds the store through CLAUSEWISE_STORE and the enclosing work tree', async () => {
    expect((await runCli(['show', 'x'], { cwd: tmpdir(), env: { CLAUSEWISE_STORE: store.root } })).code).toBe(0);
    expect((await runCli(['show', 'x'], { cwd: join(store.root, 'declarations') })).code).toBe(0);
    const none = await runCli(['list'], { cwd: mkdtempSync(join(tmpdir(), 'clausewise-nostore-')) });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^clausewise: no declaration store: pass --store DIR/);
  });

  it('import reports a store it cannot use before an input it cannot read or parse (the two are looked at together)', async () => {
    const nowhere = join(tempDir(), 'none');
    const notADeclaration = join(tempDir(), 'note.txt');
    writeFileSync(notADeclaration, 'a shopping list\n');
    for (const input of [join(tempDir(), 'missing.txt'), notADeclaration]) {
      const result = await runCli(['--store', nowhere, 'import', input]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`clausewise: --store ${nowhere}: no such folder\n`);
    }
  });

  it('reports a hand-edited declaration and a locked git index instead of writing', async () => {
    const file = join(store.root, 'declarations/x.md');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, `${before}\nA clause added by hand.\n`);
    const dirty = await cli('import', v1, '--id', 'x', '--force');
    expect(dirty.code).toBe(2);
    expect(isOneLineError(dirty.stderr)).toBe(true);
    expect(dirty.stderr).toMatch(/declarations\/x\.md has uncommitted changes/);
    expect(readFileSync(file, 'utf8')).toBe(`${before}\nA clause added by hand.\n`);
    writeFileSync(file, before);

    writeFileSync(join(store.gitDir, 'index.lock'), '');
    try {
      const locked = await cli('import', v1, '--id', 'x', '--force');
      expect(locked.code).toBe(2);
      expect(isOneLineError(locked.stderr)).toBe(true);
      expect(locked.stderr).toContain('git index is locked (.git/index.lock exists)');
    } finally {
      rmSync(join(store.gitDir, 'index.lock'));
    }
    expect(git(store.root, 'status', '--porcelain')).toBe('');
  });

  it('reports unknown ids and revisions in one line', async () => {
    for (const args of [['show', 'nope'], ['show', 'x@HEAD~7'], ['log', 'nope'], ['diff', 'x@no-such-tag', 'x']]) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    }
  });
});

describe('hostile ids and revisions', () => {
  const store = makeStore();
  const input = sampleFile('in.md');
  const marker = join(mkdtempSync(join(tmpdir(), 'clausewise-marker-')), 'pwned');
  const cli = (...args: string[]) => runCli(['--store', store.root, ...args]);

  beforeAll(async () => {
    expect((await cli('import', input, '--id', 'x')).code).toBe(0);
  });

  const attempts: string[][] = [
    ['show', `x@--upload-pack=touch ${marker}`],
    ['show', `x@-c core.pager=touch ${marker}`],
    ['show', 'x@HEAD:../../etc/passwd'],
    ['show', 'x@HEAD:declarations/x.md'],
    ['show', `x@--output=${marker}`],
    ['show', 'x@HEAD..HEAD~1'],
    ['diff', `x@--upload-pack=touch ${marker}`, 'x'],
    ['diff', 'x', `x@-c core.pager=touch ${marker}`],
    ['log', '--', `--upload-pack=touch ${marker}`],
    ['log', '../x'],
    ['log', '--', '-c core.pager=touch /tmp/x'],
    ['import', input, '--id', `--upload-pack=touch ${marker}`],
    ['import', input, '--id', '-c core.pager=touch /tmp/x'],
    ['import', input, '--id', '../x'],
    ['import', input, '--id', '../../outside'],
    ['import', input, '--id', '.git'],
  ];

  it.each(attempts.map((args) => ({ args, name: args.join(' ') })))('$name: exit 2, one line, nothing created', async ({ args }) => {
    const head = git(store.root, 'rev-parse', 'HEAD');
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync('/tmp/x')).toBe(false);
    expect(git(store.root, 'rev-parse', 'HEAD')).toBe(head);
    expect(readdirSync(join(store.root, 'declarations')).sort()).toEqual(['README.md', 'x.md']);
    expect(readdirSync(store.root).sort()).toEqual(['.git', 'declarations']);
    expect(leftovers(store)).toEqual([]);
  });
});

describe('the bundled store and the seed', () => {
  it('imports the real seed into a temp store and lists it', async () => {
    const store = makeStore();
    const imported = await runCli(['--store', store.root, 'import', SEED]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/^2020-moscow: imported to declarations\/2020-moscow\.md \(commit [0-9a-f]{7}\)\n$/);
    const list = await runCli(['--store', store.root, 'list', '--json']);
    const [entry] = (JSON.parse(list.stdout) as { declarations: Array<{ id: string; date: string; place: string; clauses: number }> }).declarations;
    expect(entry).toMatchObject({ id: '2020-moscow', date: '2020-11-10', place: '莫斯科' });
    expect(entry?.clauses).toBeGreaterThan(100);
    expect((await runCli(['--store', store.root, 'import', SEED])).stdout).toBe('2020-moscow: unchanged in declarations/2020-moscow.md\n');
  });

  it('records a correction of the seed and summarises it in the log', async () => {
    const store = makeStore();
    expect((await runCli(['--store', store.root, 'import', SEED])).code).toBe(0);
    const original = readFileSync(join(store.root, 'declarations/2020-moscow.md'), 'utf8');
    const clause = original.split('\n\n').find((block) => block.length > 80 && !block.startsWith('#') && !block.startsWith('---'));
    expect(clause).toBeDefined();
    const corrected = original
      .replace('\n---\n', '\nsynthetic: one clause shortened and one clause added to test corrections\n---\n')
      .replace(clause ?? '', `${clause?.slice(0, -10) ?? ''}。`)
      .replace(/\n$/, '\n\n各方同意增加一个测试条款。\n');
    const path = join(tempDir(), 'corrected.md');
    writeFileSync(path, corrected);
    const result = await runCli(['--store', store.root, 'import', path, '--id', '2020-moscow', '--force']);
    expect(result.stdout).toMatch(/^2020-moscow: corrected in declarations\/2020-moscow\.md/);
    const log = await runCli(['--store', store.root, 'log', '2020-moscow', '--json']);
    const [latest, first] = (JSON.parse(log.stdout) as { revisions: Array<{ change: string; counts: Record<string, number> | null }> }).revisions;
    expect(first?.change).toMatch(/^first version, \d+ clauses$/);
    expect(latest?.counts).toMatchObject({ added: 1, removed: 0, reworded: 1 });
    const diff = JSON.parse((await runCli(['--store', store.root, 'diff', '2020-moscow@HEAD~1', '2020-moscow', '--json'])).stdout) as { summary: Record<string, number> };
    expect(diff.summary).toMatchObject({ added: 1, reworded: 1 });
  });

  it.skipIf(!existsSync(join(ROOT, 'declarations/2020-moscow.md')))('treats the project repository as the bundled store when run inside it', async () => {
    const result = await runCli(['list', '--json'], { cwd: join(ROOT, 'src') });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { declarations: Array<{ id: string }> }).declarations.map((entry) => entry.id)).toContain('2020-moscow');
    expect((await runCli(['show', '2020-moscow', '--outline'], { cwd: ROOT })).code).toBe(0);
  });
});
