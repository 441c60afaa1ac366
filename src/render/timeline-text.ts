import { alignCounts, countCells, countColumns, type CountColumns, ID_ROOM, SHORT_NAMES_NOTE } from './count-columns.js';
import { cellWidth } from './width.js';
import { fitLabel } from './fit-label.js';
import { sanitizeTerminal } from '../text/sanitize.js';
import type { ClauseOrigin, TimelineLatest, TimelineResult, TimelineSummit } from '../timeline/timeline.js';
import { languageName } from '../tree/language.js';
import { palette } from './palette.js';
import { type Run, wrapRuns } from './wrap.js';

/** Options of the multi-year text views (`timeline`, `history`, `initiatives`). */
export interface ViewTextOptions {
  /** ANSI colours. Default false. */
  color?: boolean;
  /** Columns to wrap at. Default 80. */
  width?: number;
}

/** A line writer shared by the multi-year text views: styled runs in, wrapped lines out. */
export function viewWriter(options: ViewTextOptions = {}): {
  emit: (runs: Run[], indent?: number, hanging?: number) => void;
  /** One line that is never wrapped (table rows). */
  line: (runs: Run[]) => void;
  blank: () => void;
  text: () => string;
} {
  const paint = palette(options.color ?? false);
  const width = Math.max(20, options.width ?? 80);
  const out: string[] = [];
  return {
    emit: (runs, indent = 0, hanging = indent) => {
      const clean = runs.map((run) => ({ ...run, text: sanitizeTerminal(run.text) }));
      const lines = wrapRuns(clean, { width, indent, hangingIndent: hanging });
      lines.forEach((line, i) => out.push(' '.repeat(i === 0 ? indent : hanging) + line.map((r) => paint[r.style](r.text)).join('')));
    },
    line: (runs) => out.push(runs.map((r) => paint[r.style](sanitizeTerminal(r.text))).join('').trimEnd()),
    blank: () => out.push(''),
    text: () => `${out.join('\n')}\n`,
  };
}

/** Shorten a text to about `max` columns, ending in `…`. */
export function excerpt(text: string, max = 40): string {
  let width = 0;
  let result = '';
  for (const char of text) {
    width += cellWidth(char);
    if (width > max) return `${result}…`;
    result += char;
  }
  return result;
}

/** Pad a text on the right to a display width. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - cellWidth(text)));
}

/** Pad on the left (numbers). */
function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - cellWidth(text))) + text;
}

/** Cells of the table's date column and of the synthetic mark after the counts. */
const DATE_WIDTH = 12;
const MARK_WIDTH = 3;
/** Cells an id gets at least. */
const MIN_ID_WIDTH = 10;

/** One row of the summit table, and its notes (moves, splits, merges) kept apart so they can wrap. */
function summaryRow(summit: TimelineSummit, idWidth: number, layout: CountColumns): { cells: Run[]; notes: string } {
  const counts = summit.counts;
  const extra: string[] = [];
  if (counts?.moved) extra.push(`${counts.moved} moved`);
  if (counts?.split) extra.push(`${counts.split} from splits`);
  if (counts?.merged) extra.push(`${counts.merged} from merges`);
  return {
    cells: [
      { text: `${pad(summit.date ?? 'no date', 10)}  `, style: 'plain' },
      { text: pad(fitLabel(sanitizeTerminal(summit.id), idWidth - 2), idWidth), style: 'bold' },
      { text: alignCounts(countCells(summit), layout), style: 'plain' },
      { text: summit.synthetic ? '  *' : '', style: 'dim' },
    ],
    notes: extra.length > 0 ? `(${extra.join(', ')})` : '',
  };
}

function clauseLine(origin: ClauseOrigin, note: string): Run[] {
  return [
    { text: padStart(String(origin.number), 4), style: 'bold' },
    { text: `  ${origin.section ? `§${excerpt(origin.section, 12)}  ` : ''}`, style: 'dim' },
    { text: excerpt(origin.text, 36), style: 'plain' },
    { text: note ? `  ${note}` : '', style: 'change' },
  ];
}

/**
 * The timeline as text: one row per summit (clauses, unchanged, reworded, new, dropped),
 * then where the clauses of the latest declaration first appeared, and the clauses that are
 * newer than the first summit or were reworded since, grouped by the summit they came from.
 * With several languages, a line counting the declarations of each, then each language's chain
 * under its name. Pure: returns a string; all document text is sanitised.
 */
export function renderTimelineText(result: TimelineResult, options: ViewTextOptions = {}): string {
  const w = viewWriter(options);
  const { summits, latest, languages } = result;
  if (summits.length === 0 || !latest) {
    w.emit([{ text: (result.undated ?? []).length > 0 ? 'No dated declarations to compare.' : 'No declarations to compare.', style: 'dim' }]);
    renderUndated(w, result);
    return w.text();
  }
  if (languages.length <= 1) {
    renderChain(w, summits, latest, options);
    renderUndated(w, result);
    return w.text();
  }
  const counts = languages.map((language) => `${language.name} ${language.summits.length}`).join(', ');
  w.emit([{ text: `${summits.length} declarations in ${languages.length} languages: ${counts}`, style: 'head' }]);
  w.emit([{ text: 'Each declaration is compared only with the previous one of its language.', style: 'dim' }]);
  for (const language of languages) {
    w.blank();
    w.line([{ text: language.name, style: 'head' }]);
    w.blank();
    const chain = summits.filter((summit) => summit.language === language.language);
    if (language.latest) renderChain(w, chain, language.latest, options);
  }
  renderUndated(w, result);
  return w.text();
}

/** The declarations left out of the chains because they have no date, with what to do about it. */
function renderUndated(w: ReturnType<typeof viewWriter>, result: TimelineResult): void {
  const undated = result.undated ?? [];
  if (undated.length === 0) return;
  w.blank();
  w.emit([{ text: `Undated, not compared (${undated.length})`, style: 'change' }]);
  w.emit([{ text: 'Date order cannot place these: give each a date (clausewise import FILE --date YYYY-MM-DD --force), or name the declarations in order with --given-order.', style: 'dim' }], 2, 2);
  for (const entry of undated) {
    w.emit([{ text: entry.id, style: 'bold' }, { text: `  ${languageName(entry.language)}  ${excerpt(entry.title, 50)}`, style: 'dim' }], 2, 4);
  }
}

/** One chain of the timeline: the summits of one language. */
function renderChain(w: ReturnType<typeof viewWriter>, summits: readonly TimelineSummit[], latest: TimelineLatest, options: ViewTextOptions): void {
  const width = Math.max(20, options.width ?? 80);
  const first = summits[0]!;
  const last = summits[summits.length - 1]!;
  w.emit([
    { text: `Timeline of ${summits.length} declaration${summits.length === 1 ? '' : 's'}`, style: 'head' },
    { text: `  ${first.date ?? '?'} → ${last.date ?? '?'}`, style: 'dim' },
  ]);
  w.blank();
  // Ids are as long as they need, up to what the terminal leaves beside the other columns; the
  // counts take short names when their full ones would leave an id less than ID_ROOM.
  const longestId = Math.max(4, ...summits.map((s) => cellWidth(sanitizeTerminal(s.id)))) + 2;
  const layout = countColumns(summits.map(countCells), width - DATE_WIDTH - MARK_WIDTH - Math.min(longestId, ID_ROOM));
  const idWidth = Math.min(longestId, Math.max(MIN_ID_WIDTH, width - DATE_WIDTH - layout.width - MARK_WIDTH));
  w.line([{ text: `${pad('date', DATE_WIDTH)}${pad('id', idWidth)}${alignCounts(layout.names, layout)}`, style: 'dim' }]);
  for (const summit of summits) {
    const { cells, notes } = summaryRow(summit, idWidth, layout);
    const rowWidth = cells.reduce((sum, run) => sum + cellWidth(run.text), 0);
    if (!notes) w.line(cells);
    else if (rowWidth + 2 + cellWidth(notes) <= width) w.line([...cells, { text: `  ${notes}`, style: 'dim' }]);
    else {
      w.line(cells);
      w.emit([{ text: notes, style: 'dim' }], 12, 12);
    }
  }
  if (layout.short) w.emit([{ text: SHORT_NAMES_NOTE, style: 'dim' }]);
  if (summits.some((s) => s.synthetic)) w.emit([{ text: '* synthetic test text (see its front matter)', style: 'dim' }]);
  // Date order cannot tell these apart: say which order the counts assume.
  summits.forEach((summit, k) => {
    const previous = summits[k - 1];
    if (!previous || !summit.date || summit.date !== previous.date) return;
    w.emit([{ text: `${sanitizeTerminal(previous.id)} and ${sanitizeTerminal(summit.id)} share the date ${summit.date}: they are compared in the order shown (the order given, else by id)`, style: 'dim' }]);
  });

  w.blank();
  w.emit([{ text: `Where the ${latest.clauses.length} clauses of ${latest.id} first appeared`, style: 'head' }]);
  for (const summit of summits) {
    const from = latest.clauses.filter((clause) => clause.firstAppeared === summit.id);
    w.line([{ text: `  ${pad(fitLabel(sanitizeTerminal(summit.id), idWidth - 2), idWidth)}`, style: 'bold' }, { text: padStart(String(from.length), 5), style: 'plain' }]);
  }
  for (const summit of summits.slice(1)) {
    const from = latest.clauses.filter((clause) => clause.firstAppeared === summit.id);
    if (from.length === 0) continue;
    w.blank();
    w.emit([{ text: `First in ${summit.id}`, style: 'add' }, { text: ` (${from.length})`, style: 'dim' }]);
    for (const clause of from) {
      const note = clause.lastChanged !== clause.firstAppeared ? `reworded in ${clause.lastChanged}` : '';
      w.emit(clauseLine(clause, note), 2, 8);
    }
  }
  const reworded = latest.clauses.filter((clause) => clause.firstAppeared === first.id && clause.lastChanged !== first.id);
  if (reworded.length > 0) {
    w.blank();
    w.emit([{ text: `From ${first.id}, reworded since`, style: 'change' }, { text: ` (${reworded.length})`, style: 'dim' }]);
    for (const clause of reworded) w.emit(clauseLine(clause, `last reworded in ${clause.lastChanged}`), 2, 8);
  }
}
