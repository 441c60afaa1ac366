import { detectLanguage, SAMPLE } from '../ingest/language.js';
import type { Declaration } from '../types.js';
import { flattenClauses } from './flatten.js';

/** Names of the languages declarations come in, by primary language subtag. */
const NAMES: Record<string, string> = { zh: 'Chinese', en: 'English', ru: 'Russian', fr: 'French', und: 'Unknown language' };

/**
 * The language of a declaration, as its primary subtag (`zh` for `zh-Hans` and `zh-Hant` alike,
 * `en`, `ru`): from `lang`, else detected from its title and clauses; undefined when unsure.
 */
export function languageOf(declaration: Declaration): string | undefined {
  return languageTagOf(declaration)?.split('-')[0]!.toLowerCase() || undefined;
}

/** The language tag of a declaration (`zh-Hans`, `zh-Hant`, `en`, `ru`): its `lang`, else the one detected from its text; undefined when unsure. */
export function languageTagOf(declaration: Declaration): string | undefined {
  return declaration.meta.lang ?? detectLanguage(opening(declaration));
}

/** The title and the first clauses, as much text as `detectLanguage` looks at. */
function opening(declaration: Declaration): string {
  const texts = [declaration.meta.title];
  let length = texts[0]!.length;
  for (const clause of flattenClauses(declaration)) {
    if (length >= SAMPLE) break;
    texts.push(clause.text);
    length += clause.text.length + 1;
  }
  return texts.join('\n');
}

/** The English name of a language subtag (`zh` → Chinese); other tags as they are. */
export function languageName(language: string): string {
  return NAMES[language] ?? language;
}
