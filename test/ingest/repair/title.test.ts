import { describe, expect, it } from 'vitest';
import { findTitle } from '../../../src/ingest/repair/title.js';
import type { Block } from '../../../src/tree/blocks.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', depth: 2, text });

describe('findTitle', () => {
  it('takes the first heading that names a declaration and drops what precedes it', () => {
    expect(findTitle([h('外交部'), p('搜索'), h('上海合作组织成员国元首理事会莫斯科宣言'), p('正文。')]))
      .toEqual({ title: '上海合作组织成员国元首理事会莫斯科宣言', blocks: [p('正文。')] });
    expect(findTitle([h('Moscow Declaration'), p('Text.')]).title).toBe('Moscow Declaration');
    expect(findTitle([h('Московская декларация'), p('Текст.')]).title).toBe('Московская декларация');
  });

  it('takes a title line that scraping ran into the date line under it, keeping the date as text', () => {
    // SYNTHETIC lines.
    const blocks = [p('Synthetic Test Declaration of the Example Forum\nMoscow, 10 November 2020'), h('I. Security'), p('Text.')];
    expect(findTitle(blocks)).toEqual({
      title: 'Synthetic Test Declaration of the Example Forum',
      blocks: [p('Moscow, 10 November 2020'), h('I. Security'), p('Text.')],
    });
    // Not a title line followed by anything else: a wrapped title or a paragraph stays as it was.
    expect(findTitle([p('Synthetic Test Declaration of the\nExample Forum'), h('I. Security'), p('Text.')]).title).toBe('I. Security');
  });

  it('falls back to the first heading, and to no title without headings', () => {
    expect(findTitle([p('前言。'), h('会议纪实'), p('正文。')])).toEqual({ title: '会议纪实', blocks: [p('正文。')] });
    expect(findTitle([p('正文。')])).toEqual({ blocks: [p('正文。')] });
  });
});
