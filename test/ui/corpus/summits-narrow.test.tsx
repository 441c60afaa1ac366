/**
 * The corpus Summits view at 60×20, the documented minimum: every count column keeps its values
 * and every id shows whole (store ids such as `2021-synthetic-a`, not `2021-sy…`).
 */
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusApp } from '../../../src/render/ui/corpus/corpus-app.js';
import { buildCorpus } from '../../../src/timeline/corpus.js';
import { loadSummits, SUMMIT_IDS } from '../../timeline/summit-fixtures.js';
import { resize, tick } from '../support.js';

afterEach(() => cleanup());

describe('corpus Summits view at 60 columns', () => {
  it('shows every column with its values and every id whole', async () => {
    const ui = render(<CorpusApp corpus={buildCorpus(loadSummits())} color={false} />);
    resize(ui, 60, 20);
    await tick();
    const lines = (ui.lastFrame() ?? '').split('\n');
    const header = lines.findIndex((line) => line.startsWith('date '));
    expect(lines[header]).not.toContain('…');
    expect(lines[header]!.trim().split(/ +/)).toHaveLength(7);
    expect(lines.slice(header + 1, header + 5)).toEqual([
      expect.stringMatching(/^2020-11-10 +2020-seed +123 +— +— +— +—$/),
      expect.stringMatching(/^2021-09-17 +2021-synthetic-a +123 +121 +1 +1 +1$/),
      expect.stringMatching(/^2022-09-16 +2022-synthetic-b +123 +120 +2 +1 +2$/),
      expect.stringMatching(/^2023-07-04 +2023-synthetic-c +122 +119 +2 +1 +1$/),
    ]);
    // Each value under the end of its column's name.
    const ends = (line: string): number[] => [...line.matchAll(/\S+/g)].slice(2, 7).map((m) => m.index + m[0].length);
    for (const row of lines.slice(header + 1, header + 1 + SUMMIT_IDS.length)) expect(ends(row)).toEqual(ends(lines[header]!));
    expect(lines.every((line) => [...line].length <= 60)).toBe(true);
  });
});
