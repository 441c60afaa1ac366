import { detectLanguage } from '../ingest/language.js';
import type { Declaration } from '../types.js';
import { flattenClauses } from './flatten.js';

/** Names of the languages declarations come in, by primary language subtag. */
const NAMES: Record<string, string> = { zh: 'Chinese', en: 'English', ru: 'Russian', fr: 'French', und: 'Unknown language' };

/**
 * The language of a declaration, as its primary subtag (`zh` for `zh-Hans` and `zh-Hant` alike,
 * `en`, `ru`): from `lang`, else detected from its title and clauses; undefined when unsure.
 */
export function languageOf(declaration: Declaration): string | undefined {
  const tag = declaration.meta.lang ?? detectLanguage([declaration.meta.title, ...flattenClauses(declaration).map((clause) => clause.text)].join('\n'));
  return tag?.split('-')[0]!.toLowerCase() || undefined;
}

/** The English name of a language subtag (`zh` → Chinese); other tags as they are. */
export function languageName(language: string): string {
  return NAMES[language] ?? language;
}
