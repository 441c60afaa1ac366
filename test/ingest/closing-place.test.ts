import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/ingest/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * SYNTHETIC texts, invented for these tests (not real declarations): a title that names no city,
 * three numbered paragraphs, and a closing place-and-date line. The place comes from that line.
 */
const page = (title: string, paragraphs: readonly string[], closing: string): string => [title, '', ...paragraphs.flatMap((text, k) => [`${k + 1}. ${text}`, '']), closing, ''].join('\n');

const RUSSIAN = [
  'Участники синтетического примера подчёркивают важность доверия между соседями.',
  'Участники выступают за расширение торговли и развитие транспортных маршрутов.',
  'Участники поддерживают культурный обмен и сотрудничество в образовании.',
];
const ENGLISH = [
  'The participants of this synthetic example stress the value of trust between neighbours.',
  'The participants favour wider trade and the development of transport routes.',
  'The participants support cultural exchange and cooperation in education.',
];

describe('the place of a closing place-and-date line', () => {
  it.each([
    ['г. Самарканд, 16 сентября 2022 года', 'Синтетическая тестовая декларация', RUSSIAN, { date: '2022-09-16', place: 'Самарканд', lang: 'ru' }],
    ['Екатеринбург, 16 июня 2009 года', 'Синтетическая тестовая декларация', RUSSIAN, { date: '2009-06-16', place: 'Екатеринбург', lang: 'ru' }],
    ['Samarkand, 16 September 2022', 'Synthetic Test Declaration', ENGLISH, { date: '2022-09-16', place: 'Samarkand', lang: 'en' }],
    ['Done at Moscow on 10 November 2020', 'Synthetic Test Declaration', ENGLISH, { date: '2020-11-10', place: 'Moscow', lang: 'en' }],
    // A city the gazetteer lacks is taken as written.
    ['Exampleton, 3 March 2021', 'Synthetic Test Declaration', ENGLISH, { date: '2021-03-03', place: 'Exampleton', lang: 'en' }],
  ] as const)('%s', async (closing, title, paragraphs, meta) => {
    const declaration = await importBytes(utf8(page(title, paragraphs, closing)), { source: 'synthetic.txt' });
    expect(declaration.meta).toMatchObject(meta);
    expect(declaration.preamble.concat(declaration.sections.flatMap((section) => section.clauses))).not.toContain(closing);
  });

  it('gives way to the place the title names', async () => {
    const declaration = await importBytes(utf8(page('Synthetic Test Declaration of Tashkent', ENGLISH, 'Samarkand, 16 September 2022')));
    expect(declaration.meta).toMatchObject({ place: 'Tashkent', date: '2022-09-16' });
  });
});
