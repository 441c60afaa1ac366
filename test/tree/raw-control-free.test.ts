import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsHoldRawControls } from '../../src/render/json.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import { parseCanonical } from '../../src/tree/markdown-read.js';
import { knownFreeOfRawControls } from '../../src/tree/raw-control-free.js';

const ROOT = join(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'declarations/2020-moscow.md'), 'utf8');

/** The seed with `insert` put into its text at `where` (a string found in it, replaced by itself plus `insert`). */
const withInserted = (where: string, insert: string): string => {
  expect(SEED).toContain(where);
  return SEED.replace(where, `${where}${insert}`);
};

/**
 * The canonical line reader tells, as it reads, whether a file's headings and clauses hold a
 * character the JSON report escapes, so that the report does not scan them again; a file that
 * holds one is scanned as before, whatever form the character takes in the file.
 */
describe('declarations known to hold no raw controls', () => {
  it('are the canonical files read line by line that hold none', async () => {
    expect(knownFreeOfRawControls(parseCanonicalSync(SEED))).toBe(true);
    expect(knownFreeOfRawControls(await parseCanonical(SEED))).toBe(true);
    const revised = readFileSync(join(ROOT, 'fixtures/synthetic-2020-moscow-revised.md'), 'utf8');
    expect(knownFreeOfRawControls(await parseCanonical(revised))).toBe(true);
  });

  const firstClause = SEED.split('\n').find((line) => line.startsWith('国际关系'))!;
  const heading = SEED.split('\n').find((line) => line.startsWith('## '))!;
  const shapes: Array<[string, string, string]> = [
    ['a bidi override in a clause', firstClause.slice(0, 8), '\u202e'],
    ['a C1 control in a clause', firstClause.slice(0, 8), '\u0085'],
    ['a line separator in a clause', firstClause.slice(0, 8), '\u2028'],
    ['a direction mark at the start of a line', `\n${firstClause.slice(0, 4)}`, ''],
    ['a mark in a heading', heading, '\u200f'],
    ['a decimal reference to a C1 control', firstClause.slice(0, 8), '&#133;'],
    ['a decimal reference to an isolate', heading, '&#8294;'],
  ];
  // What the report would have to escape: the declaration's own strings, as the reader made them.
  const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u206f]/;
  it.each(shapes)('with %s, are found to hold it when they do', async (_shape, where, insert) => {
    const text = insert === '' ? SEED.replace(where, `\n\u200e${where.slice(1)}`) : withInserted(where, insert);
    for (const declaration of [parseCanonicalSync(text), await parseCanonical(text)]) {
      const holds = RAW.test(JSON.stringify(declaration));
      expect(inputsHoldRawControls([declaration], ['a'])).toBe(holds);
      if (holds) expect(knownFreeOfRawControls(declaration)).toBe(false);
    }
  });

  it('with a character in any of those forms, mostly hold it (a reference to a C1 control reads as another character)', async () => {
    const holding = shapes.filter(([, where, insert]) => RAW.test(JSON.stringify(parseCanonicalSync(insert === '' ? SEED.replace(where, `\n\u200e${where.slice(1)}`) : withInserted(where, insert)))));
    expect(holding.map(([shape]) => shape)).toEqual(shapes.map(([shape]) => shape).filter((shape) => shape !== 'a decimal reference to a C1 control'));
  });

  it('are checked for their title, date and source all the same', async () => {
    const titled = SEED.replace(/^title: (.*)$/m, (_line, title: string) => `title: "${title}\\u202e"`);
    expect(titled).not.toBe(SEED);
    const declaration = await parseCanonical(titled);
    expect(declaration.meta.title).toContain('\u202e');
    expect(inputsHoldRawControls([declaration], ['a'])).toBe(true);
  });
});
