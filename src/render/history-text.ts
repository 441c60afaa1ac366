import type { HistoryResult, HistoryStep } from '../timeline/history.js';
import { languageName } from '../tree/language.js';
import type { WordEdit } from '../types.js';
import { coalesceEdits, inlineEdits } from './edits.js';
import { editRuns } from './text.js';
import { type ViewTextOptions, viewWriter } from './timeline-text.js';
import type { Run } from './wrap.js';

/** Runs of a word diff, coalesced; the view writer cleans each run. */
function stepRuns(edits: readonly WordEdit[], color: boolean): Run[] {
  return editRuns(coalesceEdits(edits), color, (text) => text);
}

/** `reworded`, `split a4 → b5 b6`, `merged a3 a4 → b5`, `moved`, `unchanged`. */
function stepLabel(steps: readonly HistoryStep[]): string {
  if (steps.length === 0) return '';
  const words = new Set<string>();
  for (const step of steps) {
    if (step.kind === 'split' || step.kind === 'merged') words.add(`${step.kind} ${step.from.join(' ')} → ${step.to.join(' ')}`);
    if (step.moved) words.add('moved');
    words.add(step.reworded ? 'reworded' : 'unchanged');
  }
  if (words.has('reworded')) words.delete('unchanged');
  return [...words].join(', ');
}

/** The word diff of one step over the texts as written (the contract's folded edits mapped back when possible). */
function stepEdits(step: HistoryStep): WordEdit[] {
  const ref = (id: string, text: string) => ({ id, section: '', text });
  const change = {
    kind: step.kind,
    from: [ref(step.from.join('+'), step.fromText)],
    to: [ref(step.to.join('+'), step.toText)],
    moved: step.moved,
    reworded: step.reworded,
    similarity: step.similarity,
    ...(step.edits ? { edits: step.edits } : {}),
  };
  return inlineEdits(change);
}

/**
 * A clause's history as text: a header (which clause, how it was found, where it first
 * appeared), then each version oldest first with its date, id and clause number, and the
 * word-level changes from the previous version highlighted (`[-…-]{+…+}` without colour).
 * Pure: returns a string; all document text is sanitised.
 */
export function renderHistoryText(result: HistoryResult, options: ViewTextOptions = {}): string {
  const color = options.color ?? false;
  const w = viewWriter(options);
  const latest = result.versions[result.versions.length - 1];
  const section = latest?.section ? `  §${latest.section}` : '';
  w.emit([{ text: `History of clause ${result.clause.number} of ${result.target}`, style: 'head' }, { text: section, style: 'dim' }], 0, 2);
  const matches = result.clause.matches ?? [];
  if (result.clause.query !== undefined) {
    const note = matches.length > 1
      ? `${matches.length} clauses match “${result.clause.query}” (${matches.join(', ')}); showing the first, ${result.clause.number}.`
      : `Found by searching for “${result.clause.query}”.`;
    w.emit([{ text: note, style: matches.length > 1 ? 'change' : 'dim' }], 0, 2);
  }
  const oldest = result.versions[0];
  const changes = result.versions.filter((v) => v.steps.some((s) => s.reworded)).length;
  const facts = [
    oldest ? `first appeared in ${oldest.id}` : '',
    `${result.versions.length} version${result.versions.length === 1 ? '' : 's'}`,
    `reworded ${changes} time${changes === 1 ? '' : 's'}`,
    result.absent.length > 0 ? `absent from ${result.absent.join(', ')}` : '',
  ].filter(Boolean);
  w.emit([{ text: facts.join(' · '), style: 'dim' }], 0, 2);
  if (result.otherLanguages.length > 0) {
    const skipped = result.otherLanguages.map(({ id, language }) => `${id} (${languageName(language)})`).join(', ');
    w.emit([{ text: `skipped as in other languages: ${skipped}`, style: 'dim' }], 0, 2);
  }
  if ((result.undated ?? []).length > 0) {
    w.emit([{ text: `skipped as undated (date order cannot place them; name them with --given-order to follow them): ${result.undated.join(', ')}`, style: 'dim' }], 0, 2);
  }
  result.versions.forEach((version, i) => {
    w.blank();
    const label = stepLabel(version.steps);
    const numbers = version.clauses.length === 1 ? `clause ${version.clauses[0]}` : `clauses ${version.clauses.join(', ')}`;
    w.emit([
      { text: `${version.date ?? 'no date'}  `, style: 'dim' },
      { text: version.id, style: 'bold' },
      { text: `  ${numbers}`, style: 'plain' },
      { text: label ? `  · ${label}` : '', style: label.includes('reworded') ? 'change' : 'dim' },
    ], 0, 4);
    const previous = result.versions[i - 1];
    const reworded = version.steps.filter((step) => step.reworded);
    if (previous && reworded.length > 0) {
      for (const step of reworded) w.emit(stepRuns(stepEdits(step), color), 4);
    } else if (previous && previous.text === version.text) {
      w.emit([{ text: `(same wording as in ${previous.id})`, style: 'dim' }], 4);
    } else {
      for (const paragraph of version.text.split('\n')) w.emit([{ text: paragraph, style: 'plain' }], 4);
    }
  });
  return w.text();
}
