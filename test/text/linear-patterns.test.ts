import { describe, expect, it } from 'vitest';
import { htmlStart, detectForm } from '../../src/ingest/detect-form.js';
import { cleanLines } from '../../src/ingest/repair/characters.js';
import { signatoryLine } from '../../src/ingest/repair/signatures.js';
import { initiativesInSentenceEn } from '../../src/timeline/initiative-en.js';
import { findGazetteerNamesRu } from '../../src/timeline/entities-ru.js';
import { initiativesInSentenceRu } from '../../src/timeline/initiative-ru.js';
import { initiativesInSentenceZh } from '../../src/timeline/initiative-zh.js';
import { extractInstrumentsRu } from '../../src/timeline/instruments.js';
import { escapeMarkdown } from '../../src/tree/escape-markdown.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { trimWhere } from '../../src/text/trim-where.js';

/**
 * Issue 23, item 2: the patterns run on user text are linear. Each is run on adversarial strings
 * of 1 MB (runs that make a backtracking pattern quadratic or exponential) within a generous
 * budget: a benchmark-style check, not a tight timing (quadratic on 1 MB takes minutes).
 */

const MB = 1 << 20;
const BUDGET_MS = 3_000;
const run = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length));

function within(name: string, work: () => unknown): void {
  const start = performance.now();
  work();
  expect(performance.now() - start, name).toBeLessThan(BUDGET_MS);
}

describe('patterns on user text are linear (1 MB adversarial inputs)', () => {
  it('HTML_START: runs of empty comments', () => {
    within('comments then x', () => expect(htmlStart(`${run('<!---->')}x`)).toBe(false));
    within('comments then html', () => expect(htmlStart(`${run('<!---->')}\n<html>`)).toBe(true));
    within('an open comment', () => expect(htmlStart(`<!--${run('<!--')}`)).toBe(false));
    expect(htmlStart('  <!-- a --> <!----><!DOCTYPE html>')).toBe(true);
    expect(htmlStart('<!-- a --> text <html>')).toBe(false);
  });

  it('MARKDOWN_SIGNS: runs of [ and [a](', () => {
    within('[', () => expect(detectForm(run('['))).toBe('text'));
    within('[a](', () => expect(detectForm(run('[a]('))).toBe('text'));
    within('[(', () => detectForm(run('[(')));
    expect(detectForm('see [the text](https://example.org) here')).toBe('markdown');
  });

  it('OTHER_LINE: whitespace runs in a signature line', () => {
    within('U+2003', () => signatoryLine(`President${run('\u2003')}x\ty`));
    within('spaces', () => signatoryLine(`President of the Republic${run(' ')}x\ty`));
    expect(signatoryLine('President of the Republic  A. Name')).toBe('President of the Republic A. Name');
  });

  it('trims: runs of spaces inside a line', () => {
    within('spaces', () => expect(cleanLines(`x${run(' ')}x`).length).toBe(MB + 2));
    within('U+3000', () => cleanLines(`x${run('\u3000')}x`));
    within('trimWhere', () => trimWhere(`x${run(' ')}x`, (ch) => ch === ' '));
    expect(cleanLines('\u3000 a b \t\n\n  c')).toBe('a b\nc');
  });

  it('Markdown escaping and front matter: runs of spaces', () => {
    within('escapeMarkdown', () => escapeMarkdown(`x${run(' ')}x`));
    expect(escapeMarkdown('  a b ')).toBe('&#32;&#32;a b&#32;');
    expect(escapeMarkdown('  ')).toBe('&#32;&#32;');
    expect(toMarkdown({ meta: { title: 'T  x ', signatories: [], extra: {} }, preamble: [], sections: [] })).toContain('title: T  x\n');
    within('toMarkdown clause', () => toMarkdown({ meta: { title: 'T', signatories: [], extra: {} }, preamble: [`x${run('\u3000')}x`], sections: [] }));
    expect(toMarkdown({ meta: { title: 'T', signatories: [], extra: {} }, preamble: [' a  b \n\n \r\n c '], sections: [] })).toContain('\na  b c\n');
  });

  it('initiatives: long runs before the word', () => {
    within('capitals then (', () => initiativesInSentenceEn(`${run('Abc ', MB / 8)}(initiative of China`));
    within('many initiatives', () => initiativesInSentenceEn(run('Abc Def (Initiative ', MB / 8)));
    within('zh gist', () => initiativesInSentenceZh(`${run('，', MB / 8)}倡议${run('，', MB / 8)}x`));
  });

  it('Russian initiatives, names and «…»: long sentences without a comma, unbalanced marks (SYNTHETIC text)', () => {
    within('ru many initiatives, no comma', () => initiativesInSentenceRu(run('инициатива России о садах ', MB / 8)));
    within('ru many held at', () => initiativesInSentenceRu(run('ярмарка проведенная по инициативе Казахстана ', MB / 8)));
    within('ru named, unbalanced', () => initiativesInSentenceRu(run('инициативу «сад ', MB / 8)));
    within('ru spaces before the word', () => initiativesInSentenceRu(`${run(' ', MB)}по инициативе Монголии`));
    within('ru names', () => findGazetteerNamesRu(run('Республики Республики Казахстан ', MB)));
    within('ru guillemets', () => extractInstrumentsRu(run('«', MB)));
    within('ru quotes', () => extractInstrumentsRu(run('“«"', MB)));
  });
});
