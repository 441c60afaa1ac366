import { sanitizeTerminal } from '../text/sanitize.js';
import type { Change, DiffResult, DocumentHeader, SectionPair, Summary, WordEdit } from '../types.js';
import { contextMask } from './context.js';
import { inlineEdits } from './edits.js';
import { palette } from './palette.js';
import { groupBySection, isUnchanged, sectionName, SUMMARY_ORDER } from './group-by-section.js';
import type { ReportOptions } from './index.js';
import { type Run, type RunStyle, wrapRuns } from './wrap.js';

/** Columns of indent under a change line, where clause text is drawn. */
const BODY_INDENT = 4;

/** `21 matched, 3 reworded, …`: the summary as one line of words. */
export function summaryLine(summary: Summary): string {
  return SUMMARY_ORDER.map((key) => `${summary[key]} ${key}`).join(', ');
}

/** `a3 → b4 b5`: the change's clause ids, A side first. */
export function changeIds(change: Change): string {
  return [change.from.map((r) => r.id).join(' '), change.to.map((r) => r.id).join(' ')].filter(Boolean).join(' → ');
}

/** The one-character marker of a change: `+` added, `-` removed, `<` split, `>` merged, `↷` moved, `~` reworded. */
export function changeMarker(change: Change): string {
  if (change.kind === 'added') return '+';
  if (change.kind === 'removed') return '-';
  if (change.kind === 'split') return '<';
  if (change.kind === 'merged') return '>';
  if (change.moved) return '↷';
  return change.reworded ? '~' : ' ';
}

/** Words after the ids of a change: `split`, `moved from §X`, `reworded`, … (`pair`: the section it is filed under). */
export function changeLabel(change: Change, pair?: SectionPair): string {
  const words: string[] = [];
  if (change.kind !== 'matched') words.push(change.kind);
  if (change.moved) {
    const from = change.from[0]?.section;
    const within = from === undefined || from === change.to[0]?.section || (pair !== undefined && from === pair.from);
    words.push(within ? 'moved within the section' : `moved from §${sectionName(from)}`);
  }
  if (change.reworded) words.push('reworded');
  return words.join(', ');
}

/** The heading line of a section pair: `安全合作 → 一、安全合作  (renamed)`. */
export function sectionTitle(pair: SectionPair): string {
  const from = pair.from === null ? null : sectionName(pair.from);
  const to = pair.to === null ? null : sectionName(pair.to);
  const name = from !== null && to !== null && from !== to ? `${from} → ${to}` : (to ?? from ?? '');
  const flags: string[] = [];
  if (pair.status !== 'matched') flags.push(pair.status);
  if (pair.moved) flags.push('moved');
  return flags.length > 0 ? `${name}  (${flags.join(', ')})` : name;
}

/** `… 12 unchanged clauses`. */
export function unchangedLine(count: number): string {
  return `… ${count} unchanged clause${count === 1 ? '' : 's'}`;
}

/**
 * Runs of a wording diff: deletions and insertions styled, marked `[-…-]`/`{+…+}` without colour;
 * `clean` is applied to each text before it is marked.
 */
export function editRuns(edits: readonly WordEdit[], color: boolean, clean: (text: string) => string = sanitizeTerminal): Run[] {
  return edits.map((edit): Run => {
    const text = clean(edit.text);
    if (edit.op === 'equal') return { text, style: 'plain' };
    if (color) return { text, style: edit.op === 'delete' ? 'del' : 'ins' };
    return { text: edit.op === 'delete' ? `[-${text}-]` : `{+${text}+}`, style: 'plain' };
  });
}

/**
 * The text report of a diff: a header with both documents and the summary, then each section
 * with its changes (marker, ids, what happened, the clause text or its word-level diff), runs
 * of unchanged clauses collapsed. All document text passes through `sanitizeTerminal`.
 * Options: `color` (ANSI colours, default false), `width` (columns to wrap at, default 80;
 * `Infinity` wraps nothing), `context` (unchanged clauses shown around each change, default 0).
 */
export function renderText(result: DiffResult, options: ReportOptions = {}): string {
  const color = options.color ?? false;
  const context = options.context ?? 0;
  const { out, emit } = startReport(result, options);

  const groups = groupBySection(result);
  // Context runs across section headings, as `diff -U` runs across hunks' neighbours.
  const mask = contextMask(groups.flatMap((group) => group.changes), context, isUnchanged);
  let offset = 0;
  for (const group of groups) {
    const shown = mask.slice(offset, (offset += group.changes.length));
    out.push('');
    emit([{ text: `§ ${sanitizeTerminal(sectionTitle(group.pair))}`, style: 'head' }], 0, 2);
    let unchanged = 0;
    const flushUnchanged = (): void => {
      if (unchanged > 0) emit([{ text: unchangedLine(unchanged), style: 'dim' }], 2, 4);
      unchanged = 0;
    };
    group.changes.forEach((change, at) => {
      if (!shown[at]) {
        unchanged += 1;
        return;
      }
      flushUnchanged();
      if (isUnchanged(change)) {
        emit([{ text: `  ${sanitizeTerminal(changeIds(change))}`, style: 'dim' }], 0, BODY_INDENT);
        for (const body of changeBody(change, color)) emit(body.map((run) => ({ ...run, style: 'dim' })), BODY_INDENT, BODY_INDENT);
        return;
      }
      const marker = changeMarker(change);
      const style: RunStyle = change.kind === 'added' ? 'add' : change.kind === 'removed' ? 'remove' : change.moved ? 'move' : 'change';
      const ids = changeIds(change);
      emit([{ text: `${marker} `, style }, { text: sanitizeTerminal(ids), style: 'bold' }, { text: `  ${sanitizeTerminal(changeLabel(change, group.pair))}`, style }], 0, BODY_INDENT);
      for (const body of changeBody(change, color)) emit(body, BODY_INDENT, BODY_INDENT);
    });
    flushUnchanged();
  }
  return `${out.join('\n')}\n`;
}

/** The paragraphs drawn under a change line. */
function changeBody(change: Change, color: boolean): Run[][] {
  if (change.reworded) return [editRuns(inlineEdits(change), color)];
  if (change.kind === 'removed') return change.from.map((r) => [{ text: sanitizeTerminal(r.text), style: color ? 'remove' : 'plain' }]);
  if (change.kind === 'added') return change.to.map((r) => [{ text: sanitizeTerminal(r.text), style: color ? 'add' : 'plain' }]);
  return change.to.map((r) => [{ text: sanitizeTerminal(r.text), style: 'plain' }]);
}

/** Emits lines of runs at an indent, with a hanging indent for continuation lines. */
export type Emit = (runs: Run[], indent: number, hanging: number) => void;

/**
 * What every text report opens with: the `--- a` / `+++ b` headers and the summary line, written
 * into `out` by `emit`, which wraps at `width` (default 80, at least 20) and paints when `color`.
 */
export function startReport(result: DiffResult, options: ReportOptions): { out: string[]; emit: Emit; width: number } {
  const width = Math.max(20, options.width ?? 80);
  const paint = palette(options.color ?? false);
  const out: string[] = [];
  const emit: Emit = (runs, indent, hanging) => {
    const lines = wrapRuns(runs, { width, indent, hangingIndent: hanging });
    lines.forEach((line, i) => out.push(' '.repeat(i === 0 ? indent : hanging) + line.map((r) => paint[r.style](r.text)).join('')));
  };
  const header = reportHeader(emit);
  header('---', 'remove', 'a', result.from);
  header('+++', 'add', 'b', result.to);
  emit([{ text: summaryLine(result.summary), style: 'plain' }], 0, 0);
  return { out, emit, width };
}

/** The `--- a` / `+++ b` lines of one document: its title, then date, clause count and source. */
export function reportHeader(emit: Emit): (sign: string, style: RunStyle, side: string, doc: DocumentHeader) => void {
  return (sign, style, side, doc) => {
    const facts = [doc.date ?? 'no date', `${doc.clauses} clauses`, ...(doc.source ? [sanitizeTerminal(doc.source)] : [])].join(' · ');
    emit([{ text: `${sign} ${side}  `, style }, { text: sanitizeTerminal(doc.title), style: 'bold' }], 0, 7);
    emit([{ text: facts, style: 'dim' }], 7, 7);
  };
}
