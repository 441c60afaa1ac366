import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/render/ui/model.js';
import { uiReducer, type UiAction } from '../../src/render/ui/keymap.js';
import { type Action, initialState, reviewReducer, type ReviewState, selectedRow } from '../../src/render/ui/review-state.js';
import { makeResult } from './support.js';

const start = (count = 30, listHeight = 5): ReviewState => initialState(buildModel(makeResult(count)), { listHeight, detailHeight: 4 });
const run = (state: ReviewState, ...actions: UiAction[]): ReviewState => actions.reduce(uiReducer, state);
const keys = (...inputs: string[]): UiAction[] => inputs.map((input) => ({ type: 'key', input, key: {} }));
const row = (state: ReviewState) => state.model.rows[selectedRow(state)!]!;

describe('review navigation reducer', () => {
  it('opens on the first change, with the list focused', () => {
    const state = start();
    expect(state.pane).toBe('list');
    expect(row(state).changed).toBe(true);
    expect(row(state).id).toBe('b2'); // b1 is an unchanged match
  });

  it('moves with j/k, clamps at the ends and keeps the selection in the window', () => {
    let state = start(30, 5);
    state = run(state, ...keys('k', 'k', 'k'));
    expect(state.cursor).toBe(0);
    state = run(state, ...keys(...'jjjjjjj'));
    expect(state.cursor).toBe(7);
    expect(state.scroll).toBe(3); // rows 3..7 shown
    state = run(state, { type: 'key', input: 'G', key: {} });
    expect(state.cursor).toBe(29);
    expect(state.scroll).toBe(25);
    state = run(state, { type: 'key', input: '', key: { pageUp: true } });
    expect(state.cursor).toBe(25);
    state = run(state, ...keys('g'));
    expect([state.cursor, state.scroll]).toEqual([0, 0]);
  });

  it('n/N jump over unchanged clauses and say so at the last change', () => {
    let state = run(start(), ...keys('g'));
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      state = run(state, ...keys('n'));
      if (state.message) break;
      seen.push(row(state).id);
      expect(row(state).changed).toBe(true);
    }
    expect(state.message).toBe('no later change');
    expect(seen).toEqual(state.model.rows.filter((r) => r.changed).map((r) => r.id));
    state = run(state, ...keys('N'));
    expect(row(state).id).toBe(seen.at(-2));
  });

  it('f cycles all → changes → added → removed → reworded → moved and keeps the selection when it can', () => {
    let state = start();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      state = run(state, ...keys('f'));
      order.push(state.filter);
    }
    expect(order).toEqual(['changes', 'added', 'removed', 'reworded', 'moved', 'all']);
    state = run(start(), ...keys('f', 'f'));
    expect(state.visible.length).toBeGreaterThan(0);
    expect(state.visible.every((index) => state.model.rows[index]!.change.kind === 'added')).toBe(true);
    const before = run(start(), ...keys('j', 'j'));
    const kept = run(before, ...keys('f'));
    expect(row(kept).index).toBe(row(before).index);
  });

  it('searches Chinese text typed after /, pasted as one string, with backspace, enter and esc', () => {
    let state = run(start(), ...keys('/'), { type: 'key', input: '阿富汗', key: {} });
    expect(state.draft).toBe('阿富汗');
    expect(state.visible.length).toBeGreaterThan(0);
    expect(state.visible.every((index) => state.model.rows[index]!.search.includes('阿富汗'))).toBe(true);
    // Keys typed during the search are text, not commands.
    state = run(state, ...keys('q'));
    expect(state.quit).toBe(false);
    expect(state.draft).toBe('阿富汗q');
    state = run(state, { type: 'key', input: '', key: { backspace: true } }, { type: 'key', input: '', key: { return: true } });
    expect(state.draft).toBeNull();
    expect(state.query).toBe('阿富汗');
    const found = state.visible.length;
    state = run(state, ...keys('/', '经贸'), { type: 'key', input: '', key: { escape: true } });
    expect(state.query).toBe('阿富汗');
    expect(state.visible.length).toBe(found);
    state = run(state, { type: 'key', input: '', key: { escape: true } });
    expect(state.query).toBe('');
    expect(state.visible.length).toBe(30);
  });

  it('q quits, and Ctrl-C quits even while typing a search', () => {
    expect(run(start(), ...keys('q')).quit).toBe(true);
    expect(run(start(), ...keys('/', '阿'), { type: 'key', input: 'c', key: { ctrl: true } }).quit).toBe(true);
  });

  it('moving in the section tree selects the first clause of that section', () => {
    let state = run(start(28), { type: 'key', input: '', key: { tab: true, shift: true } });
    expect(state.pane).toBe('sections');
    state = run(state, ...keys('j', 'j'));
    expect(state.sectionCursor).toBe(2);
    expect(row(state).section).toBe(2);
    expect(row(state).id).toBe(state.model.rows.find((r) => r.section === 2)!.id);
  });

  it('keeps cursor and windows in range whatever the keys (property)', () => {
    const action = fc.oneof(
      fc.constantFrom<Action>(
        { type: 'move', delta: 1 }, { type: 'move', delta: -1 }, { type: 'page', direction: 1 }, { type: 'page', direction: -1 },
        { type: 'edge', to: 'end' }, { type: 'edge', to: 'start' }, { type: 'change', direction: 1 }, { type: 'change', direction: -1 },
        { type: 'pane', direction: 1 }, { type: 'filter', direction: 1 }, { type: 'search-start' }, { type: 'search-backspace' },
        { type: 'search-commit' }, { type: 'search-cancel' }, { type: 'clear' }, { type: 'side-by-side' }, { type: 'open', overlay: 'timeline' },
      ),
      fc.constantFrom('成员国', '阿', '条', 'x').map((text): Action => ({ type: 'search-input', text })),
      fc.integer({ min: 1, max: 12 }).map((listHeight): Action => ({ type: 'metrics', metrics: { listHeight, detailLines: 9, overlayLines: 30 } })),
    );
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), fc.array(action, { maxLength: 40 }), (count, actions) => {
      const state = actions.reduce(reviewReducer, start(count, 4));
      const { cursor, scroll, visible, metrics } = state;
      expect(scroll).toBeGreaterThanOrEqual(0);
      if (visible.length > 0) {
        expect(cursor).toBeGreaterThanOrEqual(0);
        expect(cursor).toBeLessThan(visible.length);
        expect(cursor).toBeGreaterThanOrEqual(scroll);
        expect(cursor).toBeLessThan(scroll + metrics.listHeight);
      }
      expect(state.detailScroll).toBeLessThanOrEqual(Math.max(0, metrics.detailLines - metrics.detailHeight));
      expect(state.overlayScroll).toBeLessThanOrEqual(Math.max(0, metrics.overlayLines - metrics.overlayHeight));
    }), { numRuns: 200 });
  });
});
