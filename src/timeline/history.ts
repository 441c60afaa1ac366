import { UsageError } from '../errors.js';
import { foldText } from '../text/fold.js';
import { flattenClauses } from '../tree/flatten.js';
import { languageOf } from '../tree/language.js';
import type { AlignOptions, ChangeKind, Declaration, WordEdit } from '../types.js';
import { alignChain, clauseIndex, type TimelineInput } from './chain.js';

/** How one version became the next: one change of the pair's alignment. */
export interface HistoryStep {
  kind: ChangeKind;
  /** Contract ids in the older declaration (`a…`). */
  from: string[];
  /** Contract ids in the newer declaration (`b…`). */
  to: string[];
  /** The older clauses' texts joined without separator, as the aligner compares them. */
  fromText: string;
  /** The newer clauses' texts joined likewise (for a split: all the parts, not only the followed one). */
  toText: string;
  moved: boolean;
  reworded: boolean;
  similarity: number;
  /** Word-level changes of the folded texts (joined for split/merge); present exactly when reworded. */
  edits?: WordEdit[];
}

/** The clause's wording in one declaration. */
export interface HistoryVersion {
  id: string;
  title: string;
  date: string | null;
  /** 1-based clause numbers in this declaration (several after a merge going back in time). */
  clauses: number[];
  section: string;
  /** The clause text as written; clauses of a group joined by a newline. */
  text: string;
  /** How the previous version became this one; empty for the oldest version. */
  steps: HistoryStep[];
}

/** Which clause was asked for and how it was found. */
export interface ClauseSelection {
  /** 1-based number in the target declaration. */
  number: number;
  /** The search string when the clause was found by search. */
  query?: string;
  /** Every clause number matching the search (the first is shown). */
  matches?: number[];
}

/** The `history --json` object. */
export interface HistoryResult {
  schema: 'clausewise/history@1';
  /** The declaration the clause number refers to (the latest). */
  target: string;
  clause: ClauseSelection;
  /** Oldest first; the last entry is the target declaration. */
  versions: HistoryVersion[];
  /** Ids of the declarations compared where the clause has no counterpart (older ones, in order). */
  absent: string[];
  /** The target's language (`zh` for Simplified and Traditional Chinese alike, `en`, `ru`; `und` when it cannot be told). */
  language: string;
  /** Declarations given or found that were skipped because they are in another language, in order. */
  otherLanguages: Array<{ id: string; language: string }>;
}

/** Options of `selectClause`. */
export interface SelectOptions {
  /** Treat the spec as a search string even when it looks like a clause number. Default false. */
  search?: boolean;
}

/**
 * Find a clause of a declaration: `12`, `a12` or `b12` is the 12th clause in reading order
 * (the letter is accepted for symmetry with diff ids and ignored); anything else is searched for
 * in the folded clause texts, and the first hit is taken.
 */
export function selectClause(declaration: Declaration, spec: string, options: SelectOptions = {}): ClauseSelection {
  const clauses = flattenClauses(declaration);
  const number = /^[abAB#]?(\d+)$/u.exec(spec.trim());
  if (number?.[1] && !options.search) {
    const n = Number(number[1]);
    if (n < 1 || n > clauses.length) throw new UsageError(`no clause ${n}: the declaration has ${clauses.length} clauses`);
    return { number: n };
  }
  const query = foldText(spec);
  if (!query) throw new UsageError('empty clause search string');
  const matches = clauses.filter((clause) => foldText(clause.text).includes(query)).map((clause) => clause.index + 1);
  if (matches.length === 0) throw new UsageError(`no clause contains '${spec.slice(0, 40)}'`);
  return { number: matches[0]!, query: spec, matches };
}

/**
 * A clause's wording in every declaration where a counterpart exists, oldest first: starting
 * from clause `number` of the LAST declaration given, follow the alignments of consecutive pairs
 * backwards (matched, split and merged clauses) until the clause was added, and past a summit
 * that dropped it when an earlier one has the same wording. Only declarations in the target's
 * language are followed (the others are listed). Declarations are taken in the order given: put
 * the target last.
 */
export function buildHistory(declarations: readonly TimelineInput[], selection: ClauseSelection, options: AlignOptions = {}): HistoryResult {
  const target = declarations[declarations.length - 1];
  const language = target ? languageOf(target.declaration) : undefined;
  const followed: TimelineInput[] = [];
  const otherLanguages: Array<{ id: string; language: string }> = [];
  for (const entry of declarations) {
    const own = entry === target ? language : languageOf(entry.declaration);
    if (language === undefined || own === undefined || own === language) followed.push(entry);
    else otherLanguages.push({ id: entry.id, language: own });
  }
  const chain = alignChain(followed, { ...options, byDate: false });
  const { entries } = chain;
  const last = entries.length - 1;
  if (last < 0) throw new UsageError('history needs at least one declaration');
  const versions: HistoryVersion[] = [];
  const gaps: number[] = [];
  let current = [selection.number - 1];
  let steps: HistoryStep[] = [];
  let i = last;
  for (; i >= 0 && current.length > 0; i--) {
    const entry = entries[i]!;
    const clauses = flattenClauses(entry.declaration);
    const picked = current.map((k) => clauses[k]).filter((clause) => clause !== undefined);
    versions.push({
      id: entry.id,
      title: entry.declaration.meta.title,
      date: entry.declaration.meta.date ?? null,
      clauses: current.map((k) => k + 1),
      section: picked[0]?.section ?? '',
      text: picked.map((clause) => clause.text).join('\n'),
      steps: [],
    });
    if (i === 0) break;
    // The changes holding the current clauses, in B order, without repeats.
    const holders = [...new Set(current.map((k) => chain.changeOfTo[i - 1]?.[k]).filter((change) => change !== undefined))];
    steps = holders.filter((change) => change.kind !== 'added').map((change) => {
      const step: HistoryStep = {
        kind: change.kind,
        from: change.from.map((ref) => ref.id),
        to: change.to.map((ref) => ref.id),
        fromText: change.from.map((ref) => ref.text).join(''),
        toText: change.to.map((ref) => ref.text).join(''),
        moved: change.moved,
        reworded: change.reworded,
        similarity: change.similarity,
      };
      // The aligner gives word edits with every reworded change (contract §2).
      if (change.edits) step.edits = change.edits;
      return step;
    });
    // A clause that the previous summit did not have may have been there before it, word for word.
    const back = steps.length === 0 && picked.length === 1 ? earlierCopy(entries, i - 1, picked[0]!.text) : undefined;
    if (back) {
      steps = [{ kind: 'matched', from: [`a${back.clause + 1}`], to: [`b${current[0]! + 1}`], fromText: back.text, toText: picked[0]!.text, moved: false, reworded: false, similarity: 1 }];
      for (let gap = back.entry + 1; gap < i; gap++) gaps.push(gap);
      i = back.entry + 1; // the loop steps down to that summit next
    }
    versions[versions.length - 1]!.steps = steps;
    current = [...new Set(steps.flatMap((step) => step.from.map(clauseIndex)))].sort((x, y) => x - y);
  }
  const before = Math.max(0, i + (current.length > 0 ? 0 : 1));
  const absent = [...entries.slice(0, before).map((_, k) => k), ...gaps].sort((x, y) => x - y).map((k) => entries[k]!.id);
  return { schema: 'clausewise/history@1', target: entries[last]!.id, clause: selection, versions: versions.reverse(), absent, language: language ?? 'und', otherLanguages };
}

/**
 * The latest summit before `below` (exclusive: that one had no counterpart) with a clause of the
 * same folded wording: a clause a summit dropped and a later one brought back.
 */
function earlierCopy(entries: readonly TimelineInput[], below: number, text: string): { entry: number; clause: number; text: string } | undefined {
  const key = foldText(text);
  for (let entry = below - 1; entry >= 0; entry--) {
    const clause = flattenClauses(entries[entry]!.declaration).find((candidate) => foldText(candidate.text) === key);
    if (clause) return { entry, clause: clause.index, text: clause.text };
  }
  return undefined;
}
