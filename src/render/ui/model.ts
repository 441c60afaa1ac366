import { sanitizeTerminal } from '../../text/sanitize.js';
import type { Change, DiffResult, SectionStatus } from '../../types.js';

/** Marker of a change's kind in the clause list: added, removed, reworded, split, merged, or unchanged. */
export type KindMarker = '+' | '-' | '~' | '<' | '>' | ' ';

/** One line of the clause list: one change of the diff, prepared for drawing and searching. */
export interface ReviewRow {
  /** Index of the change in `result.changes`. */
  index: number;
  change: Change;
  marker: KindMarker;
  /** The change is anything but an unchanged, unmoved match. */
  changed: boolean;
  /** Clause ids shown in the list (`b13`, `a7`, `a3+a4`). */
  id: string;
  /** Sanitised one-line text: the new wording, or the old one for a removed clause (made when first read). */
  readonly text: string;
  /** Index into `ReviewModel.sections`. */
  section: number;
  /** Folded text of both sides, for search (made when first read). */
  readonly search: string;
}

/** One entry of the section tree. */
export interface ReviewSection {
  /** Sanitised label: the new heading, `old → new` when renamed, `(preamble)` for `""`. */
  label: string;
  status: SectionStatus;
  moved: boolean;
  /** Number of changes in this section (all rows). */
  total: number;
  /** Number of rows that are changes (not unchanged matches). */
  changed: number;
}

/** Everything the UI draws, derived once from a diff. */
export interface ReviewModel {
  result: DiffResult;
  rows: ReviewRow[];
  sections: ReviewSection[];
  /** The folding used for `search`; queries are folded the same way. */
  fold: (text: string) => string;
  /** Sanitised header fields. */
  from: { title: string; date: string };
  to: { title: string; date: string };
}

/** Options of `buildModel`. */
export interface ModelOptions {
  /** Folding applied to clause text and to queries before search. Default: NFKC, lower case, no whitespace. */
  fold?: (text: string) => string;
}

/** Default search folding: NFKC, lower case, whitespace removed. */
export function defaultFold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Sanitise text for one terminal line: controls and escapes removed, line breaks and tabs become spaces. */
export function oneLine(text: string): string {
  return sanitizeTerminal(text).replace(/[\t\n\r]+/g, ' ');
}

/** The marker for a change's kind (rewording shown for matches only; moves are shown separately). */
export function kindMarker(change: Change): KindMarker {
  switch (change.kind) {
    case 'added': return '+';
    case 'removed': return '-';
    case 'split': return '<';
    case 'merged': return '>';
    case 'matched': return change.reworded ? '~' : ' ';
  }
}

function sectionLabel(from: string | null, to: string | null, status: SectionStatus): string {
  const name = (heading: string): string => (heading === '' ? '(preamble)' : oneLine(heading));
  if (status === 'renamed' && from !== null && to !== null) return `${name(from)} → ${name(to)}`;
  return name(to ?? from ?? '');
}

function idsOf(change: Change): string {
  const side = change.to.length > 0 ? change.to : change.from;
  return side.map((clause) => clause.id).join('+');
}

/** Build the rows and the section tree of a diff; texts are sanitised here, once. */
export function buildModel(result: DiffResult, options: ModelOptions = {}): ReviewModel {
  const fold = options.fold ?? defaultFold;
  const sections: ReviewSection[] = [];
  const byTo = new Map<string, number>();
  const byFrom = new Map<string, number>();
  for (const pair of result.sections) {
    const index = sections.length;
    sections.push({ label: sectionLabel(pair.from, pair.to, pair.status), status: pair.status, moved: pair.moved, total: 0, changed: 0 });
    if (pair.to !== null && !byTo.has(pair.to)) byTo.set(pair.to, index);
    if (pair.from !== null && !byFrom.has(pair.from)) byFrom.set(pair.from, index);
  }
  const sectionOf = (change: Change): number => {
    const to = change.to[0];
    const from = change.from[0];
    const found = to ? byTo.get(to.section) : from ? byFrom.get(from.section) : undefined;
    if (found !== undefined) return found;
    // A section the diff's tree does not list (or no tree at all): add it in order of appearance.
    const heading = to?.section ?? from?.section ?? '';
    const index = sections.length;
    sections.push({ label: sectionLabel(null, heading, to ? 'matched' : 'removed'), status: 'matched', moved: false, total: 0, changed: 0 });
    (to ? byTo : byFrom).set(heading, index);
    return index;
  };
  const rows = result.changes.map((change, index): ReviewRow => {
    const section = sectionOf(change);
    const changed = change.kind !== 'matched' || change.moved || change.reworded;
    const entry = sections[section]!;
    entry.total += 1;
    if (changed) entry.changed += 1;
    // The texts are sanitised and folded when first read: the first frame shows a screenful of
    // rows, and search folds every row only once a query is typed (10,000 rows: 100 ms and more).
    let text: string | undefined;
    let search: string | undefined;
    return {
      index,
      change,
      marker: kindMarker(change),
      changed,
      id: idsOf(change),
      get text() {
        const side = change.to.length > 0 ? change.to : change.from;
        return (text ??= oneLine(side.map((clause) => clause.text).join(' ')));
      },
      section,
      get search() {
        return (search ??= fold(sanitizeTerminal([...change.from, ...change.to].map((clause) => clause.text).join('\n'))));
      },
    };
  });
  return {
    result,
    rows,
    sections,
    fold,
    from: { title: oneLine(result.from.title), date: oneLine(result.from.date ?? '') },
    to: { title: oneLine(result.to.title), date: oneLine(result.to.date ?? '') },
  };
}
