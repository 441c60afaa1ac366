import { sanitizeTerminal } from '../../text/sanitize.js';
import type { Change, ClauseRef, WordEdit } from '../../types.js';
import { inlineEdits, sideEdits } from '../edits.js';
import { oneLine } from './model.js';
import { cellWidth } from '../width.js';
import { type Line, type Segment, padLine, wrapSegments } from './text-cells.js';

/** Options of `detailLines`. */
export interface DetailOptions {
  /** Width of the detail pane in cells. */
  width: number;
  /** Old and new wording in two columns instead of one inline diff. Default false. */
  sideBySide?: boolean;
  /** Colours are drawn; when false, deletions and insertions are marked `[-…-]` and `{+…+}`. Default true. */
  color?: boolean;
}

const KIND_LABEL: Record<Change['kind'], string> = {
  matched: 'matched', added: 'added', removed: 'removed', split: 'split', merged: 'merged',
};

/** Text of clauses for drawing: sanitised, tabs as spaces, one clause per line, ids shown when there are several. */
function clauseText(clauses: readonly ClauseRef[]): string {
  const many = clauses.length > 1;
  return clauses.map((clause) => `${many ? `${clause.id}  ` : ''}${sanitizeTerminal(clause.text).replace(/\t/g, ' ')}`).join('\n');
}

/** Sanitise the texts of wording steps. */
function clean(edits: readonly WordEdit[]): WordEdit[] {
  return edits.map((edit) => ({ op: edit.op, text: sanitizeTerminal(edit.text).replace(/\t/g, ' ') }));
}

/** One side of the wording diff over the texts as written, one line per clause of that side. */
function sideSegments(change: Change, side: 'from' | 'to', color: boolean): Segment[] {
  const pieces = sideEdits(change, side);
  const out: Segment[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) out.push({ text: '\n', tone: 'plain' });
    out.push(...editSegments(clean(piece), side, color));
  });
  return out;
}

function editSegments(edits: readonly WordEdit[], side: 'both' | 'from' | 'to', color: boolean): Segment[] {
  const out: Segment[] = [];
  for (const edit of edits) {
    if (edit.op === 'equal') out.push({ text: edit.text, tone: 'plain' });
    else if (edit.op === 'delete' && side !== 'to') out.push({ text: color ? edit.text : `[-${edit.text}-]`, tone: 'delete' });
    else if (edit.op === 'insert' && side !== 'from') out.push({ text: color ? edit.text : `{+${edit.text}+}`, tone: 'insert' });
  }
  return out;
}

/** The title lines of a change: kind, ids, similarity, move, sections. */
function titleLines(change: Change, width: number): Line[] {
  const ids = (clauses: readonly ClauseRef[]): string => clauses.map((clause) => clause.id).join(', ') || '—';
  const flags = [
    KIND_LABEL[change.kind],
    ...(change.reworded ? ['reworded'] : []),
    ...(change.moved ? ['moved'] : []),
  ].join(', ');
  // Rounded down: a reworded pair's 0.999 (the contract's cap below 1) must not read as 1.00.
  const similarity = change.kind === 'added' || change.kind === 'removed' ? '' : ` · similarity ${(Math.floor(change.similarity * 100) / 100).toFixed(2)}`;
  const head: Segment[] = [{ text: `${flags} · ${ids(change.from)} → ${ids(change.to)}${similarity}`, tone: 'heading' }];
  const name = (clauses: readonly ClauseRef[]): string | undefined => {
    const section = clauses[0]?.section;
    return section === undefined ? undefined : section === '' ? '(preamble)' : oneLine(section);
  };
  const from = name(change.from);
  const to = name(change.to);
  const where = from !== undefined && to !== undefined && from !== to ? `${from} → ${to}` : (to ?? from ?? '');
  return [...wrapSegments(head, width), ...wrapSegments([{ text: `section: ${where}`, tone: 'dim' }], width), []];
}

/** The selected change drawn in full for a pane of `width` cells: title, then the wording (diff). */
export function detailLines(change: Change, options: DetailOptions): Line[] {
  const width = Math.max(10, options.width);
  const color = options.color ?? true;
  const lines = titleLines(change, width);
  const reworded = change.reworded && change.from.length > 0 && change.to.length > 0;
  if (!options.sideBySide) {
    let body: Segment[];
    if (reworded) body = editSegments(clean(inlineEdits(change)), 'both', color);
    else if (change.kind === 'added') body = [{ text: clauseText(change.to), tone: 'insert' }];
    else if (change.kind === 'removed') body = [{ text: clauseText(change.from), tone: 'delete' }];
    else body = [{ text: clauseText(change.to), tone: 'plain' }];
    return [...lines, ...wrapSegments(body, width)];
  }
  const left = Math.max(4, Math.floor((width - 3) / 2));
  const right = Math.max(4, width - 3 - left);
  const fromBody: Segment[] = reworded ? sideSegments(change, 'from', color) : [{ text: clauseText(change.from) || '(none)', tone: change.to.length === 0 ? 'delete' : 'plain' }];
  const toBody: Segment[] = reworded ? sideSegments(change, 'to', color) : [{ text: clauseText(change.to) || '(none)', tone: change.from.length === 0 ? 'insert' : 'plain' }];
  const a = [[{ text: 'old', tone: 'dim' as const }], ...wrapSegments(fromBody, left)];
  const b = [[{ text: 'new', tone: 'dim' as const }], ...wrapSegments(toBody, right)];
  for (let row = 0; row < Math.max(a.length, b.length); row++) {
    lines.push([...padLine(a[row] ?? [], left), { text: ' │ ', tone: 'dim' }, ...(b[row] ?? [])]);
  }
  return lines;
}

/** Total width of a line in cells. */
export function lineWidth(line: Line): number {
  return line.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
}
