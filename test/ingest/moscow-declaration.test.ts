import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultId } from '../../src/ingest/declaration-id.js';
import { importFile } from '../../src/ingest/index.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { SEED } from './seed-paths.js';

const DECLARATION = fileURLToPath(new URL('../../declarations/2020-moscow.md', import.meta.url));

/** declarations/2020-moscow.md is the importer's output for the seed: this pins contract §1. */
describe('declarations/2020-moscow.md', () => {
  const file = readFileSync(DECLARATION, 'utf8');

  it('is exactly what importing the seed writes, under the default id', async () => {
    const declaration = await importFile(SEED, { source: 'seed-2020-moscow.txt' });
    expect(toMarkdown(declaration)).toBe(file);
    expect(defaultId(declaration)).toBe('2020-moscow');
  });

  it('has the contract layout: front-matter keys in order, LF, no trailing spaces, one final newline', () => {
    const frontMatter = file.slice(4, file.indexOf('\n---\n'));
    const keys = frontMatter.split('\n').filter((line) => /^[a-z]+:/.test(line)).map((line) => line.split(':')[0]);
    expect(keys).toEqual(['title', 'date', 'place', 'lang', 'source', 'signatories']);
    expect(file.startsWith('---\ntitle: 上海合作组织成员国元首理事会莫斯科宣言\ndate: 2020-11-10\nplace: 莫斯科\nlang: zh-Hans\n')).toBe(true);
    expect(file).toContain('\nsignatories:\n  - 印度共和国总理 莫迪\n');
    expect(file).toContain('\n---\n\n# 上海合作组织成员国元首理事会莫斯科宣言\n\n2020年11月10日，');
    expect(file).not.toMatch(/\r/);
    expect(file).not.toMatch(/[ \t]$/m);
    expect(file.endsWith('。\n')).toBe(true);
    expect(file.endsWith('\n\n')).toBe(false);
    expect(file.match(/^# /gm)).toHaveLength(1);
    expect(file.match(/^## /gm)).toHaveLength(6);
    expect(file.match(/^#{3,} /gm)).toBeNull();
  });

  it('reads back to the same bytes (byte-stable canonical form)', () => {
    expect(toMarkdown(parseCanonicalSync(file))).toBe(file);
  });
});
