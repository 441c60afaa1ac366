import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { countOccurrences, countTerms } from '../../src/terms/index.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import type { Declaration } from '../../src/types.js';
import { ROOT } from '../support/cli.js';
import { loadSummits } from '../timeline/summit-fixtures.js';

const seed = parseCanonicalSync(readFileSync(join(ROOT, 'declarations/2020-moscow.md'), 'utf8'));
const revised = parseCanonicalSync(readFileSync(join(ROOT, 'fixtures/synthetic-2020-moscow-revised.md'), 'utf8'));
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** SYNTHETIC English and Russian declarations invented for these tests (not real declarations). */
function synthetic(lang: string, date: string, clauses: string[]): Declaration {
  return { meta: { title: 'Synthetic test declaration', date, lang, synthetic: 'invented for the terms tests', signatories: [], extra: {} }, preamble: [], sections: [{ heading: 'Test', depth: 2, clauses, children: [] }] };
}

describe('countOccurrences', () => {
  it('folds scripts and widths, and ignores case and spacing in English and Russian', () => {
    expect(countOccurrences('支持“一带一路”倡议，一帶一路建设', '一帶一路')).toBe(2);
    expect(countOccurrences('the Greater Eurasian  Partnership and the greater eurasian partnership', 'Greater Eurasian Partnership')).toBe(2);
    expect(countOccurrences('Большое Евразийское партнёрство; большое евразийское партнёрство', 'большое евразийское партнёрство')).toBe(2);
  });

  it('counts whole words only in spaced scripts, and any substring in Chinese', () => {
    expect(countOccurrences('peaceful peace peacekeeping', 'peace')).toBe(1);
    expect(countOccurrences('上合组织上合组织', '上合组织')).toBe(2);
    expect(countOccurrences('哈哈哈哈', '哈哈')).toBe(2);
    expect(countOccurrences('aa aa', 'aa')).toBe(2);
    expect(countOccurrences('anything', '')).toBe(0);
  });
});

describe('countTerms', () => {
  const summits = loadSummits();
  it('counts each phrase in every declaration, in date order, with the first one using it and the clauses holding it', () => {
    const tw = { id: 'moscow-tw', declaration: { ...seed, meta: { ...seed.meta, date: '2020-11-11', lang: 'zh-Hant' }, preamble: seed.preamble.map((t) => toTaiwan(t)), sections: seed.sections.map((s) => ({ ...s, clauses: s.clauses.map((t) => toTaiwan(t)) })) } };
    const result = countTerms([{ id: 'revised', declaration: revised }, tw, { id: '2020-moscow', declaration: seed }], ['一带一路', '人类命运共同体', '阿斯塔纳']);
    expect(result.schema).toBe('clausewise/terms@1');
    expect(result.terms.map((t) => t.term)).toEqual(['一带一路', '人类命运共同体', '阿斯塔纳']);
    const belt = result.terms[0]!;
    expect(belt.counts.map((c) => [c.id, c.date, c.lang, c.count])).toEqual([
      ['2020-moscow', '2020-11-10', 'zh-Hans', 3],
      ['moscow-tw', '2020-11-11', 'zh-Hant', 3],
      ['revised', '2021-11-10', 'zh-Hans', 3],
    ]);
    expect(belt.first).toEqual({ id: '2020-moscow', date: '2020-11-10' });
    expect(belt.counts[0]!.clauses.length).toBeGreaterThan(0);
    expect(result.terms[2]!.first).toBeNull();
    expect(result.terms[2]!.counts.every((c) => c.count === 0 && c.clauses.length === 0)).toBe(true);
  });

  it('finds a phrase first in the synthetic third summit when it is new there', () => {
    const result = countTerms(summits, ['阿斯塔纳', '第二届']);
    expect(result.terms.map((t) => [t.first?.id, t.counts.map((c) => c.count)])).toEqual([
      ['2023-synthetic-c', [0, 0, 0, 1]],
      ['2023-synthetic-c', [0, 0, 0, 1]],
    ]);
  });

  it('counts English and Russian case-insensitively, each declaration on its own', () => {
    const en = synthetic('en', '2021-01-01', ['The member states support the Greater Eurasian Partnership.', 'They note the greater Eurasian partnership again.']);
    const ru = synthetic('ru', '2021-01-02', ['Государства-члены поддерживают Большое Евразийское партнёрство.']);
    const result = countTerms([{ id: 'en', declaration: en }, { id: 'ru', declaration: ru }], ['greater eurasian partnership', 'БОЛЬШОЕ ЕВРАЗИЙСКОЕ ПАРТНЁРСТВО']);
    expect(result.terms.map((t) => t.counts.map((c) => [c.id, c.count, c.clauses]))).toEqual([
      [['en', 2, [1, 2]], ['ru', 0, []]],
      [['en', 0, []], ['ru', 1, [1]]],
    ]);
  });
});
