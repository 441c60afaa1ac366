import { describe, expect, it } from 'vitest';
import { joinBrokenParagraphs } from '../../../src/ingest/repair/broken-paragraphs.js';
import type { Block } from '../../../src/tree/blocks.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', depth: 2, text });

describe('joinBrokenParagraphs', () => {
  it('joins a paragraph ending in an ideograph to the next one with no separator', () => {
    expect(joinBrokenParagraphs([p('加强奥林匹克运动会、残'), p('奥会及民族体育项目合作。'), p('下一段。')]))
      .toEqual([p('加强奥林匹克运动会、残奥会及民族体育项目合作。'), p('下一段。')]);
  });

  it('keeps paragraphs that end with closing punctuation, and never joins across a heading', () => {
    const blocks = [p('成员国认为：'), p('第一。'), p('未完'), h('安全合作'), p('成员国。')];
    expect(joinBrokenParagraphs(blocks)).toEqual(blocks);
  });

  it('joins Latin text cut mid-sentence with one space when the rest starts in lower case', () => {
    expect(joinBrokenParagraphs([p('The Member States'), p('agree on this.'), p('New paragraph'), p('Another one.')]))
      .toEqual([p('The Member States agree on this.'), p('New paragraph'), p('Another one.')]);
  });
});
