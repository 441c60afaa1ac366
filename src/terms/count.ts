import { sortByDate, type TimelineInput } from '../timeline/chain.js';
import { flattenClauses } from '../tree/flatten.js';
import { languageTagOf } from '../tree/language.js';
import { countFolded, foldForTerms } from './fold.js';

/** How often one declaration uses a phrase. */
export interface TermCount {
  id: string;
  date: string | null;
  /** Its language tag (`zh-Hans`, `en`…; `und` when it cannot be told). */
  lang: string;
  count: number;
  /** 1-based numbers of the clauses holding it, in reading order. */
  clauses: number[];
}

/** One phrase across the declarations. */
export interface TermCounts {
  term: string;
  /** One entry per declaration, in date order (undated last). */
  counts: TermCount[];
  /** The earliest declaration using it; null when none does. */
  first: { id: string; date: string | null } | null;
}

/** The `terms --json` object. */
export interface TermsResult {
  schema: 'clausewise/terms@1';
  terms: TermCounts[];
}

/** Each declaration's clauses folded once, for counting many phrases. */
export interface FoldedDeclaration {
  id: string;
  date: string | null;
  lang: string;
  clauses: string[];
}

/** Fold every clause of the declarations (in date order, undated last) for `countTerm`. */
export function foldDeclarations(declarations: readonly TimelineInput[]): FoldedDeclaration[] {
  return sortByDate(declarations).map(({ id, declaration }) => ({
    id,
    date: declaration.meta.date ?? null,
    lang: languageTagOf(declaration) ?? 'und',
    clauses: flattenClauses(declaration).map((clause) => foldForTerms(clause.text)),
  }));
}

/** One phrase counted in declarations already folded. */
export function countTerm(folded: readonly FoldedDeclaration[], term: string): TermCounts {
  const phrase = foldForTerms(term);
  const counts = folded.map(({ id, date, lang, clauses }) => {
    let count = 0;
    const holding: number[] = [];
    clauses.forEach((clause, k) => {
      const n = countFolded(clause, phrase);
      if (n === 0) return;
      count += n;
      holding.push(k + 1);
    });
    return { id, date, lang, count, clauses: holding };
  });
  const first = counts.find((entry) => entry.count > 0);
  return { term, counts, first: first ? { id: first.id, date: first.date } : null };
}

/**
 * Count each phrase in every declaration, folded (Traditional as Simplified, widths, case and
 * spacing ignored), with the first declaration using it and the clauses holding it.
 */
export function countTerms(declarations: readonly TimelineInput[], terms: readonly string[]): TermsResult {
  const folded = foldDeclarations(declarations);
  return { schema: 'clausewise/terms@1', terms: terms.map((term) => countTerm(folded, term)) };
}
