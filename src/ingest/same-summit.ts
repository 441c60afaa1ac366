import type { DeclarationMeta } from '../types.js';
import { documentKind } from './declaration-id.js';
import { placeSlug } from './place-slug.js';

/** One way an incoming declaration differs from the one holding its id, as summits. */
export interface SummitChange {
  field: 'date' | 'place' | 'language' | 'document';
  /** As held, and as incoming (`none`, `unknown`, `a declaration` for what is missing). */
  from: string;
  to: string;
}

/**
 * How an incoming declaration differs from the one holding its id, as summits: its date, place,
 * language tag or kind of document (a communiqué or statement of the same summit: `documentKind`).
 * None when it is the same document of the same summit in the same language: then it can only be
 * a correction.
 */
export function summitChanges(held: DeclarationMeta, incoming: DeclarationMeta): SummitChange[] {
  const changes: SummitChange[] = [];
  if ((held.date ?? '') !== (incoming.date ?? '')) changes.push({ field: 'date', from: held.date ?? 'none', to: incoming.date ?? 'none' });
  if (slug(held.place) !== slug(incoming.place)) changes.push({ field: 'place', from: held.place ?? 'none', to: incoming.place ?? 'none' });
  if ((held.lang ?? '') !== (incoming.lang ?? '')) changes.push({ field: 'language', from: held.lang ?? 'unknown', to: incoming.lang ?? 'unknown' });
  const [heldKind, incomingKind] = [documentKind(held.title), documentKind(incoming.title)];
  if (heldKind !== incomingKind) changes.push({ field: 'document', from: heldKind ?? 'a declaration', to: incomingKind ?? 'a declaration' });
  return changes;
}

/** `summitChanges` in words (`another date (2021-06-01), another language (en)`), or undefined when there are none. */
export function summitDifference(held: DeclarationMeta, incoming: DeclarationMeta): string | undefined {
  const changes = summitChanges(held, incoming);
  return changes.length > 0 ? changes.map(({ field, to }) => `another ${field} (${to})`).join(', ') : undefined;
}

/**
 * Can `--force` record these changes as a correction? A date or a place read wrongly is corrected;
 * another language, another kind of document, or another date and place together is another
 * declaration, which would be replaced (it keeps its history, but its id now names another text).
 */
export function correctable(changes: readonly SummitChange[]): boolean {
  const fields = new Set(changes.map((change) => change.field));
  return !fields.has('language') && !fields.has('document') && !(fields.has('date') && fields.has('place'));
}

function slug(place: string | undefined): string {
  return place ? placeSlug(place) ?? place : '';
}
