import { describe, expect, it } from 'vitest';
import { Links } from '../../src/align/links.js';

describe('Links', () => {
  it('keeps the A partner of each B clause paired one-to-one, and only those', () => {
    const links = new Links(4, 4);
    links.add([0], [1], 1);
    const split = links.add([1], [2, 3], 0.8);
    expect([...links.pairOfB]).toEqual([-1, 0, -1, -1]);
    links.remove(split);
    links.add([2, 3], [0], 0.9);
    expect([...links.pairOfB]).toEqual([-1, 0, -1, -1]);
    links.remove(links.bGroup[1]!);
    expect([...links.pairOfB]).toEqual([-1, -1, -1, -1]);
    expect([...links.aGroup]).toEqual([-1, -1, 2, 2]);
  });

  it('keeps the similarity of the group holding each clause, 0 once unpaired', () => {
    const links = new Links(3, 3);
    links.add([0], [0], 1);
    const merge = links.add([1, 2], [1], 0.75);
    expect([...links.simOfA]).toEqual([1, 0.75, 0.75]);
    expect([...links.simOfB]).toEqual([1, 0.75, 0]);
    links.remove(merge);
    expect([...links.simOfA]).toEqual([1, 0, 0]);
    expect([...links.simOfB]).toEqual([1, 0, 0]);
  });
});
