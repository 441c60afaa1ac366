/**
 * Alignment of English and Russian declarations whose sources differ only in typography
 * (apostrophes, quotes, dashes, ё): such pairs are matched, not reworded, and a real rewording
 * shows only its words. Every sentence here is synthetic.
 */
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import type { WordEdit } from '../../src/types.js';
import { doc } from './docs.js';

const EN_A = [
  'The member states of the test council met in Testville and state the following.',
  'The member states’ ministers agreed to hold a “green corridor” forum — every second year.',
  'The council welcomed the partners’ proposal on a long‑term plan for river transport.',
  'The parties noted the 2031–2035 programme on rural roads and bridges.',
  'The partners’ experts will report on the ‘open skies’ pilot by 1 May.',
];
const EN_B = [
  'The member states of the test council met in Testville and state the following.',
  'The member states\' ministers agreed to hold a "green corridor" forum - every second year.',
  'The council welcomed the partnersʼ proposal on a long-term plan for river transport.',
  'The parties noted the 2031-2035 programme on rural roads and bridges.',
  'The partners\' experts will report on the \'open skies\' pilot by 1 June.',
];
const RU_A = [
  'Государства-члены тестового совета встретились в Тестограде и заявляют следующее.',
  'Государства — члены совета ещё раз подтвердили приверженность «зелёному коридору».',
  'Совет приветствовал предложение государств – членов о долгосрочном плане речных перевозок.',
  'Стороны отметили программу на 2031—2035 годы по сельским дорогам и мостам.',
  'Каждая сторона представит отчёт о «пилотном проекте» до 1 мая.',
];
const RU_B = [
  'Государства-члены тестового совета встретились в Тестограде и заявляют следующее.',
  'Государства-члены совета еще раз подтвердили приверженность "зеленому коридору".',
  'Совет приветствовал предложение государств-членов о долгосрочном плане речных перевозок.',
  'Стороны отметили программу на 2031-2035 годы по сельским дорогам и мостам.',
  'Каждая сторона представит отчет о "пилотном проекте" до 1 июня.',
];

/** A word diff as `[-deleted-]{+inserted+}` marks in the equal text. */
const marks = (edits: readonly WordEdit[]) => edits.map((e) => (e.op === 'equal' ? e.text : e.op === 'delete' ? `[-${e.text}-]` : `{+${e.text}+}`)).join('');

describe.each([
  ['English', EN_A, EN_B, "The partners'experts will report on the'open skies'pilot by 1 [-May-]{+June+}."],
  ['Russian', RU_A, RU_B, 'Каждая сторона представит отчет о"пилотном проекте"до 1 [-мая-]{+июня+}.'],
])('align, %s with typographic variants', (_, a, b, reworded) => {
  const result = align(doc([], [['Section', a]]), doc([], [['Section', b]]));

  it('matches the clauses that differ only in typography, not reworded, similarity 1', () => {
    expect(result.changes.map((c) => [c.kind, c.from.map((r) => r.id), c.to.map((r) => r.id), c.reworded, c.similarity])).toEqual([
      ['matched', ['a1'], ['b1'], false, 1],
      ['matched', ['a2'], ['b2'], false, 1],
      ['matched', ['a3'], ['b3'], false, 1],
      ['matched', ['a4'], ['b4'], false, 1],
      ['matched', ['a5'], ['b5'], true, result.changes[4]!.similarity],
    ]);
    expect(result.summary.reworded).toBe(1);
    expect(result.changes.slice(0, 4).every((c) => c.edits === undefined)).toBe(true);
  });

  it('shows only the real rewording in the word diff, with the same similarity as the text without variants', () => {
    expect(marks(result.changes[4]!.edits!)).toBe(reworded);
    const plain = align(doc([], [['Section', b.map((t) => t.replace(/ June| июня/u, (m) => (m === ' June' ? ' May' : ' мая')))]]), doc([], [['Section', b]]));
    expect(plain.changes[4]!.similarity).toBe(result.changes[4]!.similarity);
  });
});
