import { describe, expect, it } from 'vitest';
import { renderStat } from '../../src/render/text-stat.js';
import { renderText } from '../../src/render/text.js';
import { sampleDiff, tinyDiff } from './build-diff.js';

describe('text report: context, width and --stat', () => {
  it('-U N shows N unchanged clauses around each change and collapses the rest', () => {
    const none = renderText(sampleDiff(), { width: 200 });
    const one = renderText(sampleDiff(), { width: 200, context: 1 });
    expect(none).toContain('§ (preamble)\n  … 3 unchanged clauses\n~ a4 → b4  reworded\n');
    expect(one).toMatch(/§ \(preamble\)\n {2}… 2 unchanged clauses\n {2}a3 → b3\n(?: {4}\S.*\n)+~ a4 → b4 {2}reworded\n/);
    // Every clause comes back with a context as large as the declaration.
    const all = renderText(sampleDiff(), { width: 100_000, context: 1000 });
    expect(all).not.toContain('unchanged clause');
    for (const change of sampleDiff().changes) for (const clause of change.to) expect(all.replace(/\{\+|\+\}|\[-.*?-\]/g, '')).toContain(clause.text.slice(0, 8));
  });

  it('does not wrap at all when the width is Infinity (reports into pipes and files)', () => {
    const long = renderText(sampleDiff(), { width: Infinity });
    const clauses = sampleDiff().changes.filter((change) => change.kind === 'added').flatMap((change) => change.to);
    for (const clause of clauses) expect(long).toContain(`    ${clause.text}\n`);
    expect(renderText(tinyDiff(), { width: 40 })).not.toBe(renderText(tinyDiff(), { width: Infinity }));
  });

  it('--stat: the header, the summary and the counts of each section with changes, no clause text', () => {
    const stat = renderStat(sampleDiff(), {});
    const lines = stat.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^--- a {2}/);
    expect(lines[4]).toMatch(/^\d+ matched, /);
    expect(stat).toMatch(/安全合作 → 一、安全合作 {2}\(renamed\) +.*~\d+/);
    expect(stat).toContain('议会合作  (removed)');
    expect(stat).not.toMatch(/ [+~<>-]0\b/);
    for (const change of sampleDiff().changes) for (const clause of change.to) expect(stat).not.toContain(clause.text);
  });
});
