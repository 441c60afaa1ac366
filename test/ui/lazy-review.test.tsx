import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { App } from '../../src/render/ui/app.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import type { Change, DiffResult } from '../../src/types.js';
import { generatePair } from '../gen/generate.js';
import { loadSeed } from '../gen/seed.js';
import { documentXmlOf } from '../render/docx/read-docx.js';
import { ROOT } from '../support/cli.js';
import { KEY, press, resize, tick } from './support.js';

afterEach(() => cleanup());

// The review aligns with lazy word edits (`lazyWordEdits`) and builds its rows' texts when first
// read: what it draws and what the result holds must be what the eager computation gives.
const seed = loadSeed();
const revised = parseCanonicalSync(readFileSync(join(ROOT, 'fixtures', 'synthetic-2020-moscow-revised.md'), 'utf8'));

/** Has the reworded change's `edits` been computed (a plain value) rather than still waiting to be read? */
const computed = (change: Change) => change.reworded && 'value' in Object.getOwnPropertyDescriptor(change, 'edits')!;

describe('lazy word edits', () => {
  it('are computed only when read, and then are what the eager alignment gives', () => {
    const eager = align(seed, revised);
    const lazy = align(seed, revised, { lazyWordEdits: true });
    const reworded = lazy.changes.filter((change) => change.reworded);
    expect(reworded.length).toBeGreaterThan(0);
    expect(reworded.some(computed)).toBe(false);
    // Read, spread and serialised as eager edits are, in the same key order.
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    expect(reworded.every(computed)).toBe(true);
    expect(lazy).toEqual(eager);
  });

  it('equal the eager ones on generated pairs of every level', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(1, 2, 3), (pairSeed, level) => {
        const { a, b } = generatePair(pairSeed, level as 1 | 2 | 3);
        return JSON.stringify(align(a, b, { lazyWordEdits: true })) === JSON.stringify(align(a, b));
      }),
      { numRuns: 12 },
    );
  });

  it('give the review\'s Word redline (the w key) the same document as eager ones', () => {
    const lazy = align(seed, revised, { lazyWordEdits: true });
    const xml = documentXmlOf(renderDocx(lazy, seed, revised));
    expect(xml).toContain('<w:ins '); // the word edits became tracked insertions
    expect(xml).toBe(documentXmlOf(renderDocx(align(seed, revised), seed, revised)));
  });

  it('can be replaced before they are read, as an eager change can', () => {
    const lazy = align(seed, revised, { lazyWordEdits: true });
    const change = lazy.changes.find((c) => c.reworded)!;
    change.edits = [];
    expect(change.edits).toEqual([]);
  });
});

describe('the review UI on a lazy result', () => {
  /** Render the pair review of `result` at `size`, then press `keys`, keeping every frame after each step. */
  async function frames(result: DiffResult, size: [number, number], keys: string[]): Promise<string[]> {
    const ui = render(<App result={result} color={false} />);
    resize(ui, ...size);
    await tick();
    const out = [ui.lastFrame() ?? ''];
    for (const key of keys) {
      await press(ui, key);
      out.push(ui.lastFrame() ?? '');
    }
    ui.unmount();
    return out;
  }

  const KEYS = ['j', 'j', 'f', 'j', 's', 'f', 'f', '/', '阿', '富', '汗', KEY.enter, 'n', KEY.escape, 'G', 'k', KEY.tab, 'j', KEY.tab, 'J'];

  for (const size of [[60, 20], [160, 45]] as [number, number][]) {
    it(`draws the same frames as on an eager one at ${size.join('×')}, computing the edits of the changes it shows only`, async () => {
      const lazy = align(seed, revised, { lazyWordEdits: true });
      const first = await frames(lazy, size, []);
      // The first frame details one change: at most its edits were computed.
      expect(lazy.changes.filter((change) => change.reworded).length).toBeGreaterThan(1);
      expect(lazy.changes.filter(computed).length).toBeLessThanOrEqual(1);
      expect(first).toEqual(await frames(align(seed, revised), size, []));
      const afterKeys = await frames(align(seed, revised, { lazyWordEdits: true }), size, KEYS);
      expect(new Set(afterKeys).size).toBeGreaterThan(KEYS.length / 2); // the keys changed what is shown
      expect(afterKeys).toEqual(await frames(align(seed, revised), size, KEYS));
    });
  }
});
