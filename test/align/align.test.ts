import { describe, expect, it } from 'vitest';
import * as api from '../../src/align/index.js';
import { align } from '../../src/align/index.js';
import { countClauses, flattenClauses } from '../../src/tree/flatten.js';
import { losslessProblems } from '../eval/metrics.js';
import { loadSeed } from '../gen/seed.js';
import { compact } from './compact.js';
import { doc } from './docs.js';

describe('align (public API)', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['align', 'cleanEdits', 'coarseEdits', 'headingKey', 'wordEdits']);
  });

  it('the seed against itself: all matched, nothing moved or reworded, similarity 1, no edits', () => {
    const seed = loadSeed();
    const result = align(seed, seed);
    expect(result.schema).toBe('clausewise/diff@1');
    expect(result.changes).toHaveLength(countClauses(seed));
    expect(result.changes.every((c) => c.kind === 'matched' && !c.moved && !c.reworded && c.similarity === 1 && c.edits === undefined)).toBe(true);
    expect(result.summary).toEqual({ matched: countClauses(seed), added: 0, removed: 0, split: 0, merged: 0, moved: 0, reworded: 0 });
    expect(result.sections.every((s) => s.status === 'matched' && !s.moved && s.from === s.to)).toBe(true);
    expect(result.from).toEqual({ title: seed.meta.title, date: '2020-11-10', clauses: countClauses(seed), source: seed.meta.source });
  });

  it('A against an empty declaration: all removed; empty against B: all added', () => {
    const seed = loadSeed();
    const empty = doc([]);
    const gone = align(seed, empty);
    expect(gone.changes.every((c) => c.kind === 'removed' && !c.moved && !c.reworded && c.similarity === 0)).toBe(true);
    expect(gone.changes.map((c) => c.from[0]!.id)).toEqual(Array.from({ length: countClauses(seed) }, (_, k) => `a${k + 1}`));
    expect(gone.summary.removed).toBe(countClauses(seed));
    expect(gone.sections.filter((s) => s.status === 'removed')).toHaveLength(seed.sections.length);
    const fresh = align(empty, seed);
    expect(fresh.summary.added).toBe(countClauses(seed));
    expect(losslessProblems(fresh, empty, seed)).toEqual([]);
  });

  it('noise is never a change: width, spaces, U+3000, line breaks, Traditional', () => {
    const a = doc(['成员国强调，落实《纲要》（2020）十分重要。', '上合组织秘书处继续开展工作。']);
    const b = doc(['　　成员国强调,落实\n《纲要》(２０２０) 十分重要。', '上合組織秘書處繼續開展工作。']);
    expect(compact(align(a, b))).toBe('= a1 b1\n= a2 b2');
  });

  it('reports a reworded clause with a similarity below 1 and word edits', () => {
    const a = doc(['成员国支持上合组织秘书处和地区反恐怖机构执行委员会的工作。']);
    const b = doc(['成员国注意到上合组织秘书处和地区反恐怖机构执行委员会的工作。']);
    const [change] = align(a, b).changes;
    expect(change).toMatchObject({ kind: 'matched', reworded: true, moved: false });
    expect(change!.similarity).toBeGreaterThan(0.5);
    expect(change!.similarity).toBeLessThan(1);
    expect(change!.edits).toEqual([
      { op: 'equal', text: '成员国' },
      { op: 'delete', text: '支持' },
      { op: 'insert', text: '注意到' },
      { op: 'equal', text: '上合组织秘书处和地区反恐怖机构执行委员会的工作。' },
    ]);
  });

  it('places removed clauses after the change holding their A predecessor', () => {
    const a = doc(['甲甲甲甲甲甲', '乙乙乙乙乙乙', '丙丙丙丙丙丙', '丁丁丁丁丁丁']);
    const b = doc(['戊戊戊戊戊戊', '丙丙丙丙丙丙', '甲甲甲甲甲甲']);
    expect(compact(align(a, b))).toBe('+ b1\n= a3 b2 moved\n- a4\n= a1 b3\n- a2');
  });

  it('aligns sections: numbering ignored, renamed by shared clauses, added and removed, with counts', () => {
    const a = doc(['序言一。'], [['安全合作', ['成员国强调安全合作十分重要。']], ['经贸合作', ['成员国支持经贸合作深入发展。', '成员国欢迎贸易便利化措施。']], ['旧章', ['关于气候变化的表述。']]]);
    const b = doc(['序言一。'], [['一、安全合作', ['成员国强调安全合作十分重要。']], ['二、经济合作', ['成员国支持经贸合作深入发展。', '成员国欢迎贸易便利化措施。']], ['新章', ['青年交流活动丰富多彩。']]]);
    const { sections } = align(a, b);
    expect(sections.map((s) => [s.from, s.to, s.status, s.moved])).toEqual([
      ['', '', 'matched', false],
      ['安全合作', '一、安全合作', 'matched', false],
      ['经贸合作', '二、经济合作', 'renamed', false],
      ['旧章', null, 'removed', false],
      [null, '新章', 'added', false],
    ]);
    expect(sections[2]!.clauses.matched).toBe(2);
    expect(sections[3]!.clauses.removed).toBe(1);
    expect(sections[4]!.clauses.added).toBe(1);
  });

  it('does not blame clauses for a section reorder, flags the section as moved', () => {
    const a = doc([], [['甲', ['甲章第一条的文字。', '甲章第二条的文字。']], ['乙', ['乙章第一条的文字。', '乙章第二条的文字。']]]);
    const b = doc([], [['乙', ['乙章第一条的文字。', '乙章第二条的文字。']], ['甲', ['甲章第一条的文字。', '甲章第二条的文字。']]]);
    const result = align(a, b);
    expect(result.changes.some((c) => c.moved)).toBe(false);
    expect(result.sections.filter((s) => s.moved)).toHaveLength(1);
  });

  it('flags a clause moved into another section', () => {
    const a = doc([], [['甲', ['甲章第一条的文字。', '甲章第二条的文字。']], ['乙', ['乙章第一条的文字。']]]);
    const b = doc([], [['甲', ['甲章第一条的文字。']], ['乙', ['乙章第一条的文字。', '甲章第二条的文字。']]]);
    expect(compact(align(a, b))).toBe('= a1 b1\n= a3 b2\n= a2 b3 moved');
  });

  it('finds a clause split in two and moved far away (its pieces are not near its old place)', () => {
    const clauses = flattenClauses(loadSeed()).map((clause) => clause.text);
    const long = clauses.findIndex((text) => text.length > 120 && text.indexOf('，', 40) > 0);
    const whole = clauses[long]!;
    const cut = whole.indexOf('，', 40) + 1;
    const rest = clauses.filter((_, k) => k !== long);
    const a = doc([whole, ...rest]);
    const b = doc([...rest.slice(0, 90), whole.slice(0, cut), whole.slice(cut), ...rest.slice(90)]);
    const split = align(a, b).changes.filter((change) => change.kind === 'split');
    expect(split.map((change) => [change.from.map((ref) => ref.id), change.to.map((ref) => ref.id), change.moved])).toEqual([[['a1'], ['b91', 'b92'], true]]);
  });

  it('finds a split whose section also gained a clause moved in from another section after it', () => {
    // SYNTHETIC sentences. The moved clause ties with the split clause's neighbour for the
    // order-preserving chain, and the split clause's expected place fell after its own pieces.
    const a = doc(['The Member States met and declared as follows:'], [
      ['Security', ['The Member States support the strengthening of cooperation against terrorism and extremism.', 'The Member States welcome the initiative on establishing a regional centre.', 'The Member States stress the importance of the Convention on Countering Extremism.']],
      ['Economy', ['The Member States note the importance of trade. They also support digital connectivity.', 'The Member States welcome the "Green Belt" programme.']],
      ['Culture', ['The Member States value cultural exchange.']],
    ]);
    const b = doc(['The Member States met and declared as follows:'], [
      ['Security', ['The Member States support the strengthening of cooperation against terrorism and extremism.', 'The Member States welcome the initiative on establishing a regional centre.']],
      ['Economy', ['The Member States note the importance of trade.', 'They also support digital connectivity.', 'The Member States welcome the "Green Belt" programme.', 'The Member States stress the importance of the Convention on Countering Extremism.']],
      ['Culture', ['The Member States value cultural exchange.']],
    ]);
    const changes = align(a, b).changes.filter((change) => change.kind !== 'matched' || change.moved);
    expect(changes.map((change) => [change.kind, change.from.map((ref) => ref.id), change.to.map((ref) => ref.id), change.moved])).toEqual([
      ['split', ['a5'], ['b4', 'b5'], false],
      ['matched', ['a4'], ['b7'], true],
    ]);
  });

  it('blames no clause for a heading that was dropped, nor for one that was added (the mirror)', () => {
    const withHeading = doc([], [['甲', ['甲章第一条的文字。', '甲章第二条的文字。']], ['乙', ['乙章第一条的文字。', '乙章第二条的文字。']], ['丙', ['丙章第一条的文字。']]]);
    const without = doc([], [['甲', ['甲章第一条的文字。', '甲章第二条的文字。', '乙章第一条的文字。', '乙章第二条的文字。']], ['丙', ['丙章第一条的文字。']]]);
    for (const [a, b] of [[withHeading, without], [without, withHeading]] as const) {
      const result = align(a, b);
      expect(result.summary.moved).toBe(0);
      expect(result.changes.every((change) => change.kind === 'matched' && !change.reworded)).toBe(true);
    }
    // A clause that really moves into the new section from elsewhere is still blamed.
    const moved = doc([], [['甲', ['甲章第一条的文字。', '甲章第二条的文字。']], ['乙', ['丙章第一条的文字。', '乙章第一条的文字。', '乙章第二条的文字。']], ['丙', []]]);
    expect(align(without, moved).changes.filter((change) => change.moved).map((change) => change.to[0]!.id)).toEqual(['b3']);
  });

  it('finds a renamed section both ways when a clause also moved into it', () => {
    const a = doc([], [['议会合作', ['议会合作第一条的文字。', '议会合作第二条的文字。']], ['司法合作', ['司法合作第一条的文字。']], ['国际交往', ['国际交往第一条的文字。']]]);
    const b = doc([], [['议会合作', ['议会合作第一条的文字。']], ['法律与司法合作', ['议会合作第二条的文字。', '司法合作第一条的文字。']], ['国际交往', ['国际交往第一条的文字。']]]);
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const statuses = align(x, y).sections.map((section) => section.status);
      expect(statuses).toEqual(['matched', 'matched', 'renamed', 'matched']);
    }
  });

  it('two long unrelated clauses do not stall', () => {
    const a = doc([Array.from({ length: 3000 }, (_, k) => `成员国强调合作${k}`).join('，')]);
    const b = doc([Array.from({ length: 3000 }, (_, k) => `各方指出发展${k}`).join('；')]);
    const started = performance.now();
    const result = align(a, b, { threshold: 0 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(losslessProblems(result, a, b)).toEqual([]);
  });

  it('is deterministic', () => {
    const seed = loadSeed();
    const b = doc(seed.preamble.slice(2), seed.sections.map((s) => [s.heading, [...s.clauses].reverse()]));
    expect(JSON.stringify(align(seed, b))).toBe(JSON.stringify(align(seed, b)));
  });
});
