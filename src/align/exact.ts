/**
 * Exact matching on folded texts: a text found once on each side is a unique anchor (patience
 * style); repeated texts are paired greedily in reading order. Returns [a, b] pairs sorted by b.
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
