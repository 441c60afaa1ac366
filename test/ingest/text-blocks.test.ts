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

describe('plain text without blank lines (the wrapped rendering with its blank lines taken out)', () => {
  it('still gives the seed clauses, headings, signatures and date', async () => {
    const { readFileSync } = await import('node:fs');
    const { expectImportsAsSeed, fixture } = await import('./seed-paths.js');
    const dense = readFileSync(fixture('renderings/2020-moscow.wrapped-crlf.txt'), 'utf8').replace(/\r\n\r\n/g, '\r\n');
    expect(dense).not.toMatch(/\r\n\r\n/);
    await expectImportsAsSeed(dense);
  });

  it('gives the seed clauses from the seed page with its blank lines taken out (a paragraph a line, no indent)', async () => {
    const { readFileSync } = await import('node:fs');
    const { expectImportsAsSeed, SEED } = await import('./seed-paths.js');
    const seedText = readFileSync(SEED, 'utf8');
    for (const newline of ['\n', '\r\n']) await expectImportsAsSeed(seedText.split('\n').filter((line) => line.trim() !== '').join(newline));
  });

  it('reads English plain text with a paragraph a line, and still joins the hard wraps of a wrapped paragraph', async () => {
    const { importBytes } = await import('../../src/ingest/index.js');
    const { flattenClauses } = await import('../../src/tree/flatten.js');
    // SYNTHETIC text, invented for this test.
    const text = [
      'Synthetic Test Declaration of the Example Forum',
      'I. Security',
      'The Member States support the work of the Regional Anti-Terrorist Structure of the example.',
      'The Member States note the importance of cooperation against drug trafficking.',
      'II. Economy',
      'The Member States welcome the plan.',
      '',
      'This paragraph of the synthetic example is hard-wrapped at about seventy',
      'characters a line, as a text editor would wrap it, and its lines must be',
      'joined into one clause.',
    ].join('\n');
    const clauses = flattenClauses(await importBytes(new TextEncoder().encode(text))).map((clause) => [clause.section, clause.text]);
    expect(clauses).toEqual([
      ['I. Security', 'The Member States support the work of the Regional Anti-Terrorist Structure of the example.'],
      ['I. Security', 'The Member States note the importance of cooperation against drug trafficking.'],
      ['II. Economy', 'The Member States welcome the plan.'],
      ['II. Economy', 'This paragraph of the synthetic example is hard-wrapped at about seventy characters a line, as a text editor would wrap it, and its lines must be joined into one clause.'],
    ]);
  });
});
