import { describe, expect, it } from 'vitest';
import { matchExactSides } from '../../src/align/exact.js';
import { Links } from '../../src/align/links.js';
import { prepareSide } from '../../src/align/side.js';
import { doc } from './docs.js';

const X = '成员国强调，应继续深化交通领域合作，包括建设新的国际和区域交通走廊。';
const Y = '成员国支持上合组织秘书处同联合国及其专门机构开展合作。';
const Z = '成员国欢迎举办上合组织青年交流营和青年创业国际论坛。';

/** The exact step alone, as `a>b` pairs (0-based) in B order. */
function exactPairs(a: string[], b: string[]): string[] {
  const sideA = prepareSide(doc(a));
  const sideB = prepareSide(doc(b));
  const links = new Links(sideA.size, sideB.size);
  matchExactSides(sideA, sideB, links);
  return links.inBOrder().map((group) => `${group.from.join(',')}>${group.to.join(',')}`);
}

describe('matchExactSides', () => {
  it('pairs unique texts wherever they are', () => {
    expect(exactPairs([X, Y, Z], [Z, X, '新的条款'])).toEqual(['2>0', '0>1']);
  });

  it('pairs texts equal after folding (width, spaces, script)', () => {
    expect(exactPairs([Y], [`${Y.replace('，', ', ')} `.replace('组织', '組織')])).toEqual(['0>0']);
  });

  it('pairs each copy of a repeated text with the nearest copy; extra copies stay unpaired', () => {
    expect(exactPairs([X, Y, Z, Y], [X, Y, Z])).toEqual(['0>0', '1>1', '2>2']);
  });
});
