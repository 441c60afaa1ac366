import { describe, expect, it } from 'vitest';
import { assignHeadingLevels, numberingRank } from '../../../src/ingest/repair/heading-levels.js';
import type { Block } from '../../../src/tree/blocks.js';

const h = (text: string, depth = 4): Block => ({ kind: 'heading', depth, text });
const depths = (blocks: Block[]): Array<[string, number]> => blocks.flatMap((block) => (block.kind === 'heading' ? [[block.text, block.depth] as [string, number]] : []));

describe('assignHeadingLevels', () => {
  it('flattens unnumbered headings to one level, whatever the page styled them as', () => {
    expect(depths(assignHeadingLevels([h('安全合作', 3), h('议会合作', 4), h('人文合作', 2)])))
      .toEqual([['安全合作', 2], ['议会合作', 2], ['人文合作', 2]]);
  });

  it('derives levels from the numbering styles present: 一、 > （一） > 1. > （1）', () => {
    const blocks = [h('一、政治合作'), h('（一）安全合作'), h('1. 反恐'), h('（1）网络'), h('二、经济合作'), h('附件')];
    expect(depths(assignHeadingLevels(blocks))).toEqual([
      ['一、政治合作', 2], ['（一）安全合作', 3], ['1. 反恐', 4], ['（1）网络', 5], ['二、经济合作', 2], ['附件', 2],
    ]);
  });

  it('makes the outermost style present the top level', () => {
    expect(depths(assignHeadingLevels([h('（一）安全合作'), h('1. 反恐'), h('（二）经济合作')])))
      .toEqual([['（一）安全合作', 2], ['1. 反恐', 3], ['（二）经济合作', 2]]);
  });

  it('does not take a number that starts a heading text for numbering', () => {
    expect(numberingRank('2020年是第二次世界大战胜利75周年')).toBeUndefined();
    expect(numberingRank('1.5亿美元')).toBeUndefined();
    expect(numberingRank('一、安全合作')).toBe(0);
  });
});
