/**
 * Declarations given as long paths (`review /…/fixtures/summits/*.md`): where a label is too long
 * for its column, it keeps the end that tells the files apart (`…/2022-synthetic-b.md`), not
 * the folder they share. Ids are shown as they are.
 */
import { basename } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { compareReferences } from '../../src/cli/compare.js';
import { reviewViews } from '../../src/cli/commands/review-action.js';
import { bufferIO } from '../../src/cli/io.js';
import { App } from '../../src/render/ui/app.js';
import { CorpusApp } from '../../src/render/ui/corpus/corpus-app.js';
import { buildCorpus } from '../../src/timeline/corpus.js';
import { ROOT } from '../support/cli.js';
import { loadSummits, SUMMIT_IDS, summitPath } from '../timeline/summit-fixtures.js';
import { press, resize, tick, waitFor } from './support.js';

afterEach(() => cleanup());

const PATHS = SUMMIT_IDS.map(summitPath);
const frame = (ui: ReturnType<typeof render>): string => ui.lastFrame() ?? '';

/** The label cell of each line that starts (after the border) with a date: the text between the date and the first count. */
function labelsAfterDates(text: string): string[] {
  return text.split('\n').map((line) => /^[│ ]*\d{4}-\d{2}-\d{2} +(\S+)/.exec(line)?.[1]).filter((label) => label !== undefined);
}

/** A shortened path shows the end of its file name: what follows the last `…` is part of it. */
function fromFileName(shown: string, path: string): boolean {
  const tail = shown.split('…').pop()!.replace(/^\//, '');
  return tail.length >= 4 && basename(path).includes(tail);
}

describe('long paths as labels, at 80 columns', () => {
  it('the timeline overlay (t) shows the end of each path, so that the rows differ', async () => {
    const [a, b] = [PATHS[1]!, PATHS[2]!];
    const { from, to, result } = await compareReferences(a, b, bufferIO({ cwd: ROOT }));
    const ui = render(<App result={result} color={false} views={reviewViews(from, to)} />);
    resize(ui, 80, 24);
    await tick();
    await press(ui, 't');
    await waitFor(ui, (text) => text.includes('Timeline of 2 declarations'));
    const labels = labelsAfterDates(frame(ui));
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    expect(labels.every((label, k) => fromFileName(label, [a, b][k]!)), labels.join(' ')).toBe(true);
  });

  it('the corpus Summits and Map views show the end of each path', async () => {
    const ui = render(<CorpusApp corpus={buildCorpus(loadSummits().map((input, k) => ({ ...input, id: PATHS[k]! })))} color={false} />);
    resize(ui, 80, 24);
    await tick();
    const summits = labelsAfterDates(frame(ui));
    expect(summits).toHaveLength(4);
    expect(summits.every((label, k) => fromFileName(label, PATHS[k]!)), summits.join(' ')).toBe(true);
    await press(ui, '2');
    // The map's rows follow its column numbers, one per summit.
    const lines = frame(ui).split('\n');
    const top = lines.findIndex((line) => line.startsWith('sections'));
    const rows = lines.slice(top + 1, top + 5).map((line) => line.split(/\s+/)[0]!);
    expect(rows.every((label, k) => fromFileName(label, PATHS[k]!)), rows.join(' ')).toBe(true);
    // The selected summit's line names its file too.
    expect(frame(ui)).toMatch(/2020-seed\.md: the first summit/);
  });
});
