import { flattenClauses } from '../tree/flatten.js';
import type { Declaration } from '../types.js';
import { openingFormula } from './dates/formula.js';

/** A title naming the document as a declaration, statement or communiqué, in Chinese, English or Russian. */
const TITLE_WORD = [
  /宣言|声明|聲明|公报|公報/u,
  /\b(?:Declaration|DECLARATION|Statement|STATEMENT|Communiqu[eé]|COMMUNIQU[EÉ])\b/u,
  /декларац|заявлени|коммюнике/iu,
];
/** What code, JSON and shell lines have and titles do not. */
const CODE = /[`{}<>=$;|\\]|&&|"\s*:|\/\/|\.(?:md|json|[cm]?[jt]sx?|py|txt)\b/u;
/** How many clauses from the start the opening formula may be. */
const FORMULA_REACH = 16;

/**
 * A comment site's label before a headline (`示例时评：`, `解读｜`, `Commentary:`, `Комментарий:`):
 * the page is about a declaration, not one.
 */
const COMMENTARY = /^\S{0,8}?(?:时评|時評|评论|評論|社论|社論|述评|述評|解读|解讀|读懂|讀懂|评析|評析|Commentary|Opinion|Analysis|Explainer|Комментарий|Мнение|Анализ)\s{0,2}[:：|｜]/iu;

/** Does this title name a declaration, statement or communiqué (and look like a title, not code, nor a commentary's)? */
export function namesDeclaration(title: string): boolean {
  return TITLE_WORD.some((pattern) => pattern.test(title)) && !CODE.test(title) && !COMMENTARY.test(title);
}

/** Does the text open with a declaration's formula (among its first clauses)? */
export function hasOpeningFormula(declaration: Declaration): boolean {
  return flattenClauses(declaration).slice(0, FORMULA_REACH).some((clause, index) => openingFormula(clause.text, index === 0) !== undefined);
}

/**
 * Why an input is not a declaration: it has no date, no title naming a declaration and no
 * opening formula (JSON, source code, a README). Undefined when it has any of the three. A date
 * read only from the page's time stamp (`stampOnly`) is no evidence: every news page has one, and
 * a news article about a declaration (a headline naming the summit, the reporter's summary of
 * the points) has neither the title nor the formula.
 */
export function notADeclaration(declaration: Declaration, stampOnly = false): string | undefined {
  const dated = Boolean(declaration.meta.date) && !stampOnly;
  if (dated || namesDeclaration(declaration.meta.title) || hasOpeningFormula(declaration)) return undefined;
  const date = declaration.meta.date ? "no date in the text (only the page's time stamp)" : 'no date';
  const commentary = COMMENTARY.test(declaration.meta.title) ? ' (a commentary on one)' : '';
  return `not a declaration: ${date}, no title naming a declaration${commentary}, no opening formula`;
}

/** The metadata an import needs and the input did not give: `title`, `date`, `place`. */
export function missingMetadata(declaration: Declaration): Array<'title' | 'date' | 'place'> {
  const { meta } = declaration;
  return [
    ...(meta.title.trim() ? [] : ['title' as const]),
    ...(meta.date ? [] : ['date' as const]),
    ...(meta.place?.trim() ? [] : ['place' as const]),
  ];
}
