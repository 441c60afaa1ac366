import { describe, expect, it, beforeAll } from 'vitest';
import type { NewTermsResult, TermsResult } from '../../src/terms/index.js';
import { sparkline } from '../../src/render/sparkline.js';
import { makeStore } from '../store/helpers.js';
import { isOneLineError, runCli } from '../support/cli.js';
import { SUMMIT_IDS, summitPath } from '../timeline/summit-fixtures.js';

const store = makeStore();
const cli = (...args: string[]) => runCli(['--store', store.root, ...args]);

beforeAll(async () => {
  for (const id of SUMMIT_IDS) expect((await cli('import', summitPath(id), '--id', id)).code).toBe(0);
}, 60_000);

describe('sparkline', () => {
  it('draws one cell per value, scaled to the largest, a dot for zero', () => {
    expect(sparkline([0, 1, 2, 4])).toBe('·▂▄█');
    expect(sparkline([0, 0])).toBe('··');
    expect(sparkline([])).toBe('');
  });
});

describe('clausewise terms PHRASE...', () => {
  it('prints the clausewise/terms@1 JSON for every store declaration, Traditional folded', async () => {
    const result = await cli('terms', '一帶一路', '阿斯塔纳', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const terms = JSON.parse(result.stdout) as TermsResult;
    expect(terms.schema).toBe('clausewise/terms@1');
    expect(Object.keys(terms.terms[0]!)).toEqual(['term', 'counts', 'first']);
    expect(Object.keys(terms.terms[0]!.counts[0]!)).toEqual(['id', 'date', 'lang', 'count', 'clauses']);
    expect(terms.terms.map((t) => [t.term, t.counts.map((c) => c.count), t.first])).toEqual([
      ['一帶一路', [3, 3, 3, 3], { id: '2020-seed', date: '2020-11-10' }],
      ['阿斯塔纳', [0, 0, 0, 1], { id: '2023-synthetic-c', date: '2023-07-04' }],
    ]);
  });

  it('prints a block per phrase with a sparkline, and takes declarations with --in', async () => {
    const { code, stdout } = await cli('terms', '阿斯塔纳', '--in', '2022-synthetic-b', '--in', '2023-synthetic-c');
    expect(code).toBe(0);
    // Not a terminal: no colour, and no wrapping (a phrase stays on one line for grep).
    expect(stdout.split('\n')[0]).toBe('阿斯塔纳  ·█  first in 2023-synthetic-c (2023-07-04) · 1 use in 1 of 2 declarations');
    expect(stdout).toMatch(/2023-07-04 {2}2023-synthetic-c +zh-Hans +1 {2}clause 88\n/);
  });

  it('refuses no phrase, and an empty one, in one line', async () => {
    const none = await cli('terms');
    expect(none.code).toBe(2);
    expect(isOneLineError(none.stderr)).toBe(true);
    const empty = await cli('terms', '  ');
    expect(empty.code).toBe(2);
    expect(isOneLineError(empty.stderr)).toBe(true);
  });
});

describe('clausewise terms --new ID', () => {
  it('lists the formulations new in ID against the earlier declarations of its language', async () => {
    const result = await cli('terms', '--new', '2023-synthetic-c', '--json');
    expect(result.code).toBe(0);
    const found = JSON.parse(result.stdout) as NewTermsResult;
    expect(found.earlier).toEqual(['2020-seed', '2021-synthetic-a', '2022-synthetic-b']);
    expect(found.formulations.some((f) => f.text.includes('阿斯塔纳'))).toBe(true);
    const text = await cli('terms', '--new', '2023-synthetic-c');
    expect(text.stdout.replace(/\s*\n\s*/g, ' ')).toMatch(/^New in 2023-synthetic-c \(Chinese\), against 3 earlier declarations of its language /);
    expect(text.stdout).toContain('一致认为');
  });

  it('says so when there is no earlier declaration of its language', async () => {
    const { code, stdout } = await cli('terms', '--new', '2020-seed');
    expect(code).toBe(0);
    expect(stdout).toContain('No earlier declaration in Chinese');
  });

  it('refuses phrases together with --new', async () => {
    const result = await cli('terms', 'x', '--new', '2020-seed');
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr)).toBe(true);
  });
});
