import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/ingest/index.js';
import { placeSlug } from '../../src/ingest/place-slug.js';

// SYNTHETIC canonical declaration whose place is outside the gazetteer.
const CANONICAL = '---\ntitle: 合成宣言\ndate: 2031-06-01\nplace: 呼和浩特\nlang: zh-Hans\n---\n\n# 合成宣言\n\n成员国指出，合成测试。\n';

describe('romanisers', () => {
  it('are not loaded by reading a declaration (diff, show): only import, which names it, loads them', async () => {
    // pinyin-pro's dictionary took 70 ms of every diff of such a declaration.
    await importBytes(new TextEncoder().encode(CANONICAL));
    expect(placeSlug('呼和浩特')).toBeUndefined(); // the Han script is left out until its romaniser is loaded
  });
});
