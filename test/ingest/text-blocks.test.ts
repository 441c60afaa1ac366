import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/ingest/text-blocks.js';

const texts = (text: string): string[] => textToBlocks(text).map((block) => block.text);

describe('textToBlocks', () => {
  it('splits paragraphs at blank lines (including lines of U+3000) and keeps hard wraps as newlines', () => {
    expect(texts('第一段第一行\n第一段第二行\n\u3000\u3000\n第二段')).toEqual(['第一段第一行\n第一段第二行', '第二段']);
  });

  it('starts a new paragraph at an indented line when the run mixes indented and flush lines', () => {
    expect(texts('安全合作\n\u3000\u3000成员国指出，恐怖\n主义。\n\u3000\u3000成员国认为。')).toEqual(['安全合作', '\u3000\u3000成员国指出，恐怖\n主义。', '\u3000\u3000成员国认为。']);
  });

  it('keeps a run whose lines are all indented alike as one paragraph', () => {
    expect(texts('  one line\n  two line')).toEqual(['  one line\n  two line']);
  });
});
