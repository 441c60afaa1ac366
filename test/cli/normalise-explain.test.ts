import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const DECLARATION = readFileSync(join(ROOT, 'declarations/2020-moscow.md'), 'utf8');

describe('clausewise normalise --explain', () => {
  it('prints the Markdown on stdout as before, and what was dropped on stderr, one line each: reason, line, text', async () => {
    const result = await runCli(['normalise', 'fixtures/seed-2020-moscow.txt', '--explain']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(DECLARATION);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^navigation +\d+  外交部$/);
    expect(lines).toContainEqual(expect.stringMatching(/^stamp +\d+  2020-11-10 22:29$/));
    // A signature line's tab is shown as a space: every entry stays on its line.
    expect(lines).toContainEqual(expect.stringMatching(/^signature +\d+  俄罗斯联邦总统 普京$/));
    expect(lines).toContainEqual(expect.stringMatching(/^closing-date +\d+  /));
    expect(lines.every((line) => /^[a-z-]+ +(?:\d+|-)  \S/.test(line))).toBe(true);
  });

  it('--json gives the report as one JSON object on stdout', async () => {
    const result = await runCli(['normalise', 'fixtures/seed-2020-moscow.txt', '--explain', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(result.stdout) as { dropped: Array<{ line: number; text: string; reason: string }>; missing: string[] };
    expect(report.missing).toEqual([]);
    expect(report.dropped).toContainEqual({ line: expect.any(Number), text: '2020-11-10 22:29', reason: 'stamp' });
    expect(report).toMatchObject({ schema: 'clausewise/explain@1', date: { iso: '2020-11-10', source: 'formula' } });
  });

  it('says so when the date is only the page time stamp', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join((await import('node:os')).tmpdir(), 'clausewise-explain-'));
    // SYNTHETIC page: a stamp and a title, no date in the text.
    writeFileSync(join(dir, 'stamped.txt'), '2021-03-05 08:15\n\nJoint Statement of the Synthetic Forum in Example City\n\nThe member states declare the following.\n\nThe member states support the work of the forum.\n');
    const result = await runCli(['normalise', 'stamped.txt', '--explain'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("clausewise: stamped.txt: the date 2021-03-05 is the page's time stamp (no date in the text): check it, or give --date\n");
    const json = await runCli(['normalise', 'stamped.txt', '--json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toMatchObject({ date: { iso: '2021-03-05', source: 'stamp' } });
  });

  it('says in one line on stderr what it could not find', async () => {
    const dir = (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'clausewise-explain-'));
    // SYNTHETIC body-only page.
    (await import('node:fs')).writeFileSync(join(dir, 'body.txt'), 'The member states declare the following.\n\nI. Security\n\nThe member states support the work of the forum.\n');
    const result = await runCli(['normalise', 'body.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('clausewise: body.txt: could not find the title, date, place\n');
    expect(result.stdout).toMatch(/^---\ntitle: ""\n/);
  });
});
