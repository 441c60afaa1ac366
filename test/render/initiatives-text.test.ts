import { describe, expect, it } from 'vitest';
import { renderInitiativesText } from '../../src/render/initiatives-text.js';
import { compareInitiatives } from '../../src/timeline/initiatives.js';
import type { Declaration } from '../../src/types.js';
import { loadSummits } from '../timeline/summit-fixtures.js';

const summits = loadSummits();

function declaration(clauses: string[], date: string): Declaration {
  return { meta: { title: '合成', date, signatories: [], extra: {} }, preamble: clauses, sections: [] };
}

describe('renderInitiativesText', () => {
  it('lists new and gone initiatives with proposers, then instruments, countries and organisations', () => {
    const [, , b, c] = summits;
    const result = compareInitiatives(b!.declaration, c!.declaration, { fromLabel: b!.id, toLabel: c!.id });
    expect(renderInitiativesText(result, { width: 200 })).toBe(
      [
        'New and gone: 2022-synthetic-b (2022-09-16) → 2023-synthetic-c (2023-07-04)',
        '',
        'Initiatives  1 new · 1 gone · 28 in both',
        '  + 哈萨克斯坦共和国: 在阿斯塔纳举办上合组织青年马拉松赛  (clause 88)',
        '  - 塔吉克斯坦共和国: 建立上合组织成员国合成测试协调机制  (clause 48)',
        '',
        'Named instruments  0 new · 0 gone · 67 in both',
        '',
        'Countries  0 new · 0 gone · 11 in both',
        '',
        'Organisations  0 new · 0 gone · 26 in both',
        '',
      ].join('\n'),
    );
  });

  it('shows reworded initiatives, written proposers and unnamed ones', () => {
    const a = declaration(['成员国注意到俄方关于建立合成测试交流机制的倡议。', '成员国支持《合成公约》。'], '2030-01-01');
    const b = declaration(['成员国注意到俄方关于建立合成测试交流合作机制的倡议。', '成员国注意到在合成领域加强合作的倡议。', '成员国欢迎尼泊尔参与。'], '2031-01-01');
    const text = renderInitiativesText(compareInitiatives(a, b, { fromLabel: 'x', toLabel: 'y' }), { width: 200 });
    expect(text).toContain('  + (no proposer named): 在合成领域加强合作  (clause 2)\n');
    expect(text).toContain('  ~ 俄罗斯联邦 (俄方): 建立合成测试交流机制 → 建立合成测试交流合作机制  (reworded)\n');
    expect(text).toContain('  - 《合成公约》\n');
    expect(text).toContain('Countries  1 new · 0 gone · 1 in both\n  + 尼泊尔 (Nepal)\n');
  });

  it('strips control sequences and colours only when asked to', () => {
    const a = declaration(['成员国注意到蒙古国关于建立\u001b[2J合成机制的倡议。'], '2030-01-01');
    const result = compareInitiatives(declaration(['无'], '2029-01-01'), a, { fromLabel: 'p\u001b[31mq', toLabel: 'r' });
    const plain = renderInitiativesText(result);
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('pq');
    expect(renderInitiativesText(result, { color: true })).toContain('\u001b[');
  });
});
