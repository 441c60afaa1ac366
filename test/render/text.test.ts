import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { HOSTILE, sampleDiff, tinyDiff } from './build-diff.js';

const SGR = /\u001B\[\d+(?:;\d+)*m/g;

describe('renderText', () => {
  it('pins the compact form of a small diff (no colour)', () => {
    expect(renderText(tinyDiff(), { width: 80 })).toBe(
      [
        '--- a  上海合作组织成员国元首理事会莫斯科宣言',
        '       2020-11-10 · 3 clauses · fixtures/seed-2020-moscow.txt',
        '+++ b  上海合作组织成员国元首理事会莫斯科宣言（合成修订）',
        '       2021-09-17 · 3 clauses · synthetic: edits of the seed',
        '2 matched, 1 reworded, 1 added, 1 removed, 0 split, 0 merged, 0 moved',
        '',
        '§ 人文合作 → 二、人文合作  (renamed)',
        '  … 1 unchanged clause',
        '~ a2 → b2  reworded',
        '    成员国支持[-进一步扩大-]{+扩大+}本组织同其他国际和地区组织的交往。',
        '+ b3  added',
        '    （合成示例）成员国欢迎举办青年论坛。',
        '- a3  removed',
        '    成员国注意到吉尔吉斯共和国关于建立打击经济犯罪会议机制的倡议。',
        '',
      ].join('\n'),
    );
  });

  it('wraps at the width counting CJK as two columns, with a hanging indent and no line starting with closing punctuation', () => {
    const out = renderText(tinyDiff(), { width: 40 });
    const lines = out.split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(lines).toContain('    成员国支持[-进一步扩大-]{+扩大+}本组');
    expect(lines).toContain('    织同其他国际和地区组织的交往。');
    expect(lines.some((l) => /^\s*[，。、；：）」]/.test(l))).toBe(false);
    // Reading the body back gives the whole clause.
    expect(out.replace(/\n\s+/g, '')).toContain('成员国注意到吉尔吉斯共和国关于建立打击经济犯罪会议机制的倡议。');
  });

  it('groups by section with status, collapses unchanged runs and marks every kind of change', () => {
    const out = renderText(sampleDiff(), { width: 100 });
    expect(out).toContain('§ (preamble)\n  … 3 unchanged clauses\n~ a4 → b4  reworded\n');
    expect(out).toContain('\n< a6 → b6 b7  split\n');
    expect(out).toContain('\n> a9 a10 → b10  merged, reworded\n');
    expect(out).toContain('\n↷ a11 → b12  moved within the section\n');
    expect(out).toContain('\n↷ a21 → b23  moved from §安全合作, reworded\n    [-成员国对-]{+成员国高度关注+}包括');
    expect(out).toContain('\n§ 安全合作 → 一、安全合作  (renamed)\n');
    expect(out).toContain('\n§ 经贸合作  (moved)\n');
    expect(out).toContain('\n§ 议会合作  (removed)\n- a22  removed\n');
    expect(out).toContain('\n§ 数字经济  (added)\n+ b29  added\n');
    expect(out).toContain('  … 8 unchanged clauses\n');
    // Sections come in the order of `sections`.
    const order = ['§ (preamble)', '§ 安全合作', '§ 经贸合作', '§ 司法合作', '§ 议会合作', '§ 数字经济'].map((h) => out.indexOf(h));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(order.every((i) => i >= 0)).toBe(true);
  });

  it('keeps the original punctuation of reworded clauses (edits are over folded text)', () => {
    const out = renderText(sampleDiff(), { width: 200 });
    // The folded edits have ASCII commas (NFKC); the report shows the full-width ones as written.
    expect(out).toContain('成员国将[-继续推动-]{+进一步推动+}上合组织发挥支柱作用，以《联合国宪章》');
  });

  it('colours only when asked: red deletions, green insertions, no plain markers', () => {
    const plain = renderText(sampleDiff(), {});
    expect(plain).not.toMatch(/\u001B/);
    const coloured = renderText(sampleDiff(), { color: true });
    expect(coloured).toMatch(/\u001B\[31m(?:\u001B\[9m)?继续推动/);
    expect(coloured).toMatch(/\u001B\[32m(?:\u001B\[4m)?进一步推动/);
    expect(coloured).not.toContain('[-继续推动-]');
    expect(coloured.replace(SGR, '')).toContain('成员国将继续推动进一步推动上合组织');
  });

  it('passes document text through sanitizeTerminal: no escape sequence from the documents survives', () => {
    const plain = renderText(sampleDiff({ hostile: true }), {});
    expect(plain).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(plain).toContain('~~strike~~ RED\n');
    expect(plain).not.toContain('title');
    const coloured = renderText(sampleDiff({ hostile: true }), { color: true });
    // Every ESC left is one of our SGR colour codes.
    expect(coloured.replace(SGR, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(coloured).toContain(HOSTILE.script);
  });

  it('renders a diff without sections (one group per heading) and an empty diff', () => {
    const result = { ...tinyDiff(), sections: [] };
    const out = renderText(result, {});
    expect(out).toContain('§ 二、人文合作\n  … 1 unchanged clause\n~ a2 → b2');
    expect(out).toContain('\n§ 人文合作\n- a3  removed\n');
    const empty = renderText({ ...tinyDiff(), sections: [], changes: [] }, {});
    expect(empty.split('\n')).toHaveLength(6);
  });
});
