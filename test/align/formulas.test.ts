import { describe, expect, it } from 'vitest';
import { RunCounter } from '../../src/align/formulas.js';
import { prepareSide } from '../../src/align/side.js';
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
