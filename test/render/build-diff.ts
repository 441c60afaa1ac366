/**
 * Builds `DiffResult`s by hand for the renderer tests, with clause texts from the real seed
 * (fixtures/seed-2020-moscow.txt). The B sides are synthetic: edits of the seed made here.
 */
import { readFileSync } from 'node:fs';
import { foldText } from '../../src/text/fold.js';
import { emptySummary, groupBySection } from '../../src/render/group-by-section.js';
import type { Change, ClauseRef, DiffResult, SectionPair, SectionStatus, WordEdit } from '../../src/types.js';

/** A clause of the seed with its innermost heading. */
export interface SeedClause {
  section: string;
  text: string;
}

/** The seed's clauses in reading order (body between the date line and the signatures). */
export function seedClauses(): SeedClause[] {
  const lines = readFileSync(new URL('../../fixtures/seed-2020-moscow.txt', import.meta.url), 'utf8').split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('2020年11月10日，上海'));
  const out: SeedClause[] = [];
  let section = '';
  for (const line of lines.slice(start)) {
    if (line.includes('\t')) break;
    if (!line.trim()) continue;
    if (line.startsWith('#')) section = line.replace(/^#+\s*/, '').trim();
    else out.push({ section, text: line.trim() });
  }
  return out;
}

/** Wording diff over folded texts for `before + old + after` → `before + replacement + after`. */
export function replaceEdits(text: string, old: string, replacement: string): { text: string; edits: WordEdit[] } {
  const at = text.indexOf(old);
  if (at < 0) throw new Error(`'${old}' not in '${text}'`);
  const edits: WordEdit[] = [];
  const push = (op: WordEdit['op'], t: string): void => {
    const folded = foldText(t);
    if (folded) edits.push({ op, text: folded });
  };
  push('equal', text.slice(0, at));
  push('delete', old);
  push('insert', replacement);
  push('equal', text.slice(at + old.length));
  return { text: text.slice(0, at) + replacement + text.slice(at + old.length), edits };
}

/**
 * Adds changes in B order: A clauses are given by index into the builder's A list (id `a${i+1}`),
 * B ids are numbered as clauses are added. B sections are A's renamed through `renames`, unless given.
 */
export class DiffBuilder {
  readonly changes: Change[] = [];
  private nextB = 1;

  constructor(
    readonly a: SeedClause[],
    private readonly renames: Record<string, string> = {},
  ) {}

  private from(i: number): ClauseRef {
    const clause = this.a[i];
    if (!clause) throw new Error(`no A clause ${i}`);
    return { id: `a${i + 1}`, section: clause.section, text: clause.text };
  }

  private to(text: string, section: string): ClauseRef {
    return { id: `b${this.nextB++}`, section: this.renames[section] ?? section, text };
  }

  /** An unchanged clause (optionally moved into `section`). */
  same(i: number, options: { moved?: boolean; section?: string } = {}): this {
    const from = this.from(i);
    this.changes.push({ kind: 'matched', from: [from], to: [this.to(from.text, options.section ?? from.section)], moved: options.moved ?? false, reworded: false, similarity: 1 });
    return this;
  }

  /** A clause with `old` replaced by `replacement` (optionally moved into `section`). */
  reword(i: number, old: string, replacement: string, options: { moved?: boolean; section?: string } = {}): this {
    const from = this.from(i);
    const { text, edits } = replaceEdits(from.text, old, replacement);
    this.changes.push({ kind: 'matched', from: [from], to: [this.to(text, options.section ?? from.section)], moved: options.moved ?? false, reworded: true, similarity: 0.9, edits });
    return this;
  }

  /** A new clause in B. */
  add(text: string, section: string): this {
    this.changes.push({ kind: 'added', from: [], to: [{ id: `b${this.nextB++}`, section, text }], moved: false, reworded: false, similarity: 0 });
    return this;
  }

  /** An A clause with no counterpart. */
  remove(i: number): this {
    this.changes.push({ kind: 'removed', from: [this.from(i)], to: [], moved: false, reworded: false, similarity: 0 });
    return this;
  }

  /** One A clause cut after each `。` into consecutive B clauses, unchanged. */
  split(i: number): this {
    const from = this.from(i);
    const pieces = from.text.split(/(?<=。)/).filter((p) => p.length > 0);
    this.changes.push({ kind: 'split', from: [from], to: pieces.map((p) => this.to(p, from.section)), moved: false, reworded: false, similarity: 1 });
    return this;
  }

  /** Consecutive A clauses joined into one B clause, with `old` replaced by `replacement` in the joined text. */
  merge(indexes: number[], old: string, replacement: string): this {
    const from = indexes.map((i) => this.from(i));
    const { text, edits } = replaceEdits(from.map((c) => c.text).join(''), old, replacement);
    this.changes.push({ kind: 'merged', from, to: [this.to(text, from[0]!.section)], moved: false, reworded: true, similarity: 0.95, edits });
    return this;
  }

  /** The whole result with summary, headers and the given section pairs (clause counts filled in). */
  build(sections: Array<[string | null, string | null, SectionStatus, boolean?]>, headers: { fromTitle?: string; toTitle?: string } = {}): DiffResult {
    const summary = emptySummary();
    for (const change of this.changes) {
      summary[change.kind] += 1;
      if (change.moved) summary.moved += 1;
      if (change.reworded) summary.reworded += 1;
    }
    const pairs: SectionPair[] = sections.map(([from, to, status, moved]) => ({ from, to, status, moved: moved ?? false, clauses: emptySummary() }));
    const result: DiffResult = {
      schema: 'clausewise/diff@1',
      from: { title: headers.fromTitle ?? '上海合作组织成员国元首理事会莫斯科宣言', date: '2020-11-10', clauses: this.a.length, source: 'fixtures/seed-2020-moscow.txt' },
      to: { title: headers.toTitle ?? '上海合作组织成员国元首理事会莫斯科宣言（修订稿）', date: '2021-09-17', clauses: this.nextB - 1, source: 'synthetic: edits of the seed' },
      summary,
      sections: pairs,
      changes: this.changes,
    };
    for (const group of groupBySection(result)) {
      for (const change of group.changes) {
        group.pair.clauses[change.kind] += 1;
        if (change.moved) group.pair.clauses.moved += 1;
        if (change.reworded) group.pair.clauses.reworded += 1;
      }
    }
    return result;
  }
}

/** Hostile strings that must show as text in every report. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  ansi: '\u001B[31mRED\u001B[0m\u001B]0;title\u0007',
  markdown: '**bold** [link](javascript:alert(1)) `code` # heading | pipe ~~strike~~',
};

/**
 * A diff with every kind of change over a slice of the seed (preamble, 安全合作, 议会合作,
 * 司法合作, 经贸合作): matched, reworded, added, removed, split, merged, moved within and
 * across sections, a renamed, a removed, an added and a moved section. With `hostile`, the
 * added clauses, a heading and the new title carry hostile text.
 */
export function sampleDiff(options: { hostile?: boolean } = {}): DiffResult {
  const seed = seedClauses();
  const pick = [...seed.slice(0, 7), ...seed.slice(7, 21), seed[51]!, seed[52]!, ...seed.slice(53, 59)];
  const hostile = options.hostile ?? false;
  const added = hostile ? `成员国注意到${HOSTILE.script}和${HOSTILE.img}（合成示例）。` : '（合成示例）成员国欢迎召开首届上合组织数字经济论坛。';
  const newSection = hostile ? `数字经济${HOSTILE.script}` : '数字经济';
  const d = new DiffBuilder(pick, { 安全合作: '一、安全合作' });
  d.same(0).same(1).same(2).reword(3, '继续推动', '进一步推动').add(added, '').remove(4).split(5).same(6);
  // 一、安全合作 (renamed): a merge, a clause moved within the section, a run of unchanged ones.
  d.same(7).merge([8, 9], '成员国重申', '成员国再次重申').same(11).same(10, { moved: true });
  for (let i = 12; i <= 19; i++) d.same(i);
  // 经贸合作 moved before 司法合作; a clause of 安全合作 moved into it, reworded.
  d.same(23).same(24).reword(20, '成员国对', '成员国高度关注', { moved: true, section: '经贸合作' }).remove(21);
  d.same(25).same(26).same(27).same(28).same(22);
  d.add(hostile ? `${HOSTILE.markdown} ${HOSTILE.ansi}` : '（合成示例）成员国支持加强数字经济合作。', newSection);
  return d.build(
    [
      ['', '', 'matched'],
      ['安全合作', '一、安全合作', 'renamed'],
      ['经贸合作', '经贸合作', 'matched', true],
      ['司法合作', '司法合作', 'matched'],
      ['议会合作', null, 'removed'],
      [null, newSection, 'added'],
    ],
    hostile ? { toTitle: `莫斯科宣言${HOSTILE.img}` } : {},
  );
}

/**
 * A small diff for exact-output tests: three seed clauses of 人文合作/国际交往/安全合作 filed under
 * one section renamed 人文合作 → 二、人文合作; one unchanged, one reworded, one added, one removed.
 */
export function tinyDiff(): DiffResult {
  const seed = seedClauses();
  const a = [seed[103]!, seed[120]!, seed[32]!].map((c) => ({ section: '人文合作', text: c.text }));
  const d = new DiffBuilder(a, { 人文合作: '二、人文合作' });
  d.same(0).reword(1, '进一步扩大', '扩大').add('（合成示例）成员国欢迎举办青年论坛。', '二、人文合作').remove(2);
  return d.build([['人文合作', '二、人文合作', 'renamed']], { toTitle: '上海合作组织成员国元首理事会莫斯科宣言（合成修订）' });
}
