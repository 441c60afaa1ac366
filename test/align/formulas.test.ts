import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RunCounter } from '../../src/align/formulas.js';
import { prepareSide, type Side } from '../../src/align/side.js';
import { doc } from './docs.js';

describe('RunCounter: runs that many clauses share are formulas', () => {
  it('counts the clauses of both sides that begin or end with the same units', () => {
    const a = prepareSide(doc(['成员国注意到甲方关于建立合作机制的倡议，愿积极参与。', '成员国注意到甲方关于建立合作机制的倡议，将加强交流。', '完全不同的条款。']));
    const b = prepareSide(doc(['成员国注意到甲方关于建立合作机制的倡议，支持落实。', '另一条完全不同的条款，将加强交流。']));
    const counter = new RunCounter(a, b);
    // The opening up to the comma: 19 characters, 18 bigrams, shared by three clauses.
    expect(counter.count(0, 18)).toBe(3);
    // The common end of a2 and b2 (将加强交流。, 5 bigrams).
    expect(counter.count(1, -5)).toBe(2);
    expect(counter.count(2, 3)).toBe(1);
  });
});

/**
 * The count as first written: the clauses of both sides whose first (or last) six characters past
 * whitespace hash to the A clause's, and that begin (or end) with its run. The counter compares
 * the six characters themselves, which differs only where two keys' hashes collide.
 */
function referenceCount(a: Side, b: Side, index: number, run: number): number {
  const atEnd = run < 0;
  const length = Math.abs(run);
  const hash = (text: string) => {
    let key = 0;
    let start = 0;
    let end = text.length;
    if (atEnd) while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
    else while (start < text.length && (text.charCodeAt(start) <= 0x20 || text.charCodeAt(start) === 0x3000)) start++;
    for (let k = atEnd ? Math.max(0, end - 6) : start; k < (atEnd ? end : Math.min(text.length, start + 6)); k++) key = (Math.imul(key, 65599) + text.charCodeAt(k)) | 0;
    return key;
  };
  const text = a.texts[index]!;
  const units = a.units(index);
  const raw = atEnd ? text.trimEnd().slice(-(length + 1)) : text.trimStart().slice(0, length + 1);
  let count = 0;
  for (const side of [a, b]) {
    for (let i = 0; i < side.size; i++) {
      const other = side.texts[i]!;
      if (hash(other) !== hash(text)) continue;
      if (a.tokens === 'bigrams') {
        if (atEnd ? other.trimEnd().endsWith(raw) : other.trimStart().startsWith(raw)) count++;
        continue;
      }
      const words = side.units(i);
      if (words.length >= length && Array.from({ length }, (_, k) => (atEnd ? words[words.length - 1 - k] === units[units.length - 1 - k] : words[k] === units[k])).every(Boolean)) count++;
    }
  }
  return count;
}

describe('RunCounter: every question answered as one count would', () => {
  // Few distinct pieces, so that clauses often share their beginnings and ends, with whitespace
  // that the key and the raw comparison trim differently (U+3000, U+00A0, a tab).
  const chinese = fc.array(fc.constantFrom('成员国', '注意到', '关于', '建立', '，', '。', '合作', '机制', ' ', '\u3000', '\u00a0', '\t'), { maxLength: 10 }).map((parts) => parts.join(''));
  const english = fc.array(fc.constantFrom('Member', 'member', 'states', 'States', 'note', 'noted', 'the', 'The', 'initiative', 'of', ',', ' ', '  ', '\u00a0', '\t'), { maxLength: 12 }).map((parts) => parts.join(' '));

  for (const [tokens, text] of [['bigrams', chinese], ['words', english]] as const) {
    it(`${tokens}: countAll gives, for each question, what the reference count gives (up to enough)`, () => {
      const docs = fc.tuple(fc.array(text, { minLength: 1, maxLength: 12 }), fc.array(text, { maxLength: 12 }));
      fc.assert(fc.property(docs, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 }), fc.boolean()), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 4 }), ([textsA, textsB], asked, enough) => {
        const a = prepareSide(doc(textsA), tokens);
        const b = prepareSide(doc(textsB), tokens);
        const queries = asked.map(([k, length, atEnd]) => ({ a: k % a.size, run: atEnd ? -length : length }));
        const counts = new RunCounter(a, b).countAll(queries, enough);
        queries.forEach(({ a: index, run }, k) => expect(counts[k]).toBe(Math.min(enough, referenceCount(a, b, index, run))));
        queries.forEach(({ a: index, run }) => expect(new RunCounter(a, b).count(index, run)).toBe(referenceCount(a, b, index, run)));
      }), { numRuns: 500 });
    });
  }
});
