import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../../src/cli/io.js';
import { run } from '../../../src/cli/run.js';
import { ROOT } from '../../support/cli.js';
import { documentXmlOf, readParagraphs, view } from './read-docx.js';

const REVISED = 'fixtures/synthetic-2020-moscow-revised.md';

async function diff(args: string[], isTTY: boolean) {
  const io = bufferIO({ cwd: ROOT, isTTY, env: {} });
  const code = await run(['diff', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('clausewise diff --format docx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-docx-'));

  it('writes the Word redline of the pair to the file given with -o, byte-identical from run to run', async () => {
    const file = join(dir, 'report.docx');
    const first = await diff(['2020-moscow', REVISED, '--format', 'docx', '-o', file], true);
    expect(first).toEqual({ code: 0, out: '', err: '' });
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const paragraphs = readParagraphs(documentXmlOf(bytes));
    expect(view(paragraphs, 'accept')[0]!.text).toBe('上海合作组织成员国元首理事会莫斯科宣言（合成修订版）');
    expect(view(paragraphs, 'reject')[0]!.text).toBe('上海合作组织成员国元首理事会莫斯科宣言');
    await diff(['2020-moscow', REVISED, '--format', 'docx', '-o', file], false);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses to write it without -o, terminal or not, in one line with exit 2', async () => {
    for (const isTTY of [true, false]) {
      const { code, out, err } = await diff(['2020-moscow', REVISED, '--format', 'docx'], isTTY);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toBe('clausewise: --format docx writes a Word document: give the file with -o FILE.docx\n');
    }
    expect(existsSync(join(ROOT, 'report.docx'))).toBe(false);
  });

  it('fails in one line when the folder of -o is missing, writing nothing', async () => {
    const { code, out, err } = await diff(['2020-moscow', REVISED, '--format', 'docx', '-o', join(dir, 'missing', 'report.docx')], false);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^clausewise: cannot write .*report\.docx: no folder .*missing\n$/);
  });

  it('lists docx among the formats when given an unknown one', async () => {
    const { code, err } = await diff(['2020-moscow', REVISED, '--format', 'pdf'], false);
    expect(code).toBe(2);
    expect(err).toMatch(/use text, json, markdown, html, docx/);
  });
});
