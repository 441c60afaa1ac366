import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CorpusBounds, type CorpusState, corpusReducer, initialCorpusState, VIEWS } from '../../../src/render/ui/corpus/corpus-state.js';

const bounds: CorpusBounds = { languages: 3, summits: 25, sections: 10, clauses: 120, terms: 0, page: 10 };
const press = (state: CorpusState, ...keys: Array<string | Record<string, boolean>>): CorpusState =>
  keys.reduce<CorpusState>((s, k) => corpusReducer(s, typeof k === 'string' ? k : '', typeof k === 'string' ? {} : k, { ...bounds, terms: s.terms.length }), state);

describe('corpusReducer', () => {
  it('moves through views with tab and digits, and back to the summits with esc', () => {
    let state = press(initialCorpusState(), { tab: true });
    expect(state.view).toBe('map');
    state = press(state, { tab: true, shift: true }, { tab: true, shift: true });
    expect(state.view).toBe('terms');
    expect(press(state, '3').view).toBe('clause');
    expect(press(state, { escape: true }).view).toBe('summits');
  });

  it('opens the pair review from the map at the selected cell, not for the first summit', () => {
    expect(press(initialCorpusState(), '2', { return: true }).pair).toBeNull();
    const state = press(initialCorpusState(), '2', 'j', 'j', 'l', 'l', 'l', { return: true });
    expect(state.pair).toEqual({ summit: 2, section: 3 });
    expect(press(state, { escape: true }).pair).toBeNull();
  });

  it('opens a clause history with enter, scrolls it with j/k, closes it with esc', () => {
    let state = press(initialCorpusState(), '3', 'j', 'j', { return: true });
    expect(state.history).toBe(2);
    state = press(state, 'j', 'j');
    expect([state.clause, state.historyScroll]).toEqual([2, 2]);
    state = press(state, { escape: true });
    expect([state.view, state.history]).toEqual(['clause', null]);
  });

  it('types phrases after / in the terms view, with CJK and backspace, and removes them with x', () => {
    let state = press(initialCorpusState(), '4', '/', '人类命运', '共同体x', { backspace: true }, { return: true });
    expect(state.terms).toEqual(['人类命运共同体']);
    state = press(state, '/', 'q', { return: true });
    expect(state.terms).toEqual(['人类命运共同体', 'q']);
    expect(state.quit).toBe(false);
    state = press(state, '/', '人类命运共同体', { return: true });
    expect([state.terms.length, state.term]).toEqual([2, 0]);
    state = press(state, { return: true });
    expect(state.termClauses).toBe(true);
    state = press(state, 'x');
    expect(state.terms).toEqual(['q']);
  });

  it('cycles languages with [ and ], resetting the selection', () => {
    const state = press(initialCorpusState(), 'j', '[');
    expect([state.language, state.summit]).toEqual([2, 0]);
    expect(press(state, ']', ']').language).toBe(1);
  });

  it('quits with q and Ctrl-C; ? opens the help and any of ? q esc enter closes it', () => {
    expect(press(initialCorpusState(), 'q').quit).toBe(true);
    expect(corpusReducer(initialCorpusState(), 'c', { ctrl: true }, bounds).quit).toBe(true);
    const help = press(initialCorpusState(), '?');
    expect(help.help).toBe(true);
    expect(press(help, 'q')).toMatchObject({ help: false, quit: false });
  });

  it('keeps every selection within its bounds whatever the keys', () => {
    const keys = fc.constantFrom<Array<string | Record<string, boolean>>>(['j'], ['k'], ['h'], ['l'], ['g'], ['G'], [' '], [{ pageUp: true }], [{ tab: true }], [{ return: true }], [{ escape: true }], ['['], [']'], ['/', 'x', { return: true }], ['x']);
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 60 }), (sequence) => {
        const state = press(initialCorpusState(), ...sequence.flat());
        expect(VIEWS).toContain(state.view);
        expect(state.summit).toBeGreaterThanOrEqual(0);
        expect(state.summit).toBeLessThan(bounds.summits);
        expect(state.section).toBeLessThan(bounds.sections);
        expect(state.clause).toBeLessThan(bounds.clauses);
        expect(state.language).toBeLessThan(bounds.languages);
        expect(state.term).toBeLessThanOrEqual(Math.max(0, state.terms.length - 1));
      }),
    );
  });
});
