import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { buildHistory } from '../../src/timeline/history.js';
import { buildTimeline } from '../../src/timeline/timeline.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import type { Declaration } from '../../src/types.js';
import { excerptSeed, generatePair } from '../gen/generate.js';
import { loadSummits } from './summit-fixtures.js';

const summits = loadSummits();

/** A copy of a declaration with another date (or none) and language tag. */
function redated(declaration: Declaration, date: string | undefined, lang?: string): Declaration {
  const { date: _, ...meta } = declaration.meta;
  return { ...declaration, meta: { ...meta, ...(date ? { date } : {}), ...(lang ? { lang } : {}) } };
}

describe('timeline: lang and previous on every summit', () => {
  it('names the declaration each summit was compared with, and its language tag', () => {
    const tw = { id: 'tw', declaration: redated(summits[1]!.declaration, '2021-12-01', 'zh-Hant') };
    const result = buildTimeline([...summits.slice(0, 3), tw]);
    expect(result.summits.map((s) => [s.id, s.lang, s.language, s.previous])).toEqual([
      ['2020-seed', 'zh-Hans', 'zh', null],
      ['2021-synthetic-a', 'zh-Hans', 'zh', '2020-seed'],
      ['tw', 'zh-Hant', 'zh', '2021-synthetic-a'],
      ['2022-synthetic-b', 'zh-Hans', 'zh', 'tw'],
    ]);
  });

  it('gives the detected tag when the declaration has none, und when it cannot be told', () => {
    const { lang: _, ...meta } = summits[0]!.declaration.meta;
    const result = buildTimeline([{ id: 'x', declaration: { ...summits[0]!.declaration, meta } }]);
    expect(result.summits[0]!.lang).toBe('zh-Hans');
    const blank: Declaration = { meta: { title: '', date: '2020-01-01', signatories: [], extra: {} }, preamble: ['12345'], sections: [] };
    expect(buildTimeline([{ id: 'y', declaration: blank }]).summits[0]!.lang).toBe('und');
  });
});

describe('timeline: undated declarations are listed apart', () => {
  it('keeps them out of the chains, in date order, and lists them with their language', () => {
    const undated = { id: 'no-date', declaration: redated(summits[2]!.declaration, undefined) };
    const result = buildTimeline([undated, ...summits.slice(0, 2), summits[3]!]);
    expect(result.summits.map((s) => [s.id, s.previous])).toEqual([
      ['2020-seed', null],
      ['2021-synthetic-a', '2020-seed'],
      ['2023-synthetic-c', '2021-synthetic-a'],
    ]);
    expect(result.undated).toEqual([{ id: 'no-date', title: summits[2]!.declaration.meta.title, lang: 'zh-Hans', language: 'zh' }]);
    expect(result.languages[0]!.summits).toEqual(['2020-seed', '2021-synthetic-a', '2023-synthetic-c']);
  });

  it('places them where given with byDate false, and lists none apart', () => {
    const undated = { id: 'no-date', declaration: redated(summits[2]!.declaration, undefined) };
    const result = buildTimeline([summits[0]!, undated, summits[3]!], { byDate: false });
    expect(result.summits.map((s) => [s.id, s.previous])).toEqual([['2020-seed', null], ['no-date', '2020-seed'], ['2023-synthetic-c', 'no-date']]);
    expect(result.undated).toEqual([]);
  });

  it('gives no chain when every declaration is undated', () => {
    const result = buildTimeline([{ id: 'u', declaration: redated(summits[0]!.declaration, undefined) }]);
    expect(result.summits).toEqual([]);
    expect(result.latest).toBeNull();
    expect(result.undated.map((u) => u.id)).toEqual(['u']);
  });
});

describe('history: order and undated declarations', () => {
  const h = summits[3]!;
  it('puts earlier declarations in date order with byDate, the target last, and lists undated ones apart', () => {
    const undated = { id: 'no-date', declaration: redated(summits[1]!.declaration, undefined) };
    const result = buildHistory([summits[2]!, undated, summits[0]!, h], { number: 47 }, { byDate: true });
    expect(result.versions.map((v) => v.id)).toEqual(['2020-seed', '2022-synthetic-b', '2023-synthetic-c']);
    expect(result.undated).toEqual(['no-date']);
  });

  it('keeps the order given without byDate', () => {
    const result = buildHistory([summits[2]!, summits[0]!, h], { number: 47 });
    expect(result.versions.map((v) => v.id)).toEqual(['2022-synthetic-b', '2020-seed', '2023-synthetic-c']);
    expect(result.undated).toEqual([]);
  });
});

/** The clauses of `from` that `diff from to` pairs with clause `k` (0-based) of `to`, 1-based. */
function diffCounterparts(from: Declaration, to: Declaration, k: number): number[] {
  const result = align(from, to);
  const change = result.changes.find((c) => c.to.some((ref) => ref.id === `b${k + 1}`));
  if (!change || change.kind === 'added') return [];
  return change.from.map((ref) => Number(ref.id.slice(1)));
}

describe('history finds every counterpart that diff pairs', () => {
  it('holds over generated chains of edited declarations', () => {
    const base = excerptSeed(2, 3);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), fc.nat(), (seeds, level, pick) => {
        const chain = [base];
        for (const seed of seeds) chain.push(generatePair(seed, level as 1 | 2 | 3, { base: chain[chain.length - 1]! }).b);
        const inputs = chain.map((declaration, i) => ({ id: `v${i}`, declaration }));
        const target = chain[chain.length - 1]!;
        const k = pick % flattenClauses(target).length;
        const result = buildHistory(inputs, { number: k + 1 });
        const versions = new Map(result.versions.map((v) => [v.id, v.clauses]));
        inputs.slice(0, -1).forEach(({ id, declaration }) => {
          const paired = diffCounterparts(declaration, target, k);
          const found = versions.get(id) ?? [];
          for (const clause of paired) expect(found, `${id}: diff pairs clause ${clause}`).toContain(clause);
          expect(result.absent.includes(id)).toBe(found.length === 0);
        });
        // Each version comes with the steps from the one before.
        result.versions.slice(1).forEach((version) => expect(version.steps.length).toBeGreaterThan(0));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

/** Clearly different synthetic sentences, each in two wordings (variant 1 adds a phrase). */
const POOL = Array.from({ length: 10 }, (_, i) => `成员国第${i + 1}号合成条款讨论${'甲乙丙丁戊己庚辛壬癸'[i]}领域的${['贸易', '能源', '交通', '卫生', '教育', '旅游', '农业', '金融', '科技', '环境'][i]}合作事项（合成）。`);
const wording = (i: number, variant: number): string => (variant === 0 ? POOL[i]! : POOL[i]!.replace('合作事项', '务实合作事项并加强协调'));

function version(picks: ReadonlyArray<readonly [number, number]>, date: string): Declaration {
  return { meta: { title: '合成', date, lang: 'zh-Hans', signatories: [], extra: {} }, preamble: [], sections: [{ heading: '合成', depth: 2, clauses: picks.map(([i, v]) => wording(i, v)), children: [] }] };
}

describe('history past a summit that dropped the clause, when it came back reworded', () => {
  it('finds the earlier wording that diff pairs, and lists only the summit without it as absent', () => {
    const inputs = [
      { id: 'v0', declaration: version([[0, 0], [1, 0], [2, 0]], '2020-01-01') },
      { id: 'v1', declaration: version([[0, 0], [2, 0]], '2021-01-01') },
      { id: 'v2', declaration: version([[0, 0], [1, 1], [2, 0]], '2022-01-01') },
    ];
    const result = buildHistory(inputs, { number: 2 });
    expect(result.versions.map((v) => [v.id, v.clauses])).toEqual([['v0', [2]], ['v2', [2]]]);
    expect(result.absent).toEqual(['v1']);
    const step = result.versions[1]!.steps[0]!;
    expect([step.kind, step.from, step.to, step.reworded, step.edits !== undefined]).toEqual(['matched', ['a2'], ['b2'], true, true]);
  });

  it('holds over random chains of pool sentences dropped, brought back and reworded', () => {
    const picks = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: POOL.length - 1 }), fc.integer({ min: 0, max: 1 })), { minLength: 1, maxLength: 6, selector: ([i]) => i });
    fc.assert(
      fc.property(fc.array(picks, { minLength: 2, maxLength: 5 }), fc.nat(), (versions, pick) => {
        const inputs = versions.map((p, i) => ({ id: `v${i}`, declaration: version(p, `202${i}-01-01`) }));
        const target = inputs[inputs.length - 1]!.declaration;
        const k = pick % flattenClauses(target).length;
        const result = buildHistory(inputs, { number: k + 1 });
        const found = new Map(result.versions.map((v) => [v.id, v.clauses]));
        for (const { id, declaration } of inputs.slice(0, -1)) {
          for (const clause of diffCounterparts(declaration, target, k)) expect(found.get(id) ?? [], `${id}: diff pairs clause ${clause}`).toContain(clause);
          expect(result.absent.includes(id)).toBe(!found.has(id));
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('timeline text: the undated listed apart with a note', () => {
  it('names each undated declaration under the chains and says how to place it', async () => {
    const { renderTimelineText } = await import('../../src/render/timeline-text.js');
    const undated = { id: 'no-date', declaration: redated(summits[2]!.declaration, undefined) };
    const text = renderTimelineText(buildTimeline([undated, summits[0]!, summits[1]!]), { width: 100 });
    expect(text).toContain('\nUndated, not compared (1)\n');
    expect(text).toContain('--given-order');
    expect(text.indexOf('no-date')).toBeGreaterThan(text.indexOf('Where the'));
    expect(text).toMatch(/\n {2}no-date {2}Chinese {2}上海合作组织/);
    const only = renderTimelineText(buildTimeline([undated]));
    expect(only.split('\n')[0]).toBe('No dated declarations to compare.');
  });
});

describe('clausewise timeline and history from the command line', () => {
  it('timeline --json gives lang, previous and the undated; history --given-order keeps the order given', async () => {
    const { runCli, tempDir } = await import('../support/cli.js');
    const { summitPath } = await import('./summit-fixtures.js');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const undated = join(tempDir('clausewise-undated-'), 'undated.md');
    writeFileSync(undated, readFileSync(summitPath('2022-synthetic-b'), 'utf8').replace(/^date: .*\n/m, ''));
    const [seed, a, c] = [summitPath('2020-seed'), summitPath('2021-synthetic-a'), summitPath('2023-synthetic-c')];
    const timeline = await runCli(['timeline', a, undated, seed, '--json']);
    expect(timeline.code).toBe(0);
    const parsed = JSON.parse(timeline.stdout) as import('../../src/timeline/timeline.js').TimelineResult;
    expect(parsed.summits.map((s) => [s.id, s.lang, s.previous])).toEqual([[seed, 'zh-Hans', null], [a, 'zh-Hans', seed]]);
    expect(parsed.undated.map((u) => u.id)).toEqual([undated]);
    const byDate = JSON.parse((await runCli(['history', c, '47', a, seed, '--json'])).stdout) as import('../../src/timeline/history.js').HistoryResult;
    expect(byDate.versions.map((v) => v.id)).toEqual([seed, a, c]);
    const given = await runCli(['history', c, '47', a, undated, seed, '--given-order', '--json']);
    expect(given.code).toBe(0);
    const history = JSON.parse(given.stdout) as import('../../src/timeline/history.js').HistoryResult;
    expect(history.versions.map((v) => v.id)).toEqual([a, undated, seed, c]);
    expect(history.undated).toEqual([]);
    const skipped = JSON.parse((await runCli(['history', c, '47', a, undated, seed, '--json'])).stdout) as import('../../src/timeline/history.js').HistoryResult;
    expect(skipped.undated).toEqual([undated]);
    expect(skipped.versions.map((v) => v.id)).toEqual([seed, a, c]);
  });
});
