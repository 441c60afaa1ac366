import { sanitizeTerminal } from '../text/sanitize.js';
import type { NewTermsResult, TermsResult } from '../terms/index.js';
import { languageName } from '../tree/language.js';
import { sparkline } from './sparkline.js';
import { cellWidth } from './width.js';
import { excerpt, viewWriter, type ViewTextOptions } from './timeline-text.js';

/** Pad a text on the right to a display width. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - cellWidth(text)));
}

/** `clause 3` or `clauses 3, 8, 12`. */
function clauseList(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  return `${numbers.length === 1 ? 'clause' : 'clauses'} ${numbers.join(', ')}`;
}

/**
 * Phrase counts as text: per phrase, a sparkline of its counts in date order, the first
 * declaration using it and its totals, then one row per declaration (date, id, language, count,
 * clauses). Pure; all document text is sanitised.
 */
export function renderTermsText(result: TermsResult, options: ViewTextOptions = {}): string {
  const w = viewWriter(options);
  result.terms.forEach((term, k) => {
    if (k > 0) w.blank();
    const uses = term.counts.reduce((sum, entry) => sum + entry.count, 0);
    const using = term.counts.filter((entry) => entry.count > 0).length;
    const first = term.first ? `first in ${term.first.id} (${term.first.date ?? 'no date'})` : 'in none of them';
    w.emit([
      { text: term.term, style: 'head' },
      { text: `  ${sparkline(term.counts.map((entry) => entry.count))}  `, style: 'change' },
      { text: `${first} · ${uses} use${uses === 1 ? '' : 's'} in ${using} of ${term.counts.length} declaration${term.counts.length === 1 ? '' : 's'}`, style: 'dim' },
    ], 0, 2);
    const idWidth = Math.min(30, Math.max(4, ...term.counts.map((entry) => cellWidth(sanitizeTerminal(entry.id))))) + 2;
    for (const entry of term.counts) {
      w.emit([
        { text: `  ${pad(entry.date ?? 'no date', 10)}  `, style: 'dim' },
        { text: pad(excerpt(sanitizeTerminal(entry.id), idWidth - 2), idWidth), style: entry.count > 0 ? 'bold' : 'plain' },
        { text: `${pad(entry.lang, 8)}${String(entry.count).padStart(3)}`, style: 'plain' },
        { text: entry.clauses.length > 0 ? `  ${clauseList(entry.clauses)}` : '', style: 'dim' },
      ], 0, 12 + idWidth + 13);
    }
  });
  return w.text();
}

/**
 * The new formulations of a declaration as text: what it was read against, then named
 * instruments and quoted names, then new wordings, most telling first, each with its clauses.
 */
export function renderNewTermsText(result: NewTermsResult, options: ViewTextOptions = {}): string {
  const w = viewWriter(options);
  const name = languageName(result.language);
  const count = result.earlier.length;
  w.emit([{ text: `New in ${result.id} (${name}), against ${count} earlier declaration${count === 1 ? '' : 's'} of its language`, style: 'head' }]);
  if (count === 0) {
    w.emit([{ text: `No earlier declaration in ${name}: every wording is new, so only named instruments and quoted names are listed.`, style: 'dim' }]);
  } else {
    w.emit([{ text: result.earlier.join(', '), style: 'dim' }], 2, 2);
  }
  const named = result.formulations.filter((f) => f.kind !== 'ngram');
  const wordings = result.formulations.filter((f) => f.kind === 'ngram');
  if (named.length > 0) {
    w.blank();
    w.emit([{ text: 'Named instruments and quoted names', style: 'bold' }, { text: ` (${named.length})`, style: 'dim' }]);
    for (const f of named) w.emit([{ text: f.text, style: 'add' }, { text: `  ${clauseList(f.clauses)}${f.mentions > 1 ? ` · ${f.mentions} mentions` : ''}`, style: 'dim' }], 2, 6);
  }
  if (wordings.length > 0) {
    w.blank();
    w.emit([{ text: 'New wordings, most telling first', style: 'bold' }, { text: ` (${wordings.length})`, style: 'dim' }]);
    for (const f of wordings) w.emit([{ text: f.text, style: 'add' }, { text: `  ${clauseList(f.clauses)}${f.mentions > 1 ? ` · ${f.mentions} mentions` : ''}`, style: 'dim' }], 2, 6);
  }
  if (named.length === 0 && wordings.length === 0) {
    w.blank();
    w.emit([{ text: 'Nothing new: every wording is in an earlier declaration.', style: 'dim' }]);
  }
  return w.text();
}
