import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import * as ingest from '../../src/ingest/index.js';
import { importBytes, importFile, MAX_INPUT_BYTES, readInput } from '../../src/ingest/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('ingest public interface', () => {
  it('exports exactly readInput, importBytes, importFile and MAX_INPUT_BYTES', () => {
    expect(Object.keys(ingest).sort()).toEqual(['MAX_INPUT_BYTES', 'importBytes', 'importFile', 'readInput']);
    expect(MAX_INPUT_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-ingest-'));
  const write = (name: string, data: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };

  it('names the input as given by `label` in every message', async () => {
    await expect(readInput(join(dir, 'missing.txt'), 'missing.txt')).rejects.toThrow(/^missing\.txt: no such file$/);
    mkdirSync(join(dir, 'folder'));
    await expect(readInput(join(dir, 'folder'), 'folder')).rejects.toThrow(/^folder: is a directory/);
    await expect(importFile(write('empty.txt', ''), { label: 'empty.txt' })).rejects.toThrow(/^empty\.txt: file is empty$/);
    await expect(importFile(write('nul.bin', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 8, 0])), { label: 'nul.bin' })).rejects.toThrow(/^nul\.bin: binary data/);
  });

  it('states the size limit', async () => {
    const big = write('big.txt', new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41));
    await expect(importFile(big, { label: 'big.txt' })).rejects.toThrow(/above the 20 MB input limit/);
  });

  it('rejects undecodable bytes, blank text and pages without a declaration', async () => {
    await expect(importBytes(new Uint8Array([0x41, 0xff, 0x80, 0xff]), { label: 'x' })).rejects.toThrow(/^x: cannot decode/);
    await expect(importBytes(utf8(' \n\u3000\n'))).rejects.toThrow(InputError);
    const chromeOnly = '<html><body><nav><a href="#">首页</a></nav><div>[字体: 大 中 小] 打印本页</div><footer>版权所有</footer></body></html>';
    await expect(importBytes(utf8(chromeOnly))).rejects.toThrow(/no declaration found/);
    await expect(importBytes(utf8('## 上海合作组织成员国元首理事会莫斯科宣言\n\n推荐给朋友\n'))).rejects.toThrow(/no paragraphs/);
    const nested = `<html><body>${'<div>'.repeat(20_000)}<h1>宣言</h1><p>正文。</p></body></html>`;
    await expect(importBytes(utf8(nested))).rejects.toThrow(/nested too deeply/);
  });

  it('reads a canonical file with its levels trusted and fills in a missing source', async () => {
    const canonical = '---\ntitle: T 宣言\n---\n\n# T 宣言\n\n## 一\n\n### 二\n\n段落。\n';
    const declaration = await importBytes(utf8(canonical), { source: 'given.md' });
    expect(declaration.meta.source).toBe('given.md');
    expect(declaration.sections[0]!.children[0]).toEqual({ heading: '二', depth: 3, clauses: ['段落。'], children: [] });
  });
});

describe('Markdown code blocks', () => {
  it('never gives the title: a README whose example output names a declaration is not a declaration', async () => {
    const readme = '# sometool\n\nA tool that compares texts.\n\n```text\n--- a Example Declaration of the Synthetic Forum\n+++ b the same, revised\n```\n\nRun it with npm.\n';
    await expect(importBytes(new TextEncoder().encode(readme))).rejects.toThrow(/not a declaration/);
  });
});

describe('not a declaration: a news article about one', () => {
  // SYNTHETIC article in the shape of news pages about a summit: a headline naming the summit, a
  // publication date under it, a lead, and a list of the declaration's points in the reporter's words.
  const article = [
    'In Examplegrad the summit of the Example Organisation took place on 15-16 September',
    '',
    '16 September 2031',
    '',
    'In Examplegrad the summit of the Example Organisation took place, with the leaders of the member states and invited guests taking part',
    '',
    'The leaders signed the Examplegrad Declaration, which sets out their positions on regional and global questions.',
    '',
    'The main points of the declaration:',
    '',
    'The countries confirmed that the organisation is not directed against other states;',
    '',
  ].join('\n');

  it('is refused when its only date is the page\'s time stamp, with no title naming a declaration and no opening formula', async () => {
    await expect(importBytes(new TextEncoder().encode(article))).rejects.toThrow(/not a declaration: no date in the text \(only the page's time stamp\)/);
  });

  it('is imported when the user gives the date: the refusal is about evidence, not about the date alone', async () => {
    const parsed = await importBytes(new TextEncoder().encode(article), { metadata: { date: '2031-09-16' } });
    expect(parsed.meta.date).toBe('2031-09-16');
  });
});

