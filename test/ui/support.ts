import type { Change, ClauseRef, DiffResult, SectionPair, Summary } from '../../src/types.js';

/** Key sequences as a terminal sends them. */
export const KEY = {
  down: '\u001B[B', up: '\u001B[A', pageDown: '\u001B[6~', pageUp: '\u001B[5~',
  tab: '\t', escape: '\u001B', enter: '\r', backspace: '\u007F', ctrlC: '\u0003',
} as const;

/** Wait for Ink to process input and draw (it renders asynchronously after stdin events). */
export function tick(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What `press` and `waitFor` need of an ink-testing-library instance. */
interface TestUi {
  stdin: { write: (data: string) => void };
  frames: unknown[];
  lastFrame: () => string | undefined;
}

/** Give the fake terminal a size and tell Ink about it, as a real terminal resize does. */
export function resize(ui: { stdout: NodeJS.EventEmitter }, columns: number, rows: number): void {
  Object.defineProperty(ui.stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(ui.stdout, 'rows', { value: rows, configurable: true });
  ui.stdout.emit('resize');
}

/** Write keys one at a time; after each, wait for Ink to draw (up to 200 ms for a key that changes nothing) and settle. */
export async function press(ui: TestUi, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    const before = ui.frames.length;
    ui.stdin.write(key);
    const started = Date.now();
    while (ui.frames.length === before && Date.now() - started < 200) await tick(5);
    await tick(15);
  }
}

/** Wait until the last frame satisfies a condition (for text loaded asynchronously); gives up after 3 s. */
export async function waitFor(ui: TestUi, condition: (frame: string) => boolean): Promise<void> {
  const started = Date.now();
  while (!condition(ui.lastFrame() ?? '') && Date.now() - started < 3000) await tick(10);
}

const emptySummary = (): Summary => ({ matched: 0, added: 0, removed: 0, split: 0, merged: 0, moved: 0, reworded: 0 });

/** Real sentences of the 2020 Moscow declaration (the seed), reused as clause texts. */
export const SENTENCES = [
  '成员国重申恪守《上海合作组织宪章》的宗旨和原则。',
  '成员国强调，应在联合国发挥中心协调作用的基础上，巩固国际安全。',
  '成员国支持阿富汗和平进程。',
  '成员国主张进一步加强经贸合作。',
  '成员国将继续在人文领域开展合作。',
  '成员国指出，维护信息安全十分重要。',
] as const;

/**
 * A diff of `count` changes over four sections, cycling through every kind of change
 * (unchanged, reworded, added, removed, moved, split, merged) so that each appears.
 */
export function makeResult(count: number): DiffResult {
  const headings = ['一、政治合作', '二、安全合作', '三、经济合作', '四、人文合作'];
  const changes: Change[] = [];
  let a = 0;
  let b = 0;
  const ref = (side: 'a' | 'b', section: string, text: string): ClauseRef => ({ id: `${side}${side === 'a' ? ++a : ++b}`, section, text });
  for (let i = 0; i < count; i++) {
    const section = headings[Math.floor((i * headings.length) / count)]!;
    const text = `${SENTENCES[i % SENTENCES.length]!}（第${i + 1}条）`;
    const base = { moved: false, reworded: false, similarity: 1 };
    switch (i % 7) {
      case 0:
        changes.push({ ...base, kind: 'matched', from: [ref('a', section, text)], to: [ref('b', section, text)] });
        break;
      case 1: {
        const reworded = text.replace('成员国', '各成员国');
        changes.push({
          ...base, kind: 'matched', from: [ref('a', section, text)], to: [ref('b', section, reworded)], reworded: true, similarity: 0.9,
          edits: [{ op: 'insert', text: '各' }, { op: 'equal', text: reworded.slice(1) }],
        });
        break;
      }
      case 2:
        changes.push({ ...base, kind: 'added', from: [], to: [ref('b', section, `新增：${text}`)], similarity: 0 });
        break;
      case 3:
        changes.push({ ...base, kind: 'removed', from: [ref('a', section, `删除：${text}`)], to: [], similarity: 0 });
        break;
      case 4:
        changes.push({ ...base, kind: 'matched', from: [ref('a', headings[0]!, text)], to: [ref('b', section, text)], moved: true });
        break;
      case 5:
        changes.push({ ...base, kind: 'split', from: [ref('a', section, `${text}${text}`)], to: [ref('b', section, text), ref('b', section, text)] });
        break;
      default:
        changes.push({ ...base, kind: 'merged', from: [ref('a', section, text), ref('a', section, text)], to: [ref('b', section, `${text}${text}`)] });
    }
  }
  const summary = emptySummary();
  for (const change of changes) {
    summary[change.kind] += 1;
    if (change.moved) summary.moved += 1;
    if (change.reworded) summary.reworded += 1;
  }
  const sections: SectionPair[] = headings.map((heading) => ({ from: heading, to: heading, status: 'matched', moved: false, clauses: emptySummary() }));
  return {
    schema: 'clausewise/diff@1',
    from: { title: '上海合作组织成员国元首理事会莫斯科宣言', date: '2020-11-10', clauses: a, source: 'a.md' },
    to: { title: '上海合作组织成员国元首理事会莫斯科宣言（合成修订版）', date: '2021-09-17', clauses: b, source: 'b.md' },
    summary,
    sections,
    changes,
  };
}
