/**
 * The pair review's timeline overlay (`t`) at the documented minimum width and at 80 columns: each
 * table row stays on one line, its values under their columns, whatever the declarations are
 * called (here long paths, as `review /…/declarations/2020-moscow.md /…/revised.md` labels them).
 */
import { join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { compareReferences } from '../../src/cli/compare.js';
import { reviewViews } from '../../src/cli/commands/review-action.js';
import { bufferIO } from '../../src/cli/io.js';
import { App } from '../../src/render/ui/app.js';
import { ROOT } from '../support/cli.js';
import { press, resize, tick, waitFor } from './support.js';

afterEach(() => cleanup());

const A = join(ROOT, 'declarations/2020-moscow.md');
const B = join(ROOT, 'fixtures/synthetic-2020-moscow-revised.md');

/** The overlay's lines, without its border. */
function overlayLines(frame: string): string[] {
  return frame.split('\n').filter((line) => line.startsWith('│')).map((line) => line.replace(/^│ ?/, '').replace(/ ?│$/, '').trimEnd());
}

describe('timeline overlay (t)', () => {
  for (const [columns, rows] of [[60, 20], [80, 24]] as const) {
    it(`keeps each table row on one line, values under their columns, at ${columns} columns`, async () => {
      const { from, to, result } = await compareReferences(A, B, bufferIO({ cwd: ROOT }));
      const ui = render(<App result={result} color={false} views={reviewViews(from, to)} />);
      resize(ui, columns, rows);
      await tick();
      await press(ui, 't');
      await waitFor(ui, (text) => text.includes('Timeline of 2 declarations'));
      const lines = overlayLines(ui.lastFrame() ?? '');
      const header = lines.findIndex((line) => line.startsWith('date '));
      expect(header, lines.join('\n')).toBeGreaterThan(0);
      // The header's five count columns, then one row per declaration with its five values.
      expect(lines[header]!.trim().split(/ +/)).toHaveLength(7);
      expect(lines[header + 1]).toMatch(/^2020-11-10 +\S+ +123 +— +— +— +—$/);
      expect(lines[header + 2]).toMatch(/^2021-11-10 +\S+ +121 +118 +2 +1 +3 +\*/);
      // Each value sits under the end of its column's name.
      const ends = [...lines[header]!.matchAll(/\S+/g)].slice(2).map((m) => m.index + m[0].length);
      const valueEnds = [...lines[header + 2]!.matchAll(/\S+/g)].slice(2, 7).map((m) => m.index + m[0].length);
      expect(valueEnds).toEqual(ends);
    });
  }
});
