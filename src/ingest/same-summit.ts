import type { DeclarationMeta } from '../types.js';
import { placeSlug } from './place-slug.js';

/**
 * How an incoming declaration differs from the one holding its id, as summits: `another date`,
 * `another place`, `another language` (joined), or undefined when it is the same summit in the
 * same language (same date, same place, same language tag): then it can only be a correction.
 */
export function summitDifference(held: DeclarationMeta, incoming: DeclarationMeta): string | undefined {
  const differences: string[] = [];
  if ((held.date ?? '') !== (incoming.date ?? '')) differences.push(`another date (${incoming.date ?? 'none'})`);
  const [heldPlace, incomingPlace] = [slug(held.place), slug(incoming.place)];
  if (heldPlace !== incomingPlace) differences.push(`another place (${incoming.place ?? 'none'})`);
  if ((held.lang ?? '') !== (incoming.lang ?? '')) differences.push(`another language (${incoming.lang ?? 'unknown'})`);
  return differences.length > 0 ? differences.join(', ') : undefined;
}

function slug(place: string | undefined): string {
  return place ? placeSlug(place) ?? place : '';
}
