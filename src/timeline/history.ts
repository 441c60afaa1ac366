import { UsageError } from '../errors.js';
import { foldText } from '../text/fold.js';
import { clausesJoinTight } from '../text/words.js';
import { flattenClauses } from '../tree/flatten.js';
import { languageOf } from '../tree/language.js';
import { align, wordEdits } from '../align/index.js';
import { bigrams, dice } from '../align/grams.js';
import type { AlignOptions, Change, ChangeKind, Declaration, DiffResult, WordEdit } from '../types.js';
import { alignChain, clauseIndex, sortByDate, type TimelineInput } from './chain.js';

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
  /** Declarations given or found that were left out because they have no date (with date order only). */
  undated: string[];
}

/** Options of `selectClause`. */
export interface SelectOptions {
  /** Treat the spec as a search string even when it looks like a clause number. Default false. */
  search?: boolean;
}

/**
 * Find a clause of a declaration: `12`, `a12` or `b12` is the 12th clause in reading order
 * (the letter is accepted for symmetry with diff ids and ignored); anything else is searched for
 * in the folded clause texts, whatever the case, and the first hit is taken.
 */
export function selectClause(declaration: Declaration, spec: string, options: SelectOptions = {}): ClauseSelection {
  const clauses = flattenClauses(declaration);
  const number = /^[abAB#]?(\d+)$/u.exec(spec.trim());
  if (number?.[1] && !options.search) {
    const n = Number(number[1]);
    if (n < 1 || n > clauses.length) throw new UsageError(`no clause ${n}: the declaration has ${clauses.length} clauses`);
    return { number: n };
  }
  // Folded and lower-cased: `Central Banks` finds `central banks`, as `terms` does.
  const query = foldText(spec).toLowerCase();
  if (!query) throw new UsageError('empty clause search string');
  const matches = clauses.filter((clause) => foldText(clause.text).toLowerCase().includes(query)).map((clause) => clause.index + 1);
  if (matches.length === 0) throw new UsageError(`no clause contains '${spec.slice(0, 40)}'`);
  return { number: matches[0]!, query: spec, matches };
}

/** Options of `buildHistory`. */
export interface HistoryOptions extends AlignOptions {
  /** Put the declarations before the target in date order and list the undated ones apart. Default false: the order given. */
  byDate?: boolean;
}

/**
 * A clause's wording in every declaration where a counterpart exists, oldest first: starting
 * from clause `number` of the LAST declaration given, follow the alignments of consecutive pairs
 * backwards (matched, split and merged clauses), past a summit that dropped it when an earlier one
 * has the same wording, and add in each declaration whatever `diff` of it with the target pairs
 * with the clause (so no counterpart that `diff` finds is missed). Only declarations in the
 * target's language are followed (the others are listed). The target is the last declaration.
 */
export function buildHistory(declarations: readonly TimelineInput[], selection: ClauseSelection, options: HistoryOptions = {}): HistoryResult {
  const { byDate = false, ...alignOptions } = options;
  const target = declarations[declarations.length - 1];
  const language = target ? languageOf(target.declaration) : undefined;
  const earlier = declarations.slice(0, -1);
  const undated = byDate ? earlier.filter((entry) => !entry.declaration.meta.date).map((entry) => entry.id) : [];
  const ordered = byDate ? [...sortByDate(earlier.filter((entry) => entry.declaration.meta.date)), ...(target ? [target] : [])] : declarations;
  const followed: TimelineInput[] = [];
  const otherLanguages: Array<{ id: string; language: string }> = [];
  for (const entry of ordered) {
    const own = entry === target ? language : languageOf(entry.declaration);
    if (language === undefined || own === undefined || own === language) followed.push(entry);
    else otherLanguages.push({ id: entry.id, language: own });
  }
  const chain = alignChain(followed, { ...alignOptions, byDate: false });
  const { entries } = chain;
  const last = entries.length - 1;
  if (last < 0) throw new UsageError('history needs at least one declaration');
  const targetDeclaration = entries[last]!.declaration;
  const wanted = selection.number - 1;
  const versions: HistoryVersion[] = [];
  const absent: string[] = [];
  let current = [wanted];
  // The latest version found so far: where it is, and its clauses.
  let later = { index: last, clauses: [wanted] };
  pushVersion(versions, entries[last]!, current);
  for (let i = last - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const holders = current.length > 0 ? [...new Set(current.map((k) => chain.changeOfTo[i]?.[k]).filter((change) => change !== undefined))].filter((change) => change.kind !== 'added') : [];
    const fromChain = holders.flatMap((change) => change.from.map((ref) => clauseIndex(ref.id)));
    // Past a summit without it: the same wording as its latest version, word for word.
    const copy = current.length === 0 ? sameWording(entry.declaration, versions[versions.length - 1]!.text, later.clauses.length) : [];
    const fromDiff = counterparts(align(entry.declaration, targetDeclaration, { ...alignOptions, fromSource: entry.id, toSource: entries[last]!.id }), wanted);
    current = [...new Set([...fromChain, ...copy, ...fromDiff])].sort((x, y) => x - y);
    if (current.length === 0) {
      absent.unshift(entry.id);
      continue;
    }
    const covered = new Set(fromChain);
    const steps: HistoryStep[] = later.index === i + 1 ? holders.map(stepOf) : [];
    if (steps.length === 0 || current.some((k) => !covered.has(k))) {
      const extra = steps.length === 0 ? current : current.filter((k) => !covered.has(k));
      steps.push(textStep(entry.declaration, extra, entries[later.index]!.declaration, later.clauses));
    }
    versions[versions.length - 1]!.steps = steps;
    pushVersion(versions, entry, current);
    later = { index: i, clauses: current };
  }
  return { schema: 'clausewise/history@1', target: entries[last]!.id, clause: selection, versions: versions.reverse(), absent, language: language ?? 'und', otherLanguages, undated };
}

/** Add the version of a declaration made of the given clauses (0-based). */
function pushVersion(versions: HistoryVersion[], entry: TimelineInput, indexes: readonly number[]): void {
  const clauses = flattenClauses(entry.declaration);
  const picked = indexes.map((k) => clauses[k]).filter((clause) => clause !== undefined);
  versions.push({
    id: entry.id,
    title: entry.declaration.meta.title,
    date: entry.declaration.meta.date ?? null,
    clauses: indexes.map((k) => k + 1),
    section: picked[0]?.section ?? '',
    text: picked.map((clause) => clause.text).join('\n'),
    steps: [],
  });
}

/** One change of a pair's alignment as a history step. */
function stepOf(change: Change): HistoryStep {
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
  // The aligner gives word edits with every reworded change (contract §2). It joins the clauses of
  // a split or merge in English or Russian with a space, which the step's texts (joined without
  // one) do not hold: there the step's edits are those of its own texts, so that they map onto them.
  const spacedPieces = change.from.length + change.to.length > 2 && !clausesJoinTight([step.fromText, step.toText]);
  if (change.edits) step.edits = spacedPieces ? wordEdits(step.fromText, step.toText) : change.edits;
  return step;
}

/** The clauses (0-based) of a pair's alignment paired with clause `k` of B; none when it was added. */
function counterparts(result: DiffResult, k: number): number[] {
  const id = `b${k + 1}`;
  const change = result.changes.find((candidate) => candidate.to.some((ref) => ref.id === id));
  return !change || change.kind === 'added' ? [] : change.from.map((ref) => clauseIndex(ref.id));
}

/** A step between two versions that are not one alignment apart: their texts compared as one clause each. */
function textStep(from: Declaration, fromClauses: readonly number[], to: Declaration, toClauses: readonly number[]): HistoryStep {
  const a = flattenClauses(from);
  const b = flattenClauses(to);
  const fromText = fromClauses.map((k) => a[k]?.text ?? '').join('');
  const toText = toClauses.map((k) => b[k]?.text ?? '').join('');
  const reworded = foldText(fromText) !== foldText(toText);
  const step: HistoryStep = {
    kind: fromClauses.length > 1 && toClauses.length === 1 ? 'merged' : fromClauses.length === 1 && toClauses.length > 1 ? 'split' : 'matched',
    from: fromClauses.map((k) => `a${k + 1}`),
    to: toClauses.map((k) => `b${k + 1}`),
    fromText,
    toText,
    moved: false,
    reworded,
    similarity: reworded ? dice(bigrams(foldText(fromText)), bigrams(foldText(toText))) : 1,
  };
  if (reworded) step.edits = wordEdits(fromText, toText);
  return step;
}

/** The clause of a declaration with the same folded wording as `text` (one clause only), as a list. */
function sameWording(declaration: Declaration, text: string, clauses: number): number[] {
  if (clauses !== 1) return [];
  const key = foldText(text);
  const clause = flattenClauses(declaration).find((candidate) => foldText(candidate.text) === key);
  return clause ? [clause.index] : [];
}
