import { describe, expect, it } from 'vitest';
import { renderInitiativesText } from '../../src/render/initiatives-text.js';
import { compareInitiatives } from '../../src/timeline/initiatives.js';
import type { Declaration } from '../../src/types.js';

/*
 * `reworded` of an initiative found in both declarations: the wording that names it changed (the
 * stance `support` → `take note of`, 支持 → 注意到, a country added to the supporters), not only
 * its gist. Every sentence here is SYNTHETIC, written for these tests (orchards and seed banks),
 * not taken from a real declaration.
 */

function declaration(clauses: string[], lang: string): Declaration {
  return { meta: { title: 'synthetic', lang, signatories: [], extra: {} }, preamble: clauses, sections: [] };
}

const pair = (a: string, b: string, lang: string) => compareInitiatives(declaration([a], lang), declaration([b], lang), { fromLabel: 'a', toLabel: 'b' });

describe('initiatives: a changed stance is a rewording', () => {
  it('English: support → take note of', () => {
    const result = pair(
      'The member states support the initiative of Mongolia to open a synthetic seed bank for orchards.',
      'The member states take note of the initiative of Mongolia to open a synthetic seed bank for orchards.',
      'en',
    );
    expect(result.initiatives.added).toEqual([]);
    expect(result.initiatives.removed).toEqual([]);
    expect(result.initiatives.kept.map((k) => [k.from.gist, k.to.gist, k.reworded])).toEqual([
      ['open a synthetic seed bank for orchards', 'open a synthetic seed bank for orchards', true],
    ]);
  });

  it('Chinese: 支持 → 注意到, and a country added to the list of supporters', () => {
    const stance = pair('成员国支持蒙古国关于建立合成果园种子库的倡议。', '成员国注意到蒙古国关于建立合成果园种子库的倡议。', 'zh-Hans');
    expect(stance.initiatives.kept.map((k) => k.reworded)).toEqual([true]);
    const supporters = pair('哈萨克斯坦共和国支持蒙古国关于建立合成果园种子库的倡议。', '印度共和国、哈萨克斯坦共和国支持蒙古国关于建立合成果园种子库的倡议。', 'zh-Hans');
    expect(supporters.initiatives.kept.map((k) => k.reworded)).toEqual([true]);
  });

  it('is false when only folding noise differs (spacing, full-width forms, Traditional characters, typography)', () => {
    expect(pair('成员国支持蒙古国关于建立合成果园种子库的倡议。', '成員國支持蒙古國關於建立合成果園種子庫的倡議。 ', 'zh-Hans').initiatives.kept.map((k) => k.reworded)).toEqual([false]);
    expect(
      pair(
        "The member states support Mongolia's initiative on a synthetic seed bank.",
        'The member states  support Mongolia’s initiative on a synthetic seed bank.',
        'en',
      ).initiatives.kept.map((k) => k.reworded),
    ).toEqual([false]);
  });

  it('the text view shows the changed wording when the gist is the same', () => {
    const text = renderInitiativesText(
      pair('成员国支持蒙古国关于建立合成果园种子库的倡议。', '成员国注意到蒙古国关于建立合成果园种子库的倡议。', 'zh-Hans'),
      { width: 200 },
    );
    expect(text).toContain('Initiatives  0 new · 0 gone · 1 in both\n');
    // The changed stretch with a little context on each side (eight characters, or two words), not the unchanged gist twice.
    expect(text).toContain('  ~ 蒙古国: 成员国支持蒙古国关于建立合… → 成员国注意到蒙古国关于建立合…  (reworded)\n');
    const english = renderInitiativesText(
      pair(
        'The member states support the initiative of Mongolia to open a synthetic seed bank for orchards.',
        'The member states take note of the initiative of Mongolia to open a synthetic seed bank for orchards.',
        'en',
      ),
      { width: 200 },
    );
    expect(english).toContain(': …member states support the initiative… → …member states take note of the initiative…  (reworded)\n');
  });
});
