import { describe, expect, it } from 'vitest';
import { detailLines, lineWidth } from '../../src/render/ui/detail-lines.js';
import type { Change } from '../../src/types.js';

const reworded: Change = {
  kind: 'matched', moved: true, reworded: true, similarity: 0.91,
  from: [{ id: 'a12', section: '安全合作', text: '成员国指出，维护信息安全十分重要。' }],
  to: [{ id: 'b13', section: '二、安全合作', text: '成员国强调，维护信息安全十分重要。' }],
  // As the contract gives them: over folded text (NFKC turns the full-width comma into ',').
  edits: [{ op: 'equal', text: '成员国' }, { op: 'delete', text: '指出' }, { op: 'insert', text: '强调' }, { op: 'equal', text: ',维护信息安全十分重要。' }],
};
const plain = (lines: ReturnType<typeof detailLines>): string[] => lines.map((line) => line.map((segment) => segment.text).join('').trimEnd());

describe('change detail', () => {
  it('shows kind, ids, similarity, sections and the inline wording diff over the text as written', () => {
    const lines = plain(detailLines(reworded, { width: 80, color: false }));
    expect(lines[0]).toBe('matched, reworded, moved · a12 → b13 · similarity 0.91');
    expect(lines[1]).toBe('section: 安全合作 → 二、安全合作');
    expect(lines[3]).toBe('成员国[-指出-]{+强调+}，维护信息安全十分重要。');
  });

  it('never shows a reworded change as similarity 1.00 (a clause with 2,000 characters appended did)', () => {
    const lines = plain(detailLines({ ...reworded, similarity: 0.999 }, { width: 80, color: false }));
    expect(lines[0]).toBe('matched, reworded, moved · a12 → b13 · similarity 0.99');
    const { edits: _edits, ...unchanged } = reworded;
    const same = plain(detailLines({ ...unchanged, reworded: false, similarity: 1 }, { width: 80, color: false }));
    expect(same[0]).toContain('similarity 1.00');
  });

  it('marks insertions and deletions by tone when colours are on', () => {
    const body = detailLines(reworded, { width: 80 })[3]!;
    expect(body.find((segment) => segment.text === '指出')?.tone).toBe('delete');
    expect(body.find((segment) => segment.text === '强调')?.tone).toBe('insert');
  });

  it('puts old and new side by side, each column within its half', () => {
    const lines = detailLines(reworded, { width: 40, sideBySide: true, color: false });
    const all = plain(lines);
    const rows = all.slice(all.findIndex((row) => row.startsWith('old')));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toMatch(/^old\s+│ new$/);
    expect(rows.slice(1).join('\n')).toContain('[-指出-]');
    expect(rows.slice(1).join('\n')).toContain('{+强调+}');
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(40);
    // The separator is in the same terminal column on every row (CJK counted as two cells).
    expect(new Set(rows.map((row) => lineWidth([{ text: row.slice(0, row.indexOf('│')), tone: 'plain' }]))).size).toBe(1);
  });

  it('removes escape and control sequences from clause text', () => {
    const evil: Change = {
      kind: 'added', moved: false, reworded: false, similarity: 0,
      from: [], to: [{ id: 'b1', section: '\u001B[31m安全', text: '成员国\u001B[2J\u001B]0;evil\u0007强调\u0008\u009B1m。' }],
    };
    const lines = plain(detailLines(evil, { width: 60, color: false }));
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(lines).toContain('成员国强调。');
    expect(lines[1]).toBe('section: 安全');
  });

  it('shows a whole-text replacement when a reworded change has no edits', () => {
    const { edits: _, ...bare } = reworded;
    expect(plain(detailLines(bare, { width: 80, color: false }))[3]).toBe('[-成员国指出，维护信息安全十分重要。-]{+成员国强调，维护信息安全十分重要。+}');
  });

  it('labels each clause of a split with its id', () => {
    const split: Change = {
      kind: 'split', moved: false, reworded: false, similarity: 1,
      from: [{ id: 'a81', section: '经贸合作', text: '成员国强调，合作十分重要。成员国注意到倡议。' }],
      to: [{ id: 'b80', section: '经贸合作', text: '成员国强调，合作十分重要。' }, { id: 'b81', section: '经贸合作', text: '成员国注意到倡议。' }],
    };
    expect(plain(detailLines(split, { width: 80, color: false })).slice(3)).toEqual(['b80  成员国强调，合作十分重要。', 'b81  成员国注意到倡议。']);
  });
});
