import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { foldText } from '../../src/text/fold.js';
import { buildHistory, selectClause } from '../../src/timeline/history.js';
import type { WordEdit } from '../../src/types.js';
import { MARKS, NEW } from './make-summits.js';
import { loadSummits } from './summit-fixtures.js';
import * as docs from '../align/docs.js';

const summits = loadSummits();
const latest = summits[3]!.declaration;

/** The compact form of a word diff: `[-deleted-]{+inserted+}`, adjacent steps of one kind joined. */
function compact(edits: readonly WordEdit[] = []): string {
  let out = '';
  let previous: WordEdit['op'] | undefined;
  for (const edit of edits) {
    const open = edit.op === 'delete' ? '[-' : edit.op === 'insert' ? '{+' : '';
    const close = edit.op === 'delete' ? '-]' : edit.op === 'insert' ? '+}' : '';
    if (previous === edit.op && open) out = out.slice(0, -2) + edit.text + close;
    else out += open + edit.text + close;
    previous = edit.op;
  }
  return out;
}

const H_SEED = '成员国认为，制定《上合组织成员国保障国际信息安全合作计划》有利于进一步促进该领域合作。';

describe('buildHistory', () => {
  it('gives the wording of clause H in every summit, oldest first, with the word-level changes', () => {
    const selection = selectClause(latest, MARKS.H);
    const result = buildHistory(summits, selection);
    expect(result.schema).toBe('clausewise/history@1');
    expect(result.target).toBe('2023-synthetic-c');
    expect(result.absent).toEqual([]);
    expect(result.versions.map((v) => [v.id, v.clauses, v.section, v.text])).toEqual([
      ['2020-seed', [47], '安全合作', H_SEED],
      ['2021-synthetic-a', [47], '安全合作', '成员国认为，制定并落实《上合组织成员国保障国际信息安全合作计划》有利于进一步促进该领域合作。'],
      ['2022-synthetic-b', [47], '安全合作', '成员国认为，制定并全面落实《上合组织成员国保障国际信息安全合作计划》有利于促进该领域合作。'],
      ['2023-synthetic-c', [47], '安全合作', '成员国一致认为，制定并全面落实《上合组织成员国保障国际信息安全合作计划》有利于促进该领域合作。'],
    ]);
    expect(result.versions[0]!.steps).toEqual([]);
    const steps = result.versions.slice(1).map((v) => v.steps.map((s) => [s.kind, s.from, s.to, s.reworded, compact(s.edits)]));
    expect(steps).toEqual([
      [['matched', ['a47'], ['b47'], true, foldText('成员国认为，制定{+并落实+}《上合组织成员国保障国际信息安全合作计划》有利于进一步促进该领域合作。')]],
      [['matched', ['a47'], ['b47'], true, foldText('成员国认为，制定并{+全面+}落实《上合组织成员国保障国际信息安全合作计划》有利于[-进一步-]促进该领域合作。')]],
      [['matched', ['a47'], ['b47'], true, foldText('成员国{+一致+}认为，制定并全面落实《上合组织成员国保障国际信息安全合作计划》有利于促进该领域合作。')]],
    ]);
  });

  it('stops where the clause was added and names the summits without it', () => {
    const number = selectClause(latest, NEW.N2b).number;
    const result = buildHistory(summits, { number });
    expect(result.versions.map((v) => [v.id, v.text])).toEqual([['2022-synthetic-b', NEW.N2], ['2023-synthetic-c', NEW.N2b]]);
    expect(result.absent).toEqual(['2020-seed', '2021-synthetic-a']);
    expect(compact(result.versions[1]!.steps[0]!.edits)).toBe(foldText('成员国欢迎在合成测试框架内举办[-首-]{+第二+}届上合组织合成论坛（合成条款）。'));
  });

  it('goes on past a summit that dropped the clause, to where the same wording was before', () => {
    // SYNTHETIC clauses: the second is dropped in v1 and back word for word in v2.
    const { doc } = docs;
    const kept = ['成员国第一号合成条款讨论贸易合作事项（合成）。', '成员国第三号合成条款讨论交通合作事项（合成）。'];
    const gone = '成员国第二号合成条款讨论能源领域的各项合作事项（合成）。';
    const inputs = [
      { id: 'v0', declaration: doc([kept[0]!, gone, kept[1]!]) },
      { id: 'v1', declaration: doc([kept[0]!, kept[1]!]) },
      { id: 'v2', declaration: doc([kept[0]!, gone, kept[1]!]) },
    ];
    const result = buildHistory(inputs, { number: 2 });
    expect(result.versions.map((v) => [v.id, v.clauses, v.text])).toEqual([['v0', [2], gone], ['v2', [2], gone]]);
    expect(result.versions[1]!.steps).toEqual([
      { kind: 'matched', from: ['a2'], to: ['b2'], fromText: gone, toText: gone, moved: false, reworded: false, similarity: 1 },
    ]);
    expect(result.absent).toEqual(['v1']);
  });

  it('follows a split back to the whole clause', () => {
    const upToB = summits.slice(0, 3);
    const half = selectClause(upToB[2]!.declaration, '成员国注意到塔吉克斯坦共和国关于建立上合组织成员国能源部长');
    const result = buildHistory(upToB, half);
    expect(result.versions.map((v) => v.id)).toEqual(['2020-seed', '2021-synthetic-a', '2022-synthetic-b']);
    expect(result.versions[0]!.text).toBe(`成员国强调，加强能源和工业领域合作十分重要。${result.versions[2]!.text}`);
    expect(result.versions[2]!.steps.map((s) => [s.kind, s.to.length, s.reworded, s.edits])).toEqual([['split', 2, false, undefined]]);
  });

  it('follows a merge back to both clauses', () => {
    const merged = selectClause(latest, MARKS.MERGE_FIRST);
    const result = buildHistory(summits, merged);
    const [first, ...rest] = result.versions;
    expect(first!.clauses).toHaveLength(2);
    expect(first!.text.split('\n').join('')).toBe(rest[rest.length - 1]!.text);
    expect(rest[rest.length - 1]!.steps.map((s) => [s.kind, s.from.length, s.reworded])).toEqual([['merged', 2, false]]);
  });
});

describe('selectClause', () => {
  it('takes 12, a12, b12 and #12 as the 12th clause', () => {
    for (const spec of ['12', 'a12', 'b12', '#12', ' 12 ']) expect(selectClause(latest, spec)).toEqual({ number: 12 });
  });

  it('rejects numbers out of range', () => {
    expect(() => selectClause(latest, '0')).toThrow(UsageError);
    expect(() => selectClause(latest, 'b123')).toThrow(/no clause 123: the declaration has 122 clauses/);
  });

  it('searches folded text and lists every match', () => {
    const found = selectClause(latest, '　反恐怖機構');
    expect(found.query).toBe('　反恐怖機構');
    expect(found.matches!.length).toBeGreaterThan(1);
    expect(found.number).toBe(found.matches![0]);
    expect(() => selectClause(latest, '不存在的合成文字')).toThrow(UsageError);
  });

  it('searches English and Russian text whatever the case (as terms does)', () => {
    // SYNTHETIC declaration, invented for this test.
    const declaration = docs.doc([], [['Economy', ['The member states support the central banks of the region.', 'The Member States welcome trade.']]]);
    expect(selectClause(declaration, 'Central Banks').matches).toEqual([1]);
    expect(selectClause(declaration, 'MEMBER STATES').matches).toEqual([1, 2]);
    const russian = docs.doc([], [['Экономика', ['Государства – члены поддерживают торговлю.']]]);
    expect(selectClause(russian, 'государства – члены').matches).toEqual([1]);
  });

  it('searches for digits when asked to', () => {
    const found = selectClause(latest, '2030', { search: true });
    expect(found.matches?.length).toBeGreaterThan(0);
  });
});
