import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusApp } from '../../../src/render/ui/corpus/corpus-app.js';
import { CORPUS_KEY_HELP } from '../../../src/render/ui/corpus/corpus-state.js';
import { buildCorpus } from '../../../src/timeline/corpus.js';
import { makeCorpus } from '../../gen/corpus.js';
import { loadSummits } from '../../timeline/summit-fixtures.js';
import { KEY, press, resize, tick, waitFor } from '../support.js';

afterEach(() => cleanup());

type Ui = ReturnType<typeof render>;


const summits = loadSummits();
const english = makeCorpus(3).filter((entry) => entry.id.endsWith('-en'));

async function open(size: [number, number] = [120, 32]): Promise<Ui> {
  const ui = render(<CorpusApp corpus={buildCorpus([...summits, ...english])} color={false} />);
  resize(ui, ...size);
  await tick();
  return ui;
}

const frame = (ui: Ui): string => ui.lastFrame() ?? '';
const RIGHT = '\u001B[C';

describe('corpus review (Ink)', () => {
  it('opens on the summits of the first language in date order, with their counts', async () => {
    const ui = await open();
    const text = frame(ui);
    expect(text).toContain('Corpus · English · 3 summits');
    expect(text).toContain('[ ] language 1/2');
    expect(text).toMatch(/2001-06-10 +2001-summit-1-en +\d+ +— +— +— +—/);
    expect(text.split('\n').length).toBeLessThanOrEqual(31);
    await press(ui, ']');
    const zh = frame(ui);
    expect(zh).toContain('Corpus · Chinese · 4 summits  2020-11-10 → 2023-07-04');
    expect(zh).toMatch(/2021-09-17 +2021-synthetic-a +123 +121 +1 +1 +1/);
    expect(zh.indexOf('2020-seed')).toBeLessThan(zh.indexOf('2023-synthetic-c'));
  });

  it('shades the map and opens the pair review at the selected cell; esc comes back', async () => {
    const ui = await open();
    await press(ui, ']', '2');
    expect(frame(ui)).toContain('· unchanged  ░ ≤10%');
    // 2021-synthetic-a against the seed, at the section of H (安全合作).
    await press(ui, 'j');
    const columns = frame(ui).split('\n').find((line) => /安全合作/.test(line)) ?? '';
    const security = Number(/(\d+) 安全合作/.exec(columns)?.[1]);
    expect(security).toBeGreaterThan(0);
    for (let k = 1; k < security; k++) await press(ui, RIGHT);
    expect(frame(ui)).toMatch(/2021-synthetic-a × 安全合作: \d+ of \d+ changed/);
    await press(ui, KEY.enter);
    await waitFor(ui, (text) => text.includes('B 2021-09-17'));
    const pair = frame(ui);
    expect(pair).toContain('A 2020-11-10');
    expect(pair).toContain('▸  安全合作');
    // The pair review may still be drawing what it loads after the key: wait for the map (3 s at most).
    await press(ui, KEY.escape);
    await waitFor(ui, (text) => text.includes('Corpus · Chinese'));
    expect(frame(ui)).toContain('Corpus · Chinese');
    // q in the pair review returns too, and q here quits.
    await press(ui, KEY.enter);
    await waitFor(ui, (text) => text.includes('B 2021-09-17'));
    await press(ui, 'q');
    await waitFor(ui, (text) => text.includes('Corpus · Chinese'));
    expect(frame(ui)).toContain('Corpus · Chinese');
  });

  it('shows a clause in every summit with the word diff between versions', async () => {
    const ui = await open([120, 40]);
    await press(ui, ']', '3');
    for (let k = 1; k < 47; k++) await press(ui, 'j');
    await press(ui, KEY.enter);
    await waitFor(ui, (text) => text.includes('── history'));
    const text = frame(ui);
    expect(text).toContain('History of clause 47 of 2023-synthetic-c');
    expect(text).toContain('{+并落实+}');
    expect(text).toContain('{+一致+}');
    await press(ui, KEY.escape);
    expect(frame(ui)).not.toContain('── history');
  });

  it('counts typed phrases per summit with a sparkline and lists their clauses', async () => {
    const ui = await open();
    await press(ui, ']', '4', '/', '一致认为', KEY.enter);
    expect(frame(ui)).toMatch(/一致认为 +···█ +1 use · first 2023-synthetic-c/);
    await press(ui, KEY.enter);
    expect(frame(ui)).toMatch(/2023-07-04 {2}2023-synthetic-c.* ×1 {2}§47 {2}成员国一致认为/);
  });

  it('reads keys typed faster than frames one by one', async () => {
    const ui = await open();
    ui.stdin.write(']2jjl');
    await waitFor(ui, (text) => text.includes('2022-synthetic-b × 安全合作'));
    expect(frame(ui)).toMatch(/2022-synthetic-b × 安全合作: \d+ of \d+ changed/);
  });

  it('lists every key in its help and fits 80×24', async () => {
    const ui = await open([80, 24]);
    await press(ui, '?');
    const help = frame(ui);
    for (const [keys] of CORPUS_KEY_HELP) expect(help).toContain(keys);
    await press(ui, KEY.escape, ']', '2');
    const map = frame(ui).split('\n');
    expect(map.length).toBeLessThanOrEqual(23);
    for (const line of map) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
