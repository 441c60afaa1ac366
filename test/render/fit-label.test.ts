import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../src/render/fit-label.js';

describe('fitLabel', () => {
  const path = '/work/main/fixtures/summits/2022-synthetic-b.md';

  it('keeps a label that fits, and cuts an id at its end', () => {
    expect(fitLabel('2022-synthetic-b', 16)).toBe('2022-synthetic-b');
    expect(fitLabel('2022-samarkand-en', 10)).toBe('2022-sama…');
  });

  it('shortens a path from the left: the folder goes first, then the extension, then the middle of the name', () => {
    expect(fitLabel(path, 30)).toBe('…/2022-synthetic-b.md');
    expect(fitLabel(path, 20)).toBe('2022-synthetic-b.md');
    expect(fitLabel(path, 17)).toBe('2022-synthetic-b');
    expect(fitLabel(path, 11)).toBe('2022-…tic-b');
    expect(fitLabel('fixtures\\2023-宣言.md', 14)).toBe('…/2023-宣言.md'); // ideographs are two cells wide
  });

  it('never goes past its width', () => {
    for (let width = 0; width < 50; width++) expect([...fitLabel(path, width)].length).toBeLessThanOrEqual(width);
  });
});
