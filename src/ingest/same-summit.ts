import type { DeclarationMeta } from '../types.js';
import { documentKind } from './declaration-id.js';
import { placeSlug } from './place-slug.js';

/**
 * How an incoming declaration differs from the one holding its id, as summits: `another date`,
 * `another place`, `another language`, `another document` (a communiqué or statement of the same
 * summit: `documentKind`) (joined), or undefined when it is the same document of the same summit
 * in the same language (same date, place, language tag and kind): then it can only be a correction.
 */
export function summitDifference(held: DeclarationMeta, incoming: DeclarationMeta): string | undefined {
  const differences: string[] = [];
  if ((held.date ?? '') !== (incoming.date ?? '')) differences.push(`another date (${incoming.date ?? 'none'})`);
  const [heldPlace, incomingPlace] = [slug(held.place), slug(incoming.place)];
  if (heldPlace !== incomingPlace) differences.push(`another place (${incoming.place ?? 'none'})`);
  if ((held.lang ?? '') !== (incoming.lang ?? '')) differences.push(`another language (${incoming.lang ?? 'unknown'})`);
  const [heldKind, incomingKind] = [documentKind(held.title), documentKind(incoming.title)];
  if (heldKind !== incomingKind) differences.push(`another document (${incomingKind ?? 'a declaration'})`);
  return differences.length > 0 ? differences.join(', ') : undefined;
}

function slug(place: string | undefined): string {
  return place ? placeSlug(place) ?? place : '';
}
