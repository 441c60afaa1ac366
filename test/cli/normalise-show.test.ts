import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DECLARATION = readFileSync(join(ROOT, 'declarations/2020-moscow.md'), 'utf8');

async function cli(args: readonly string[], options: { cwd?: string; isTTY?: boolean } = {}) {
  const io = bufferIO({ cwd: options.cwd ?? ROOT, isTTY: options.isTTY ?? false });
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** A temporary folder holding the seed and some bad inputs, named as a user would type them. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-cli-'));
  writeFileSync(join(dir, 'seed.txt'), readFileSync(join(ROOT, 'fixtures/seed-2020-moscow.txt')));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'garbled.txt'), new Uint8Array([...new TextEncoder().encode('宣言 '), 0xff, 0xfe, 0x80, 0xff, 0x41]));
  writeFileSync(join(dir, 'chrome.html'), '<html><body><nav><a href="#">首页</a></nav><p>[字体: 大 中 小] 打印本页</p><footer>版权所有</footer></body></html>');
  mkdirSync(join(dir, 'folder'));
  return dir;
}

describe('clausewise normalise', () => {
  it('prints the canonical Markdown of the seed: the committed declaration, the file name as source as import records it', async () => {
    // It recorded the path as typed, so `normalise f > f.md; import f.md` put a local path into the store.
    for (const typed of ['fixtures/seed-2020-moscow.txt', join(ROOT, 'fixtures/seed-2020-moscow.txt'), './fixtures/../fixtures/seed-2020-moscow.txt']) {
      const result = await cli(['normalise', typed]);
      expect(result, typed).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout, typed).toBe(DECLARATION);
    }
  });

  it('gives the same text for the GBK page, and is a fixed point on its own output', async () => {
    const dir = workspace();
    const page = await cli(['normalise', join(ROOT, 'fixtures/renderings/2020-moscow.gbk.html')]);
    expect(page.code).toBe(0);
    const body = (markdown: string): string => markdown.slice(markdown.indexOf('\n---\n'));
    expect(body(page.stdout)).toBe(body(DECLARATION));
    writeFileSync(join(dir, 'once.md'), page.stdout);
    const again = await cli(['normalise', 'once.md'], { cwd: dir });
    expect(again.stdout).toBe(page.stdout);
  });

  it.each([
    ['missing.txt', /^clausewise: missing\.txt: no such file\n$/],
    ['folder', /^clausewise: folder: is a directory, not a file\n$/],
    ['empty.txt', /^clausewise: empty\.txt: file is empty\n$/],
    ['image.png', /^clausewise: image\.png: binary data, not a text or HTML declaration\n$/],
    ['garbled.txt', /^clausewise: garbled\.txt: cannot decode the text: not valid UTF-8, UTF-16 or GBK\/GB18030\n$/],
    ['chrome.html', /^clausewise: chrome\.html: no declaration found: [^\n]+\n$/],
  ])('bad input %s: one line on stderr with the path as typed, exit 2, nothing on stdout', async (name, message) => {
    const dir = workspace();
    for (const command of ['normalise', 'show']) {
      const result = await cli([command, name], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
  });

  it('import of bad input into a store writes no declaration file', async () => {
    const dir = workspace();
    expect((await cli(['init', 'store'], { cwd: dir })).code).toBe(0);
    const before = readdirSync(join(dir, 'store/declarations'));
    for (const name of ['missing.txt', 'empty.txt', 'image.png', 'garbled.txt', 'chrome.html']) {
      const result = await cli(['--store', 'store', 'import', name], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^clausewise: ${name.replace('.', '\\.')}: [^\n]+\n$`));
    }
    expect(readdirSync(join(dir, 'store/declarations'))).toEqual(before);
  });
});

describe('clausewise show', () => {
  it('prints a file as canonical Markdown', async () => {
    const result = await cli(['show', 'declarations/2020-moscow.md']);
    expect(result).toEqual({ code: 0, stdout: DECLARATION, stderr: '' });
  });

  it('--outline lists the sections with their clause counts', async () => {
    const result = await cli(['show', 'fixtures/seed-2020-moscow.txt', '--outline']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^上海合作组织成员国元首理事会莫斯科宣言 {2}\(2020-11-10\) {2}123 clauses$/);
    const counts = lines.slice(1).map((line) => /^\s+(.+?) {2}(\d+)$/.exec(line)!.slice(1));
    expect(counts.map(([name]) => name)).toEqual(['(preamble)', '安全合作', '议会合作', '司法合作', '经贸合作', '人文合作', '国际交往']);
    expect(counts.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(123);
  });

  it('--json prints the section tree', async () => {
    const result = await cli(['show', 'fixtures/seed-2020-moscow.txt', '--json']);
    const tree = JSON.parse(result.stdout);
    expect(tree.meta.title).toBe('上海合作组织成员国元首理事会莫斯科宣言');
    expect(tree.meta.signatories).toHaveLength(8);
    expect(tree.sections.map((section: { heading: string }) => section.heading)).toEqual(['安全合作', '议会合作', '司法合作', '经贸合作', '人文合作', '国际交往']);
  });

  it('removes escape sequences from document text when printing to a terminal', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'evil.md'), '---\ntitle: 宣言\n---\n\n# 宣言\n\n成员国\u001b[2J\u001b]0;pwned\u0007指出。\n');
    const tty = await cli(['show', 'evil.md'], { cwd: dir, isTTY: true });
    expect(tty.stdout).toMatch(/成员国.*指出。/);
    expect(tty.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
