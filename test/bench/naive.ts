import { bigrams, dice } from '../../src/align/grams.js';
import { foldText } from '../../src/text/fold.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import type { Declaration } from '../../src/types.js';

/**
 * The reference for the benchmark: the obvious aligner that scores every A clause against every
 * B clause (an all-pairs similarity matrix), then takes pairs best first above the threshold.
 * Quadratic in time and memory; returns the [a, b] pairs.
 */
export function naiveAlign(a: Declaration, b: Declaration, threshold = 0.5): Array<[number, number]> {
  const gramsA = flattenClauses(a).map((clause) => bigrams(foldText(clause.text)));
  const gramsB = flattenClauses(b).map((clause) => bigrams(foldText(clause.text)));
  const matrix = new Float32Array(gramsA.length * gramsB.length);
  gramsA.forEach((ga, i) => gramsB.forEach((gb, j) => (matrix[i * gramsB.length + j] = dice(ga, gb))));
  const candidates: number[] = [];
  matrix.forEach((score, k) => {
    if (score >= threshold) candidates.push(k);
  });
  candidates.sort((x, y) => matrix[y]! - matrix[x]! || x - y);
  const usedA = new Uint8Array(gramsA.length);
  const usedB = new Uint8Array(gramsB.length);
  const pairs: Array<[number, number]> = [];
  for (const k of candidates) {
    const i = Math.floor(k / gramsB.length);
    const j = k % gramsB.length;
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = usedB[j] = 1;
    pairs.push([i, j]);
  }
  return pairs;
}
