import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readSimpleFrontMatter } from '../../src/tree/front-matter-lines.js';

/** Scalars that stress YAML: numbers, booleans, dates, indicators, colons, comments, CJK. */
const SCALARS = ['上海合作组织成员国元首理事会莫斯科宣言', '2020-11-10', '2020', '1e3', '0x1F', '.5', 'true', 'No', 'null', '~',
  '- item', 'a: b', 'a:b', 'x #y', '#x', '"quoted"', "'q'", '[1]', '{a}', '&anchor', '*ref', '!tag', '|', '>', '%', '@x', '`x`',
  'seed-2020-moscow.txt', '印度共和国总理 莫迪', ' lead', 'trail ', 'zh-Hans', '莫斯科', 'a\tb', '.inf', '+1', '-1', 'v1.0', 'ok:'];
const scalar = fc.oneof(fc.constantFrom(...SCALARS), fc.string({ maxLength: 8 }));
const record = fc.dictionary(fc.constantFrom('title', 'date', 'place', 'lang', 'source', 'synthetic', 'note'), scalar, { maxKeys: 6 });

describe('readSimpleFrontMatter', () => {
  it('agrees with the YAML library whenever it answers, on what the writer emits', () => {
    fc.assert(fc.property(record, fc.array(scalar, { maxLength: 4 }), (fields, signatories) => {
      const data = signatories.length > 0 ? { ...fields, signatories } : fields;
      const yaml = stringify(data, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
      const simple = readSimpleFrontMatter(yaml);
      if (simple !== null) expect(simple).toEqual(parse(yaml));
    }), { numRuns: 1000 });
  });

  it('agrees with the YAML library on hand-written lines, or declines', () => {
    const line = fc.tuple(fc.constantFrom('title', 'date', 'x'), fc.constantFrom(': ', ':', ':  '), scalar).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(fc.oneof(line, scalar.map((s) => `  - ${s}`)), { minLength: 1, maxLength: 5 }), (lines) => {
      const yaml = lines.join('\n');
      const simple = readSimpleFrontMatter(yaml);
      if (simple === null) return;
      expect(simple).toEqual(parse(yaml));
    }), { numRuns: 1000 });
  });

  it('agrees with the YAML library on double-quoted values, or declines', () => {
    const quoted = fc.oneof(scalar, fc.string({ unit: 'binary', maxLength: 12 })).map((s) => `"${s}"`);
    fc.assert(fc.property(fc.constantFrom('title', 'synthetic'), quoted, fc.array(quoted, { maxLength: 3 }), (key, value, items) => {
      const yaml = [`${key}: ${value}`, ...(items.length > 0 ? ['signatories:', ...items.map((item) => `  - ${item}`)] : [])].join('\n');
      const simple = readSimpleFrontMatter(yaml);
      if (simple === null) return;
      expect(simple).toEqual(parse(yaml));
    }), { numRuns: 1000 });
    expect(readSimpleFrontMatter('synthetic: "Edited copy: date changed; # not a comment"')).toEqual({ synthetic: 'Edited copy: date changed; # not a comment' });
  });

  it('reads the usual declaration front matter without the YAML library', () => {
    const yaml = 'title: 上海合作组织成员国元首理事会莫斯科宣言\ndate: 2020-11-10\nplace: 莫斯科\nsignatories:\n  - 印度共和国总理 莫迪\n  - 俄罗斯联邦总统 普京';
    expect(readSimpleFrontMatter(yaml)).toEqual({
      title: '上海合作组织成员国元首理事会莫斯科宣言', date: '2020-11-10', place: '莫斯科', signatories: ['印度共和国总理 莫迪', '俄罗斯联邦总统 普京'],
    });
  });
});
