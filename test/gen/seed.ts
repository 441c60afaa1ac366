import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import type { Declaration, Section } from '../../src/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The real 2020 Moscow declaration: the canonical file when the importer has written it, else the scraped seed split here. */
export function loadSeed(): Declaration {
  const canonical = join(ROOT, 'declarations', '2020-moscow.md');
  if (existsSync(canonical)) return parseCanonicalSync(readFileSync(canonical, 'utf8'));
  return splitSeed(readFileSync(join(ROOT, 'fixtures', 'seed-2020-moscow.txt'), 'utf8'));
}

/** Languages the evaluation has a base document in. */
export type BaseLanguage = 'zh' | 'en' | 'ru';

/**
 * The base document of a language: the real seed for Chinese; for English and Russian a text
 * written for the evaluation (`test/eval/bases/<lang>.md`, labelled synthetic: it imitates no
 * real declaration).
 */
export function loadBase(lang: BaseLanguage): Declaration {
  if (lang === 'zh') return loadSeed();
  return parseCanonicalSync(readFileSync(join(ROOT, 'test', 'eval', 'bases', `${lang}.md`), 'utf8'));
}

/**
 * Split the scraped seed: body between the `## …宣言` title and the signature block; `#` headings
 * become top-level sections (the scrape's heading levels are not reliable); the paragraph cut at `…残` is joined.
 */
export function splitSeed(raw: string): Declaration {
  const lines = raw.split(/\r?\n/);
  const titleAt = lines.findIndex((line) => /^##\s.*宣言\s*$/.test(line));
  const title = lines[titleAt]!.replace(/^#+\s*/, '').trim();
  const paragraphs: string[] = [];
  const signatories: string[] = [];
  for (const line of lines.slice(titleAt + 1)) {
    const text = line.trim();
    if (text === '' || /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(text) || text.startsWith('[字体')) continue;
    if (line.includes('\t')) {
      signatories.push(text.replace(/\t+/, ' '));
      continue;
    }
    if (signatories.length > 0) break;
    paragraphs.push(text);
  }
  const joined: string[] = [];
  for (const text of paragraphs) {
    const last = joined[joined.length - 1];
    if (last !== undefined && !last.startsWith('#') && /\p{Script=Han}$/u.test(last) && !text.startsWith('#')) joined[joined.length - 1] = last + text;
    else joined.push(text);
  }
  const declaration: Declaration = {
    meta: { title, date: '2020-11-10', place: '莫斯科', lang: 'zh-Hans', source: 'fixtures/seed-2020-moscow.txt', signatories, extra: {} },
    preamble: [],
    sections: [],
  };
  let current: Section | undefined;
  for (const text of joined) {
    const heading = /^(#+)\s*(.*)$/.exec(text);
    if (heading) {
      const depth = 2;
      current = { heading: heading[2]!.trim(), depth, clauses: [], children: [] };
      declaration.sections.push(current);
    } else if (current) current.clauses.push(text);
    else declaration.preamble.push(text);
  }
  return declaration;
}
