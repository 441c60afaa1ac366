import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLineParagraphs } from '../../../src/ingest/repair/line-paragraphs.js';
import { joinHardWraps } from '../../../src/ingest/repair/hard-wraps.js';
import { seedClauses } from '../../render/build-diff.js';

/** Wrap a text at `columns` display columns (CJK characters take two), as a text editor would. */
function wrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const ch of text) {
    const w = /[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1;
    if (width + w > columns) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}

describe('splitLineParagraphs', () => {
  const clauses = seedClauses().map((clause) => clause.text);

  it('leaves a single line, and a hard-wrapped paragraph, as they are', () => {
    expect(splitLineParagraphs('成员国强调。')).toEqual(['成员国强调。']);
    const wrapped = wrap(clauses[4]!, 60).join('\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(2);
    expect(splitLineParagraphs(wrapped)).toEqual([wrapped]);
  });

  it('gives every line of a block that is a paragraph a line, even of like lengths', () => {
    expect(splitLineParagraphs('成员国强调合作十分重要。\n成员国指出发展十分重要。')).toEqual(['成员国强调合作十分重要。', '成员国指出发展十分重要。']);
    expect(splitLineParagraphs('安全合作\n成员国强调合作十分重要。')).toEqual(['安全合作', '成员国强调合作十分重要。']);
  });

  it('ends a wrapped paragraph at its short last line, and stands a short heading alone', () => {
    // SYNTHETIC paragraphs made of seed phrases, wrapped at 40 columns (20 ideographs).
    const first = '成员国指出，恐怖主义、分裂主义、极端主义、非法贩运麻醉药品、跨国有组织犯罪威胁日益加剧。';
    const second = '成员国重申，坚定支持联合国作为综合性多边组织，在维护国际和平与安全中发挥中心协调作用。';
    const lines = ['安全合作', ...wrap(first, 40), ...wrap(second, 40)];
    expect(lines.map((line) => [...line].length)).toEqual([4, 20, 20, 4, 20, 20, 3]);
    expect(splitLineParagraphs(lines.join('\n')).map(joinHardWraps)).toEqual(['安全合作', first, second]);
  });

  it('gives back any run of seed paragraphs written a paragraph a line (property)', () => {
    // Not the paragraph that scraping cut after `残`: a line ending inside a sentence continues.
    const whole = clauses.filter((clause) => /[。：；！？]$/u.test(clause));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...whole), { minLength: 2, maxLength: 12 }), (run) => {
        expect(splitLineParagraphs(run.join('\n'))).toEqual(run);
      }),
      { numRuns: 300 },
    );
  });

  it('joins back any seed clause hard-wrapped at 40 to 80 columns (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...clauses), fc.integer({ min: 40, max: 80 }), (clause, columns) => {
        const lines = wrap(clause, columns);
        // A wrap right after a full stop reads the same as two paragraphs, a line each: ambiguous,
        // taken as two (5 of the 5,000 wraps of the seed's clauses at these widths).
        fc.pre(lines.slice(0, -1).every((line) => !/[。：；！？]$/u.test(line)));
        expect(splitLineParagraphs(lines.join('\n')).map(joinHardWraps)).toEqual([clause]);
      }),
      { numRuns: 300 },
    );
  });
});
