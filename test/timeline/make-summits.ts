/**
 * Writes the synthetic summits of fixtures/summits/ from the seed (run with
 * `npx tsx test/timeline/make-summits.ts`; the output files are committed, and
 * test/timeline/summits.test.ts checks that they are what this script writes).
 *
 * 2020-seed          the seed's paragraphs, split by this script (not the importer); wording untouched.
 * 2021-synthetic-a   H reworded (+并落实), D1 dropped, N1 new, one clause moved, noise in two clauses.
 * 2022-synthetic-b   H reworded (+全面, -进一步), R2 reworded, N1 kept, N2 new, two clauses dropped, one clause split in two.
 * 2023-synthetic-c   H reworded (+一致), N2 reworded, N1 dropped, N3 new, two clauses merged into one.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration, Section } from '../../src/types.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'fixtures/summits');

/** The clauses the edits act on, by a unique piece of their text. */
export const MARKS = {
  H: '保障国际信息安全合作计划》',
  D1: '成员国欢迎印度、巴基斯坦加入上合组织青委会。',
  R2: '上合组织地区反恐怖机构在本地区打击恐怖主义',
  MOVED: '女性应更广泛地参与政治',
  NOISE_WIDTH: '成员国支持进一步扩大本组织同其他国际和地区组织的交往。',
  NOISE_SCRIPT: '成员国将一如既往加强本组织框架内合作',
  DROP_B1: '定期举办世界游牧民族运动会',
  DROP_B2: '成员国支持继续商谈建立上合组织开发银行',
  SPLIT: '成员国强调，加强能源和工业领域合作十分重要。成员国注意到塔吉克斯坦共和国',
  MERGE_FIRST: '成员国认为，世界贸易组织是讨论国际贸易议题',
} as const;

/** Clauses invented for the synthetic summits (marked 合成 so no one mistakes them for real text). */
export const NEW = {
  N1: '成员国注意到塔吉克斯坦共和国关于建立上合组织成员国合成测试协调机制的倡议（合成条款）。',
  N2: '成员国欢迎在合成测试框架内举办首届上合组织合成论坛（合成条款）。',
  N2b: '成员国欢迎在合成测试框架内举办第二届上合组织合成论坛（合成条款）。',
  N3: '成员国欢迎哈萨克斯坦共和国倡议在阿斯塔纳举办上合组织青年马拉松赛，鼓励各国青年积极参与（合成条款）。',
} as const;

/** Read the seed into a declaration: headings become top-level sections, cut paragraphs are joined. */
export function seedDeclaration(): Declaration {
  const raw = readFileSync(join(ROOT, 'fixtures/seed-2020-moscow.txt'), 'utf8').replace(/\r\n?/g, '\n');
  const lines = raw.split('\n');
  const start = lines.findIndex((line) => line.startsWith('2020年11月10日，上海合作组织'));
  const end = lines.findIndex((line) => line.startsWith('印度共和国总理'));
  const signatories = lines.slice(end, end + 8).map((line) => line.replace(/\t+/g, ' ').trim());
  const preamble: string[] = [];
  const sections: Section[] = [];
  let target = preamble;
  for (const line of lines.slice(start, end)) {
    const text = line.trim();
    if (!text) continue;
    const heading = /^#{2,6}\s+(.*)$/.exec(text);
    if (heading?.[1]) {
      const section: Section = { heading: heading[1], depth: 2, clauses: [], children: [] };
      sections.push(section);
      target = section.clauses;
      continue;
    }
    const previous = target[target.length - 1];
    if (previous !== undefined && /\p{Script=Han}$/u.test(previous)) target[target.length - 1] = previous + text;
    else target.push(text);
  }
  return {
    meta: {
      title: '上海合作组织成员国元首理事会莫斯科宣言',
      date: '2020-11-10',
      place: '莫斯科',
      lang: 'zh-Hans',
      source: 'fixtures/seed-2020-moscow.txt',
      synthetic: 'wording untouched: the paragraphs of fixtures/seed-2020-moscow.txt split by test/timeline/make-summits.ts (every heading a top-level section), not by the importer',
      signatories,
      extra: {},
    },
    preamble,
    sections,
  };
}

/** Every clause list of a declaration (preamble first, then sections in order). */
function lists(declaration: Declaration): string[][] {
  return [declaration.preamble, ...declaration.sections.map((section) => section.clauses)];
}

/** Find the one clause containing `mark`; throws when there is not exactly one. */
function locate(declaration: Declaration, mark: string): { list: string[]; index: number } {
  const hits = lists(declaration).flatMap((list) => list.flatMap((text, index) => (text.includes(mark) ? [{ list, index }] : [])));
  if (hits.length !== 1) throw new Error(`${hits.length} clauses contain ${mark}`);
  return hits[0]!;
}

function edit(declaration: Declaration, mark: string, change: (text: string) => string): void {
  const { list, index } = locate(declaration, mark);
  list[index] = change(list[index]!);
}

function drop(declaration: Declaration, mark: string): void {
  const { list, index } = locate(declaration, mark);
  list.splice(index, 1);
}

function insertAfter(declaration: Declaration, mark: string, text: string): void {
  const { list, index } = locate(declaration, mark);
  list.splice(index + 1, 0, text);
}

function section(declaration: Declaration, heading: string): Section {
  const found = declaration.sections.find((s) => s.heading === heading);
  if (!found) throw new Error(`no section ${heading}`);
  return found;
}

function next(previous: Declaration, id: string, date: string, letter: string, synthetic: string): Declaration {
  const copy = structuredClone(previous);
  copy.meta = {
    title: `上海合作组织成员国元首理事会合成宣言${letter}（合成测试文本）`,
    date,
    place: '合成',
    lang: 'zh-Hans',
    source: `fixtures/summits/${id}.md`,
    synthetic,
    signatories: [],
    extra: {},
  };
  return copy;
}

/** Build the four summits, oldest first. */
export function buildSummits(): { id: string; declaration: Declaration }[] {
  const base = seedDeclaration();

  const a = next(base, '2021-synthetic-a', '2021-09-17', '甲', 'derived from 2020-seed: H +并落实; D1 dropped; N1 added after H; the 妇女 clause moved to the start of 国际交往; noise only (full-width comma → ASCII, 组织 → 組織) in two clauses');
  edit(a, MARKS.H, (t) => t.replace('制定《', '制定并落实《'));
  drop(a, MARKS.D1);
  insertAfter(a, MARKS.H, NEW.N1);
  const moved = locate(a, MARKS.MOVED);
  const [movedText] = moved.list.splice(moved.index, 1);
  section(a, '国际交往').clauses.unshift(movedText!);
  edit(a, MARKS.NOISE_WIDTH, (t) => t.replace('成员国支持', '成员国支持 ').replace('组织的交往', '組織的交往'));
  edit(a, MARKS.NOISE_SCRIPT, (t) => t.replace('，', ','));

  const b = next(a, '2022-synthetic-b', '2022-09-16', '乙', 'derived from 2021-synthetic-a: H +全面 -进一步; R2 特殊作用 → 重要作用; N2 added at the end of 国际交往; two clauses dropped (游牧民族运动会, 开发银行); the 能源 clause split after its first sentence');
  edit(b, MARKS.H, (t) => t.replace('制定并落实', '制定并全面落实').replace('有利于进一步促进', '有利于促进'));
  edit(b, MARKS.R2, (t) => t.replace('特殊作用', '重要作用'));
  section(b, '国际交往').clauses.push(NEW.N2);
  drop(b, MARKS.DROP_B1);
  drop(b, MARKS.DROP_B2);
  const split = locate(b, MARKS.SPLIT);
  const whole = split.list[split.index]!;
  const cut = whole.indexOf('。') + 1;
  split.list.splice(split.index, 1, whole.slice(0, cut), whole.slice(cut));

  const c = next(b, '2023-synthetic-c', '2023-07-04', '丙', 'derived from 2022-synthetic-b: H 认为 → 一致认为; N2 首届 → 第二届; N1 dropped; N3 added at the end of 经贸合作; the two 世界贸易组织 clauses merged into one');
  edit(c, MARKS.H, (t) => t.replace('成员国认为', '成员国一致认为'));
  edit(c, NEW.N2, () => NEW.N2b);
  drop(c, NEW.N1);
  section(c, '经贸合作').clauses.push(NEW.N3);
  const merge = locate(c, MARKS.MERGE_FIRST);
  const pair = merge.list.splice(merge.index, 2);
  merge.list.splice(merge.index, 0, pair.join(''));

  return [
    { id: '2020-seed', declaration: base },
    { id: '2021-synthetic-a', declaration: a },
    { id: '2022-synthetic-b', declaration: b },
    { id: '2023-synthetic-c', declaration: c },
  ];
}

/** The file contents, by file name. */
export function summitFiles(): Map<string, string> {
  return new Map(buildSummits().map(({ id, declaration }) => [`${id}.md`, toMarkdown(declaration)]));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, text] of summitFiles()) writeFileSync(join(OUT, name), text);
  console.log(`wrote ${[...summitFiles().keys()].join(', ')} to ${OUT}`);
}
