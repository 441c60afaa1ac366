import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/ingest/index.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import type { DiffResult } from '../../src/types.js';
import { runCli, SEED, tempDir } from '../support/cli.js';
import { expectDiffContract } from '../support/contract.js';

/** Clause texts of a file as the importer reads it. */
async function texts(path: string): Promise<string[]> {
  return flattenClauses(await importFile(path)).map((clause) => clause.text);
}

/** A raw copy of the seed with a few real edits: one paragraph dropped, one verb changed, two swapped. */
function editedSeed(): string {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const drop = lines.findIndex((line) => line.startsWith('成员国重申，坚定支持联合国作为综合性多边组织'));
  lines.splice(drop, 2);
  const verb = lines.findIndex((line) => line.startsWith('成员国支持进一步扩大本组织同其他国际和地区组织的交往'));
  lines[verb] = lines[verb]!.replace('成员国支持', '成员国注意到');
  const path = join(tempDir(), 'edited-seed.txt');
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('diff --json follows contract §2', () => {
  it('on the seed against itself: every clause matched, nothing moved or reworded', async () => {
    const result = await runCli(['diff', '--json', SEED, SEED]);
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout) as DiffResult;
    const seedTexts = await texts(SEED);
    expectDiffContract(diff, seedTexts, seedTexts);
    expect(diff.changes.every((change) => change.kind === 'matched' && !change.moved && !change.reworded)).toBe(true);
    expect(diff.summary.matched).toBe(123);
  });

  it('on an edited copy: the removal and the rewording are reported where they happened', async () => {
    const edited = editedSeed();
    const result = await runCli(['diff', '--json', SEED, edited]);
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout) as DiffResult;
    expectDiffContract(diff, await texts(SEED), await texts(edited));
    const removed = diff.changes.filter((change) => change.kind === 'removed');
    expect(removed.map((change) => change.from[0]!.text.slice(0, 15))).toEqual(['成员国重申，坚定支持联合国作为']);
    const reworded = diff.changes.filter((change) => change.reworded);
    expect(reworded).toHaveLength(1);
    expect(reworded[0]!.edits).toEqual(expect.arrayContaining([
      { op: 'delete', text: '支持' },
      { op: 'insert', text: '注意到' },
    ]));
  });

  it('edits of English text: folded texts that keep one space between two words and no other whitespace', async () => {
    const dir = tempDir();
    const write = (name: string, clause: string) => {
      const path = join(dir, name);
      writeFileSync(path, `---\ntitle: Synthetic test declaration\nlang: en\nsynthetic: invented English test text, not a real declaration\n---\n\n# Synthetic test declaration\n\n${clause}\n`);
      return path;
    };
    const a = write('a.md', 'The Member States note the importance of cooperation,  and stress the role of the United Nations.');
    const b = write('b.md', 'The Member States note the importance of cooperation and dialogue, and stress the role of the United Nations.');
    const diff = JSON.parse((await runCli(['diff', '--json', a, b])).stdout) as DiffResult;
    const [change] = diff.changes;
    expect(change?.reworded).toBe(true);
    const side = (op: 'insert' | 'delete') => change!.edits!.filter((e) => e.op !== op).map((e) => e.text).join('');
    expect(side('insert')).toBe('The Member States note the importance of cooperation,and stress the role of the United Nations.');
    expect(side('delete')).toBe('The Member States note the importance of cooperation and dialogue,and stress the role of the United Nations.');
    expect(change!.edits!.filter((e) => e.op === 'insert').map((e) => e.text.trim())).toEqual(['and dialogue']);
  });

  it('edits of a reworded merge: the folded texts of the clauses joined, with no line feed', async () => {
    const { foldForWords } = await import('../../src/text/words.js');
    const [x, y] = (await texts(SEED)).filter((text) => text.length < 60).slice(0, 2) as [string, string];
    const dir = tempDir();
    const write = (name: string, clauses: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, `---\ntitle: 合成测试\nsynthetic: two seed clauses, merged with one word changed\n---\n\n# 合成测试\n\n${clauses.join('\n\n')}\n`);
      return path;
    };
    const merged = `${x}${y}`.replace('成员国', '各成员国');
    const diff = JSON.parse((await runCli(['diff', '--json', write('a.md', [x, y]), write('b.md', [merged])])).stdout) as DiffResult;
    const [change] = diff.changes;
    expect([change?.kind, change?.reworded]).toEqual(['merged', true]);
    const side = (op: 'insert' | 'delete') => change!.edits!.filter((e) => e.op !== op).map((e) => e.text).join('');
    expect(side('insert')).toBe(foldForWords(`${x}\n${y}`));
    expect(side('delete')).toBe(foldForWords(merged));
    expect(change!.edits!.some((e) => e.text.includes('\n'))).toBe(false);
  });

  it('A against an empty declaration: everything removed', async () => {
    const empty = join(tempDir(), 'empty.md');
    writeFileSync(empty, '---\ntitle: 空白\n---\n\n# 空白\n');
    const diff = JSON.parse((await runCli(['diff', '--json', SEED, empty])).stdout) as DiffResult;
    expectDiffContract(diff, await texts(SEED), []);
    expect(diff.summary.removed).toBe(123);
    expect(diff.changes.every((change) => change.kind === 'removed')).toBe(true);
  });
});
