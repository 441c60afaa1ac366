import type { NamedEntity } from '../timeline/entities.js';
import type { Initiative, InitiativesResult, InitiativesSide } from '../timeline/initiatives.js';
import type { NamedInstrument } from '../timeline/instruments.js';
import { type ViewTextOptions, excerpt, viewWriter } from './timeline-text.js';
import type { Run } from './wrap.js';

/** `俄罗斯联邦 (俄方)`, or a note when the text names no proposer. */
function proposer(initiative: Initiative): string {
  if (!initiative.proposer) return '(no proposer named)';
  const written = initiative.proposerWritten;
  return written && written !== initiative.proposer ? `${initiative.proposer} (${written})` : initiative.proposer;
}

function side(s: InitiativesSide): string {
  return `${s.label}${s.date ? ` (${s.date})` : ''}`;
}

function initiativeRuns(sign: '+' | '-', initiative: Initiative): Run[] {
  const style = sign === '+' ? 'add' : 'remove';
  return [
    { text: `${sign} `, style },
    { text: proposer(initiative), style: 'bold' },
    { text: `: ${excerpt(initiative.gist, 60)}`, style: 'plain' },
    { text: `  (clause ${initiative.clause})`, style: 'dim' },
  ];
}

function instrumentName(item: NamedInstrument): string {
  return item.form === 'title' ? `《${item.title}》` : `“${item.title}”`;
}

function entityName(item: NamedEntity): string {
  return item.english && item.english !== item.name ? `${item.name} (${item.english})` : item.name;
}

/**
 * What is new and what disappeared between two declarations, as text: initiatives with their
 * proposers, then named instruments, countries and organisations, each group with its counts.
 * Pure: returns a string; all document text is sanitised.
 */
export function renderInitiativesText(result: InitiativesResult, options: ViewTextOptions = {}): string {
  const w = viewWriter(options);
  w.emit([{ text: 'New and gone: ', style: 'head' }, { text: `${side(result.from)} → ${side(result.to)}`, style: 'bold' }], 0, 2);

  const { initiatives } = result;
  const heading = (title: string, added: number, removed: number, kept: number): void => {
    w.blank();
    w.emit([{ text: title, style: 'head' }, { text: `  ${added} new · ${removed} gone · ${kept} in both`, style: 'dim' }]);
  };
  heading('Initiatives', initiatives.added.length, initiatives.removed.length, initiatives.kept.length);
  for (const item of initiatives.added) w.emit(initiativeRuns('+', item), 2, 6);
  for (const item of initiatives.removed) w.emit(initiativeRuns('-', item), 2, 6);
  for (const pair of initiatives.kept.filter((k) => k.reworded)) {
    w.emit([
      { text: '~ ', style: 'change' },
      { text: proposer(pair.to), style: 'bold' },
      { text: `: ${excerpt(pair.from.gist, 30)} → ${excerpt(pair.to.gist, 30)}`, style: 'plain' },
      { text: '  (reworded)', style: 'dim' },
    ], 2, 6);
  }

  const list = <T>(title: string, delta: { added: T[]; removed: T[]; kept: T[] }, name: (item: T) => string): void => {
    heading(title, delta.added.length, delta.removed.length, delta.kept.length);
    for (const item of delta.added) w.emit([{ text: '+ ', style: 'add' }, { text: name(item), style: 'plain' }], 2, 4);
    for (const item of delta.removed) w.emit([{ text: '- ', style: 'remove' }, { text: name(item), style: 'plain' }], 2, 4);
  };
  list('Named instruments', result.instruments, instrumentName);
  list('Countries', result.countries, entityName);
  list('Organisations', result.organisations, entityName);
  return w.text();
}
