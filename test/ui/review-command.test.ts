import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../src/types.js';
import { ROOT, runCli, spawnCli } from '../support/cli.js';

const A = '2020-moscow';
const B = 'fixtures/synthetic-2020-moscow-revised.md';

describe('clausewise review without a terminal', () => {
  it('prints the same text report as diff, and exits 0', async () => {
    const review = await runCli(['review', A, B]);
    const diff = await runCli(['diff', A, B]);
    expect(review.stderr).toBe('');
    expect(review.code).toBe(0);
    expect(review.stdout).toBe(diff.stdout);
    expect(review.stdout).toContain('上海合作组织成员国元首理事会莫斯科宣言（合成修订版）');
  });

  it('does the same from the built CLI (the esbuild bundle) with piped output', () => {
    expect(existsSync(join(ROOT, 'dist/cli/main.js'))).toBe(true);
    const result = spawnCli(['review', A, B, '--no-color']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- a  上海合作组织成员国元首理事会莫斯科宣言');
    expect(result.stdout).not.toMatch(/\u001B/);
  });

  it('reports a bad reference as a one-line error with status 2', async () => {
    const result = await runCli(['review', A, 'fixtures/no-such-file.md']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the npm start fixture (synthetic revision of the 2020 Moscow declaration)', () => {
  it('is labelled synthetic and differs from the seed exactly by its listed edits', async () => {
    const text = readFileSync(join(ROOT, B), 'utf8');
    expect(text).toMatch(/^synthetic: "Edited copy of the 2020 Moscow declaration for demonstration/m);
    expect(text).toContain('# 上海合作组织成员国元首理事会莫斯科宣言（合成修订版）');
    const { code, stdout } = await runCli(['diff', A, B, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as DiffResult;
    expect(result.to.date).toBe('2021-11-10');
    expect(result.summary).toMatchObject({ added: 1, removed: 3, split: 1, merged: 1, reworded: 2 });
    expect(result.summary.moved).toBeGreaterThanOrEqual(1);
    const moved = result.changes.find((change) => change.moved && change.from[0]?.section !== change.to[0]?.section);
    expect(moved?.to[0]?.text).toMatch(/^成员国强调，民间外交/);
    const reworded = result.changes.filter((change) => change.kind === 'matched' && change.reworded);
    expect(reworded.map((change) => change.edits?.filter((edit) => edit.op !== 'equal').map((edit) => `${edit.op} ${edit.text}`))).toEqual([
      ['delete 支持', 'insert 注意到'],
      ['insert 印度共和国、'],
    ]);
    expect(result.sections.find((pair) => pair.from === '经贸合作')).toMatchObject({ to: '四、经济合作', status: 'renamed' });
    expect(result.sections.find((pair) => pair.from === '安全合作')).toMatchObject({ to: '一、安全合作', status: 'matched' });
  });
});
