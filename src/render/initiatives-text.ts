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

/** How much unchanged text `changedStretch` shows on each side: characters, or words where words are spaced. */
const CONTEXT_CHARS = 8;

/**
 * The stretch where two sentences differ, with a little unchanged context on each side (eight
 * characters, or two words in a text written with spaces) and `…` where text is left out; each
 * side is cut at 60 columns.
 */
export function changedStretch(a: string, b: string): [string, string] {
  const x = [...a];
  const y = [...b];
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix += 1;
  const spaced = / /u.test(a);
  const show = (chars: string[]): string => {
    const before = chars.slice(0, prefix).join('');
    const changed = chars.slice(prefix, chars.length - suffix).join('');
    const after = chars.slice(chars.length - suffix).join('');
    // The partial word at the cut and whole words around it, or a few characters.
    // (The end-anchored pattern reads only the last 200 characters, so that it stays linear.)
    const left = spaced ? (/(?:\S+\s+){0,2}\S*$/u.exec(before.slice(-200))?.[0] ?? '') : [...before].slice(-CONTEXT_CHARS).join('');
    const right = spaced ? (/^\S*(?:\s+\S+){0,2}/u.exec(after)?.[0] ?? '') : [...after].slice(0, CONTEXT_CHARS).join('');
    const middle = excerpt(`${left}${changed}${right}`.trim(), 60);
    return `${left.length < before.length ? '…' : ''}${middle}${right.length < after.length && !middle.endsWith('…') ? '…' : ''}`;
  };
  return [show(x), show(y)];
}

function instrumentName(item: NamedInstrument): string {
  // A Russian name in the marks Russian writes it with, either form.
  if (/\p{Script=Cyrillic}/u.test(item.title) && !/\p{Script=Han}/u.test(item.title)) return `«${item.title}»`;
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
    // The same gist reworded around it (a new stance, other supporters): the changed stretch.
    const [from, to] = pair.from.gist === pair.to.gist ? changedStretch(pair.from.sentence, pair.to.sentence) : [excerpt(pair.from.gist, 30), excerpt(pair.to.gist, 30)];
    w.emit([
      { text: '~ ', style: 'change' },
      { text: proposer(pair.to), style: 'bold' },
      { text: `: ${from} → ${to}`, style: 'plain' },
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
