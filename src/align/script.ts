import { detectLanguage } from '../ingest/language.js';
import { flattenClauses } from '../tree/flatten.js';
import type { Declaration } from '../types.js';
import type { Tokens } from './side.js';

/** Characters of clause text read to guess a language when the metadata names none. */
const SAMPLE = 4000;

/** Is the declaration written in Chinese: `meta.lang` `zh-…`, else detected from its clauses? */
export function isChinese(declaration: Declaration): boolean {
  const lang = declaration.meta.lang ?? detectLanguage(sampleOf(declaration));
  return lang === undefined || lang.toLowerCase().startsWith('zh');
}

/**
 * The fingerprints a comparison uses: character bigrams when both declarations are Chinese (a
 * word there is a run of characters that a segmenter can only guess), stemmed words otherwise.
 */
export function tokensFor(a: Declaration, b: Declaration): Tokens {
  return isChinese(a) && isChinese(b) ? 'bigrams' : 'words';
}

function sampleOf(declaration: Declaration): string {
  let text = '';
  for (const clause of flattenClauses(declaration)) {
    if (text.length >= SAMPLE) break;
    text += `${clause.text}\n`;
  }
  return text;
}
