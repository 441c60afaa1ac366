import { describe, expect, it } from 'vitest';
import { defaultId } from '../../src/ingest/declaration-id.js';
import { importBytes } from '../../src/ingest/index.js';
import { flattenClauses, flattenSections } from '../../src/tree/flatten.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * SYNTHETIC test text, invented for these tests: it is not, and does not quote, any real
 * declaration. It exercises English plain text with `1.`-numbered headings, hard wraps and a
 * signature block.
 */
const SYNTHETIC_ENGLISH = [
  'Synthetic Test Declaration of the Example Forum in Moscow',
  '',
  'The participants of this synthetic example met on 3 March 2021 and',
  'declare the following test sentences.',
  '',
  '1. Test section one',
  '',
  'The first paragraph of the first section is plain text that wraps',
  'over three lines, so that the importer must join',
  'them with single spaces.',
  '',
  'The second paragraph of the first section.',
  '',
  '2. Test section two',
  '',
  '2.1. A numbered sub-heading',
  '',
  'A paragraph in the sub-section.',
  '',
  'President of the Example Republic\tA. Sample',
  'Prime Minister of the Test Kingdom\tB. Example',
  '',
].join('\n');

/** SYNTHETIC Russian text, invented for this test (not a real declaration). */
const SYNTHETIC_RUSSIAN = [
  '---',
  'synthetic: invented Russian test text, not a real declaration',
  '---',
  '',
  '# Московская декларация тестового форума',
  '',
  'Участники синтетического примера собрались 10 ноября 2020 года.',
  '',
  '## 1. Первый раздел',
  '',
  'Первый абзац первого раздела.',
  '',
  'Второй абзац первого раздела.',
  '',
].join('\n');

describe('English plain text (synthetic)', () => {
  it('recognises the title, numbered headings and paragraphs, and joins hard wraps with spaces', async () => {
    const declaration = await importBytes(utf8(SYNTHETIC_ENGLISH), { source: 'synthetic-english.txt' });
    expect(declaration.meta).toMatchObject({
      title: 'Synthetic Test Declaration of the Example Forum in Moscow',
      date: '2021-03-03',
      place: 'Moscow',
      lang: 'en',
      signatories: ['President of the Example Republic A. Sample', 'Prime Minister of the Test Kingdom B. Example'],
    });
    expect(flattenSections(declaration).map((section) => [section.heading, section.depth])).toEqual([
      ['', 1], ['1. Test section one', 2], ['2. Test section two', 2], ['2.1. A numbered sub-heading', 3],
    ]);
    expect(flattenClauses(declaration).map((clause) => clause.text)).toEqual([
      'The participants of this synthetic example met on 3 March 2021 and declare the following test sentences.',
      'The first paragraph of the first section is plain text that wraps over three lines, so that the importer must join them with single spaces.',
      'The second paragraph of the first section.',
      'A paragraph in the sub-section.',
    ]);
    expect(defaultId(declaration)).toBe('2021-moscow-en');
  });

  it('reads the same text as a Markdown ordered list of headings', async () => {
    const markdown = `---\nsynthetic: invented English test text\n---\n\n${SYNTHETIC_ENGLISH}`;
    const declaration = await importBytes(utf8(markdown));
    expect(declaration.meta.synthetic).toBe('invented English test text');
    expect(flattenSections(declaration).map((section) => section.heading)).toContain('1. Test section one');
    expect(flattenClauses(declaration)).toHaveLength(4);
  });
});

describe('Russian Markdown (synthetic)', () => {
  it('handles Cyrillic text and a Декларация title', async () => {
    const declaration = await importBytes(utf8(SYNTHETIC_RUSSIAN));
    expect(declaration.meta).toMatchObject({
      title: 'Московская декларация тестового форума',
      date: '2020-11-10',
      place: 'Москва',
      lang: 'ru',
      synthetic: 'invented Russian test text, not a real declaration',
    });
    expect(flattenSections(declaration).map((section) => section.heading)).toEqual(['', '1. Первый раздел']);
    expect(flattenClauses(declaration)).toHaveLength(3);
    expect(defaultId(declaration)).toBe('2020-moscow-ru');
  });

  it('reads the date of a dated line under the title written `г. Москва, …`', async () => {
    // SYNTHETIC text, invented for this test.
    const text = ['Синтетическая тестовая декларация', '', 'г. Москва, 10 ноября 2020 года', '', 'Участники синтетического примера заявляют следующее.', ''].join('\n');
    const declaration = await importBytes(utf8(text));
    expect(declaration.meta).toMatchObject({ title: 'Синтетическая тестовая декларация', date: '2020-11-10', lang: 'ru' });
  });
});
