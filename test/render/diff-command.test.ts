import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { bufferIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { align } from '../../src/align/index.js';
import { importFile } from '../../src/ingest/index.js';
import { renderText } from '../../src/render/text.js';
import { loadCellWidths } from '../../src/render/width.js';
import { ROOT, SEED, spawnCli } from '../support/cli.js';

/** The diff command on the real pipeline (importer, aligner, renderer), in process. */
async function diff(args: string[], options: { isTTY?: boolean; env?: Record<string, string>; columns?: number } = {}) {
  const io = bufferIO({ cwd: ROOT, isTTY: options.isTTY ?? false, env: options.env ?? {}, ...(options.columns ? { columns: options.columns } : {}) });
  const code = await run(['diff', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const dir = mkdtempSync(join(tmpdir(), 'clausewise-diff-render-'));
/** The seed with one phrase reworded (synthetic: 继续推动 → 进一步推动 in one clause). */
const REVISED = join(dir, 'revised.txt');
writeFileSync(REVISED, readFileSync(SEED, 'utf8').replace('成员国将继续推动上合组织发挥支柱作用', '成员国将进一步推动上合组织发挥支柱作用'));

describe('clausewise diff reports on the seed', () => {
  it('prints the text report without colour when not a terminal, wrapped to the width', async () => {
    const { code, out, err } = await diff([SEED, REVISED], { columns: 60 });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).not.toMatch(/\u001B/);
    expect(out).toMatch(/^--- a {2}上海合作组织成员国元首理事会莫斯科宣言\n/);
    expect(out).toMatch(/unchanged clauses\n/);
    expect(out).toMatch(/\n~ a\d+ → b\d+ {2}reworded\n/);
    expect(out).toMatch(/\{\+[^+]*进一步[^+]*\+\}/);
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
  });

  it('wraps text with emoji and combining characters exactly (string-width loaded when needed)', async () => {
    const unusual = join(dir, 'unusual.txt');
    writeFileSync(unusual, readFileSync(SEED, 'utf8').replace('成员国将继续推动上合组织发挥支柱作用', '成员国将继续推动😀上合组织发挥q\u0301\u0302\u0303q\u0301\u0302\u0303q\u0301\u0302\u0303支柱作用'));
    // A fresh process, where string-width is not loaded until the report needs it.
    const { code, stdout } = spawnCli(['diff', SEED, unusual, '--width', '80']);
    expect(code).toBe(0);
    expect(stdout).toContain('q\u0301\u0302\u0303'); // four UTF-16 units, one column: a stand-in width would count four
    // The same report as rendered with string-width loaded from the start.
    await loadCellWidths();
    const [a, b] = await Promise.all([importFile(SEED, { source: SEED }), importFile(unusual, { source: unusual })]);
    expect(stdout).toBe(renderText(align(a, b, { fromSource: SEED, toSource: unusual }), { width: 80 }));
  });

  it('colours on a terminal, unless NO_COLOR or --no-color', async () => {
    expect((await diff([SEED, REVISED], { isTTY: true })).out).toMatch(/\u001B\[3[12]m/);
    expect((await diff([SEED, REVISED], { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toMatch(/\u001B/);
    expect((await diff([SEED, REVISED, '--no-color'], { isTTY: true })).out).not.toMatch(/\u001B/);
  });

  it('writes Markdown and HTML reports', async () => {
    const markdown = await diff([SEED, REVISED, '--format', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.out).toMatch(/^# 上海合作组织成员国元首理事会莫斯科宣言\n/);
    expect(markdown.out).toContain('\n- `~` `a');
    const file = join(dir, 'report.html');
    const html = await diff([SEED, REVISED, '--format', 'html', '-o', file], { isTTY: true });
    expect(html.code).toBe(0);
    expect(html.out).toBe('');
    const page = readFileSync(file, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-Hans">')).toBe(true);
    expect(page).toMatch(/<ins>[^<]*进一步[^<]*<\/ins>/);
  });

  it('writes the JSON report to a file exactly as to standard output, and as JSON.stringify would', async () => {
    const printed = await diff(['--json', SEED, REVISED]);
    const file = join(dir, 'report.json');
    const written = await diff(['--json', SEED, REVISED, '-o', file]);
    expect(written.code).toBe(0);
    expect(written.out).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(printed.out);
    const result = align(await importFile(SEED, { source: SEED }), await importFile(REVISED, { source: REVISED }), { fromSource: SEED, toSource: REVISED });
    expect(printed.out).toBe(`${JSON.stringify(result, null, 2)}\n`);
  });
});
