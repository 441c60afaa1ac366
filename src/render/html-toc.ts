import type { Change } from '../types.js';
import { isUnchanged, type SectionGroup } from './group-by-section.js';
import { escapeHtml as esc } from './html-escape.js';
import { changeIds, changeMarker } from './text.js';

/** The element id a change's entry links to: its first B clause, or its first A clause when it has none. */
export function changeAnchor(change: Change): string {
  return (change.to[0] ?? change.from[0])?.id ?? '';
}

/** Class of a change's marker in the list: its kind, or `moved` / `reworded` for a match. */
function markerClass(change: Change): string {
  if (change.kind !== 'matched') return change.kind;
  return change.moved ? 'moved' : 'reworded';
}

/** At most `count` characters of a text, with `…` when cut. */
function excerpt(text: string, count: number): string {
  const characters = Array.from(text);
  return characters.length <= count ? text : `${characters.slice(0, count).join('')}…`;
}

/**
 * The change list beside the report (as Draftable's): one link per change, in page order, with its
 * marker, ids and the start of its text; the script hides the entries whose rows a filter hides.
 */
export function changeListHtml(groups: readonly SectionGroup[]): string {
  const items = groups.flatMap((group) => group.changes.filter((change) => !isUnchanged(change)).map((change) => {
    const anchor = changeAnchor(change);
    const text = (change.to.length > 0 ? change.to : change.from).map((clause) => clause.text).join(' ');
    return `<li data-target="${esc(anchor)}"><a href="#${esc(anchor)}" title="${esc(excerpt(text, 200))}"><span class="m m-${markerClass(change)}">${esc(changeMarker(change))}</span>${esc(changeIds(change))} <span class="x">${esc(excerpt(text, 24))}</span></a></li>`;
  }));
  return `<aside class="toc" aria-label="Changes"><details open><summary>Changes (${items.length})</summary><ol>${items.join('')}</ol></details></aside>`;
}
