import { describe, expect, it } from 'vitest';
import { Diagonal } from '../../src/align/diagonal.js';
import { matchExactSides } from '../../src/align/exact.js';
import { Links } from '../../src/align/links.js';
import { markMoves } from '../../src/align/moves.js';
import { alignSections } from '../../src/align/sections.js';
import { prepareSide } from '../../src/align/side.js';
import { matchSimilar } from '../../src/align/similarity.js';
import { detectSplitMerge } from '../../src/align/split-merge.js';
import type { Declaration } from '../../src/types.js';
import { doc } from './docs.js';

/** Run the steps by hand up to exact matching. */
function start(a: Declaration, b: Declaration) {
  const sideA = prepareSide(a);
  const sideB = prepareSide(b);
  const links = new Links(sideA.size, sideB.size);
  matchExactSides(sideA, sideB, links);
  return { sideA, sideB, links };
}
const groups = (links: Links) => links.inBOrder().map((g) => `${g.from.join(',')}>${g.to.join(',')}`);

const S1 = '成员国强调，应继续深化交通领域合作，包括建设新的国际和区域交通走廊。';
const S2 = '成员国支持上合组织秘书处同联合国及其专门机构开展合作。';
const S3 = '成员国欢迎举办上合组织青年交流营和青年创业国际论坛。';
const S4 = '成员国注意到关于建立上合组织成员国科技园区库的倡议。';

describe('Diagonal', () => {
  it('expects an unpaired clause between its anchors', () => {
    const { links } = start(doc([S1, S2, S3]), doc([S1, '新的条款', S3]));
    const place = new Diagonal(links, 3, 3).forB(1);
    expect(place).toEqual({ expected: 1, lo: 0, hi: 2 });
  });
});

describe('matchSimilar', () => {
  it('pairs a lightly reworded clause and leaves unrelated ones alone', () => {
    const { sideA, sideB, links } = start(doc([S1, S2, S3]), doc([S1, S2.replace('支持', '注意到'), S4]));
    matchSimilar(sideA, sideB, links);
    expect(groups(links)).toEqual(['0>0', '1>1']);
    expect(links.ofB(1)!.sim).toBeGreaterThan(0.5);
  });

  it('finds a reworded clause moved far away through the index', () => {
    const filler = Array.from({ length: 60 }, (_, k) => `第${k}条：成员国将继续在各领域开展务实合作，编号${k * 7919}。`);
    const a = doc([S2, ...filler]);
    const b = doc([...filler, S2.replace('支持', '积极支持')]);
    const { sideA, sideB, links } = start(a, b);
    matchSimilar(sideA, sideB, links);
    expect(links.ofA(0)?.to).toEqual([60]);
  });
});

describe('detectSplitMerge', () => {
  it('finds a clause split in two at 。 and two clauses merged into one', () => {
    const a = doc([S1, S2 + S3, S4]);
    const b = doc([S1, S2, S3.replace('欢迎', '赞赏'), S4]);
    const { sideA, sideB, links } = start(a, b);
    matchSimilar(sideA, sideB, links);
    detectSplitMerge(sideA, sideB, links);
    expect(groups(links)).toEqual(['0>0', '1>1,2', '2>3']);
    const back = start(b, a);
    matchSimilar(back.sideA, back.sideB, back.links);
    detectSplitMerge(back.sideA, back.sideB, back.links);
    expect(groups(back.links)).toEqual(['0>0', '1,2>1', '3>2']);
  });

  it('leaves well-matched clauses alone when switched off by not being called', () => {
    const { sideA, sideB, links } = start(doc([S1, S2]), doc([S1, S2]));
    detectSplitMerge(sideA, sideB, links);
    expect(groups(links)).toEqual(['0>0', '1>1']);
  });
});

describe('alignSections and markMoves', () => {
  it('pairs sections, orders removed ones after their predecessor, ranks A sections in B order', () => {
    const a = doc([], [['甲', [S1]], ['乙', [S2]], ['丙', [S3]]]);
    const b = doc([], [['丙', [S3]], ['甲', [S1]]]);
    const { sideA, sideB, links } = start(a, b);
    const sections = alignSections(sideA, sideB, links);
    expect(sections.links.map((l) => `${l.from}>${l.to} ${l.status}${l.moved ? ' moved' : ''}`)).toEqual([
      '0>0 matched',
      '3>1 matched moved',
      '1>2 matched',
      '2>null removed',
    ]);
    expect([...sections.partnerOfA]).toEqual([0, 2, -1, 1]);
    expect(markMoves(links.inBOrder(), sideA, sideB, sections)).toEqual([false, false]);
  });

  it('flags a pair off the longest chain within a section', () => {
    const a = doc([S1, S2, S3, S4]);
    const b = doc([S4, S1, S2, S3]);
    const { sideA, sideB, links } = start(a, b);
    const sections = alignSections(sideA, sideB, links);
    expect(markMoves(links.inBOrder(), sideA, sideB, sections)).toEqual([true, false, false, false]);
  });
});
