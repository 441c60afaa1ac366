import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/ingest/index.js';
import { flattenClauses } from '../../src/tree/flatten.js';

/**
 * SYNTHETIC text, invented for these tests (no real declaration is quoted): the shapes a scraped
 * page gives its signatures, in English, Russian and Chinese, once HTML has collapsed the wide gap
 * between office and name into one space or put the name on a line of its own.
 */
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const EN_OFFICES = ['President of the Example Republic', 'Chairman of the Test Federation', 'Prime Minister of the Sample Kingdom', 'President of the Model Republic'];
const EN_NAMES = ['A. Sample', 'B. Example', 'C. Testov', 'D. Modelson'];
const EN_SIGNED = EN_OFFICES.map((office, k) => `${office} ${EN_NAMES[k]}`);
const EN_BODY = [
  'Synthetic Test Declaration of the Example Forum in Moscow',
  'The participants of this synthetic example met in Moscow on 3 March 2021 and declare the following.',
  'The first test clause says that the examples work together.',
  'The second test clause says that the next test meeting will be held in the Example Republic.',
];
const EN_CLAUSES = EN_BODY.slice(1);

const RU_OFFICES = ['Президент Примерной Республики', 'Председатель Тестовой Федерации', 'Премьер-министр Образцового Королевства', 'Президент Модельной Республики'];
const RU_NAMES = ['А. Примеров', 'Б. Тестов', 'В. Образцов', 'Г. Модельный'];
const RU_SIGNED = RU_OFFICES.map((office, k) => `${office} ${RU_NAMES[k]}`);
const RU_BODY = [
  'Синтетическая тестовая декларация форума в Москве',
  'Участники синтетического примера собрались в Москве 10 ноября 2020 года и заявляют о следующем.',
  'Первый тестовый пункт говорит о том, что примеры работают вместе.',
  'Второй тестовый пункт говорит о том, что следующая встреча пройдет в Примерной Республике.',
];

const ZH_OFFICES = ['示例共和国总统', '测试联邦主席', '样本王国总理'];
const ZH_NAMES = ['甲乙丙', '丁戊', '己庚·辛'];
const ZH_SIGNED = ZH_OFFICES.map((office, k) => `${office} ${ZH_NAMES[k]}`);
const ZH_BODY = [
  '示例论坛莫斯科合成测试宣言',
  '合成示例的参加者于2020年11月10日在莫斯科举行会议，声明如下：',
  '第一条测试条款说明各示例共同努力。',
  '第二条测试条款说明下次测试会议将在示例共和国举行。',
];

const html = (body: readonly string[], tail: string): string =>
  `<html><head><title>${body[0]}</title></head><body><article><h1>${body[0]}</h1>${body.slice(1).map((text) => `<p>${text}</p>`).join('')}${tail}</article></body></html>`;

async function read(text: string, source: string) {
  const declaration = await importBytes(utf8(text), { source });
  return { signatories: declaration.meta.signatories, clauses: flattenClauses(declaration).map((clause) => clause.text) };
}

describe('signatures whose office and name are one space apart, or on two lines (SYNTHETIC)', () => {
  it('reads `office name` lines joined by <br> in one <p>', async () => {
    const page = html(EN_BODY, `<p>${EN_SIGNED.join('<br>')}<br></p>`);
    expect(await read(page, 'br.html')).toEqual({ signatories: EN_SIGNED, clauses: EN_CLAUSES });
  });

  it('reads one <p> per signature, with a wide gap that HTML collapses to one space', async () => {
    const page = html(EN_BODY, EN_OFFICES.map((office, k) => `<p>${office}            ${EN_NAMES[k]}</p>`).join(''));
    expect(await read(page, 'p.html')).toEqual({ signatories: EN_SIGNED, clauses: EN_CLAUSES });
  });

  it('reads office and name on two lines: in one <p>, a <p> each, or a <p> per line', async () => {
    const shapes = [
      `<p>${EN_OFFICES.map((office, k) => `${office}<br>${EN_NAMES[k]}`).join('<br>')}</p>`,
      EN_OFFICES.map((office, k) => `<p>${office}<br>${EN_NAMES[k]}</p>`).join(''),
      EN_OFFICES.map((office, k) => `<p>${office}</p><p>${EN_NAMES[k]}</p>`).join(''),
    ];
    for (const tail of shapes) expect(await read(html(EN_BODY, tail), 'two.html'), tail).toEqual({ signatories: EN_SIGNED, clauses: EN_CLAUSES });
  });

  it('reads plain text with one space between office and name, before or after the closing date line', async () => {
    const before = [...EN_BODY, EN_SIGNED.join('\n'), 'Moscow, 3 March 2021'].join('\n\n');
    const after = [...EN_BODY, 'Moscow, 3 March 2021', EN_SIGNED.join('\n')].join('\n\n');
    for (const text of [before, after]) expect(await read(text, 'one-space.txt')).toEqual({ signatories: EN_SIGNED, clauses: EN_CLAUSES });
  });

  it('reads plain text with office and name on two lines', async () => {
    const joined = [...EN_BODY, EN_OFFICES.flatMap((office, k) => [office, EN_NAMES[k]]).join('\n')].join('\n\n');
    const apart = [...EN_BODY, ...EN_OFFICES.map((office, k) => `${office}\n${EN_NAMES[k]}`)].join('\n\n');
    for (const text of [joined, apart]) expect(await read(text, 'two-lines.txt')).toEqual({ signatories: EN_SIGNED, clauses: EN_CLAUSES });
  });

  it('reads Russian signatures in both shapes', async () => {
    const clauses = RU_BODY.slice(1);
    expect(await read(html(RU_BODY, `<p>${RU_SIGNED.join('<br>')}</p>`), 'ru.html')).toEqual({ signatories: RU_SIGNED, clauses });
    const two = [...RU_BODY, RU_OFFICES.flatMap((office, k) => [office, RU_NAMES[k]]).join('\n')].join('\n\n');
    expect(await read(two, 'ru.txt')).toEqual({ signatories: RU_SIGNED, clauses });
  });

  it('reads Chinese signatures in both shapes', async () => {
    const clauses = ZH_BODY.slice(1);
    expect(await read(html(ZH_BODY, `<p>${ZH_SIGNED.join('<br>')}</p>`), 'zh.html')).toEqual({ signatories: ZH_SIGNED, clauses });
    const two = [...ZH_BODY, ZH_OFFICES.flatMap((office, k) => [office, ZH_NAMES[k]]).join('\n')].join('\n\n');
    expect(await read(two, 'zh.txt')).toEqual({ signatories: ZH_SIGNED, clauses });
  });

  it('never takes a final clause for a signature, even one about the President of the Republic', async () => {
    const last = 'President of the Example Republic A. Sample will chair the Test Forum, as the President of the Republic proposed.';
    const text = [...EN_BODY, last].join('\n\n');
    expect(await read(text, 'clause.txt')).toEqual({ signatories: [], clauses: [...EN_CLAUSES, last] });
    const russian = 'Президент Примерной Республики предложил провести следующую встречу в Москве.';
    expect(await read([...RU_BODY, russian].join('\n\n'), 'clause-ru.txt')).toMatchObject({ signatories: [] });
    expect((await read(html(EN_BODY, `<p>${last}</p>`), 'clause.html')).clauses).toContain(last);
  });
});
