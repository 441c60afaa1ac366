import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli, tempDir } from '../support/cli.js';

/**
 * Issue 23, item 2: no input hangs. Each adversarial input of about 1 MB (a run that makes a
 * backtracking regular expression or a recursive parser quadratic or worse) goes through
 * `normalise` in a real process, which must end (a result or a one-line refusal) well within a
 * generous budget: a benchmark-style check, not a tight timing. The process is killed past it.
 */

const MB = 1 << 20;
const BUDGET_MS = 10_000;

/** `unit` repeated to about `size` characters. */
function run(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

/** A small declaration around a hostile piece, so that every stage of the importer sees it. */
function around(piece: string): string {
  return `Moscow Declaration of the Council of Heads of State\n\nMoscow, 10 November 2020\n\nThe member states met in Moscow.\n\n${piece}\n\nThe member states noted the importance of cooperation.\n`;
}

const CASES: Record<string, string> = {
  'empty HTML comments (HTML_START)': `${run('<!---->')}x`,
  'empty HTML comments then html': `${run('<!---->')}<html>`,
  'runs of [ (MARKDOWN_SIGNS)': run('['),
  'runs of [a]( (MARKDOWN_SIGNS)': run('[a]('),
  'a last line with a run of U+2003 (OTHER_LINE)': around(`President${run('\u2003')}x`),
  'a last line with a run of spaces (OTHER_LINE)': around(`President of the Republic${run(' ')}x`),
  'a line of spaces between letters (trims)': around(`x${run(' ')}x`),
  'a line of ideographic spaces between letters (one-line text)': around(`x${run('\u3000')}x`),
  'digits and spaces (dates)': around(run('12 ')),
  'day and month without a year (dates)': around(run('12 November ')),
  'months with spaces (dates)': around(run('November   ')),
  'Russian days (dates)': around(run('12 ноября ')),
  'ISO-like digits (dates)': around(run('2020-11-')),
  'a long title (place)': `${run('上海合作组织莫斯科')}宣言\n\n2020年11月10日\n\n成员国指出。\n`,
  'a long English title (place)': `${run('Declaration of the Shanghai Cooperation Organisation in ')}Moscow\n\n10 November 2020\n\nThe member states met.\n`,
  'dashes list (micromark)': run('- '),
  'nested list 3000 deep (micromark)': around(Array.from({ length: 3000 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n')),
  'nested block quotes (micromark)': around(run('> ', 40_000)),
  'emphasis runs (micromark)': around(`# Title\n\n${run('*a _b ')}`),
  'brackets and parentheses in Markdown': `# Title\n\n${run('[(')}`,
  'backticks (micromark)': `# Title\n\n${run('`a ')}`,
  'full stops and spaces (sentences)': around(run('a. ')),
  'a long line without punctuation': around(run('word ')),
  'one long Chinese line': around(run('成员国')),
  'tabs': around(run('\t')),
  'numbering (formula)': around(run('(1) ')),
  'HTML tags': `<html><body>${run('<div>')}`,
  'an HTML fragment': `<p>${run('<b a=')}`,
};

describe('no input hangs', () => {

  const dir = tempDir('clausewise-hang-');

  it.each(Object.entries(CASES))('%s', (name, text) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, text);
    const start = performance.now();
    const result = spawnCli(['normalise', file], { timeout: BUDGET_MS * 3 });
    const elapsed = performance.now() - start;
    expect(result.signal, `${name}: killed after ${elapsed.toFixed(0)} ms`).toBeNull();
    expect(result.code === 0 || result.code === 2, result.stderr).toBe(true);
    if (result.code === 2) expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(elapsed, name).toBeLessThan(BUDGET_MS);
  }, BUDGET_MS * 4);
});
