import { describe, expect, it } from 'vitest';
import { declarationHistory } from '../../src/store/history.js';
import { saveDeclaration } from '../../src/store/save.js';
import { git, makeStore, sampleMarkdown } from './helpers.js';

describe('declarationHistory', () => {
  it('lists the commits that touched one declaration, newest first, with the file at each', async () => {
    const store = makeStore();
    const a = await saveDeclaration(store, 'x', sampleMarkdown(), { source: 'one.txt' });
    await saveDeclaration(store, 'other', sampleMarkdown({ title: 'Other' }));
    const b = await saveDeclaration(store, 'x', sampleMarkdown({ extra: 1 }), { force: true, source: 'two.txt' });
    git(store.root, 'rm', '--quiet', 'declarations/x.md');
    git(store.root, 'commit', '--quiet', '-m', 'remove x');
    const history = await declarationHistory(store, 'x');
    expect(history.map((revision) => revision.message)).toEqual(['remove x', 'correct x from two.txt', 'import x from one.txt']);
    expect(history.map((revision) => revision.commit).slice(1)).toEqual([b.commit, a.commit]);
    expect(history[0]?.text).toBeNull();
    expect(history[1]?.text).toBe(sampleMarkdown({ extra: 1 }));
    expect(history[2]?.text).toBe(sampleMarkdown());
    expect(history[2]?.short).toBe(a.commit?.slice(0, history[2]?.short.length));
    expect(history[2]?.date).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('is empty for an id that was never stored', async () => {
    expect(await declarationHistory(makeStore(), 'nope')).toEqual([]);
  });
});
