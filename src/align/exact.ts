import type { Links } from './links.js';
import type { Side } from './side.js';

/**
 * Exact matching on keys: a key found once on each side is a unique anchor (patience style);
 * repeated keys are paired greedily in reading order. Returns [a, b] pairs sorted by b.
 */
export function matchExact(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const positions = new Map<string, { a: number[]; b: number[] }>();
  a.forEach((text, i) => {
    const entry = positions.get(text);
    if (entry) entry.a.push(i);
    else positions.set(text, { a: [i], b: [] });
  });
  b.forEach((text, j) => positions.get(text)?.b.push(j));
  const pairs: Array<[number, number]> = [];
  for (const { a: as, b: bs } of positions.values()) {
    const count = Math.min(as.length, bs.length);
    for (let k = 0; k < count; k++) pairs.push([as[k]!, bs[k]!]);
  }
  return pairs.sort((x, y) => x[1] - y[1]);
}

/**
 * The exact step: pair clauses with equal raw texts (no folding needed), then the rest by equal
 * folded texts (noise such as width, spaces or script differs). Mutates `links`.
 */
export function matchExactSides(sideA: Side, sideB: Side, links: Links): void {
  const raw = (side: Side) => side.clauses.map((clause) => clause.text);
  for (const [i, j] of matchExact(raw(sideA), raw(sideB))) links.add([i], [j], 1);
  const restA: number[] = [];
  const restB: number[] = [];
  for (let i = 0; i < sideA.size; i++) if (links.aGroup[i] === -1) restA.push(i);
  for (let j = 0; j < sideB.size; j++) if (links.bGroup[j] === -1) restB.push(j);
  if (restA.length === 0 || restB.length === 0) return;
  const pairs = matchExact(restA.map(sideA.fold), restB.map(sideB.fold));
  for (const [i, j] of pairs) links.add([restA[i]!], [restB[j]!], 1);
}
