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

  it('keeps a preamble of considerations apart: each ends with a comma or semicolon and is its own paragraph', () => {
    // SYNTHETIC preambles in the shape English and Russian declarations write them: a paragraph per consideration.
    const english = [
      p('On the tenth anniversary of the Example Organisation, the Member States,'),
      p('noting the growth of their archives and libraries;'),
      p('seeking closer ties between their schools,'),
      p('hereby state the following:'),
    ];
    expect(joinBrokenParagraphs(english)).toEqual(english);
    const russian = [
      p('В десятую годовщину образования Примерной организации государства-члены,'),
      p('отмечая рост обмена архивными документами,'),
      p('стремясь к сближению школ,'),
      p('заявляют о следующем.'),
    ];
    expect(joinBrokenParagraphs(russian)).toEqual(russian);
    // …while a paragraph cut after a comma, whose rest ends the sentence, is still joined.
    expect(joinBrokenParagraphs([p('The Member States welcome the forum,'), p('and call for more.')]))
      .toEqual([p('The Member States welcome the forum, and call for more.')]);
  });

  it('joins a numbered paragraph that a page break cut: a number does not make a long clause a heading (SYNTHETIC)', () => {
    // PDF text: `3. …的国际` at the foot of a page, its end on the next: it was left as two clauses.
    const cut = [p('3. 成员国将继续推动示例组织发挥支柱作用，以示例宪章和国际法为基础，构建更具代表性和更加公平的国际'), p('秩序，尊重文明多样性。')];
    expect(joinBrokenParagraphs(cut)).toEqual([p('3. 成员国将继续推动示例组织发挥支柱作用，以示例宪章和国际法为基础，构建更具代表性和更加公平的国际秩序，尊重文明多样性。')]);
    const latin = [p('12. The member states will continue to support the example organisation and its'), p('partners in the region.')];
    expect(joinBrokenParagraphs(latin)).toEqual([p('12. The member states will continue to support the example organisation and its partners in the region.')]);
    for (const heading of ['3. 经贸合作', '（二）人文合作', '2.1 示例小节']) {
      const blocks = [p(heading), p('成员国领导人举行会议。')];
      expect(joinBrokenParagraphs(blocks), heading).toEqual(blocks);
    }
  });

  it('never joins a stamp, source line, byline, date line or numbered heading to the next paragraph', () => {
    // SYNTHETIC furniture in the shapes real pages give it.
    for (const line of ['2022年09月17日07:53  来源:示例报', '来源：示例网', '新华社记者 张三', '2020年11月10日于示例市', '一、安全合作', '时间: 来源:示例网 访问量:']) {
      const blocks = [p(line), p('成员国领导人举行会议，并发表宣言如下：')];
      expect(joinBrokenParagraphs(blocks)).toEqual(blocks);
    }
  });
});
