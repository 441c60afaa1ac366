import type { AlignOptions, Declaration, DiffResult } from '../types.js';
import { assemble } from './assemble.js';
import { matchExact } from './exact.js';
import { Links } from './links.js';
import { alignSections } from './sections.js';
import { prepareSide } from './side.js';
import { matchSimilar } from './similarity.js';
import { detectSplitMerge } from './split-merge.js';

/** Options of `align` beyond the algorithm's: labels for the headers. */
export interface AlignInput extends AlignOptions {
  /** Shown as `from.source` when A has no `source` metadata. */
  fromSource?: string;
  /** Shown as `to.source` when B has no `source` metadata. */
  toSource?: string;
}

/**
 * Align two declarations clause by clause into the `clausewise/diff@1` result. Pure and
 * deterministic. Steps, in order: fold every clause once; exact matches by folded text; similar
 * pairs via an inverted bigram index near the expected diagonal (threshold default 0.5); splits
 * and merges (default on); section alignment; moves; assembly with word-level edits.
 */
export function align(a: Declaration, b: Declaration, options: AlignInput = {}): DiffResult {
  const threshold = options.threshold ?? 0.5;
  const folds = new Map<string, string>();
  const sideA = prepareSide(a, folds);
  const sideB = prepareSide(b, folds);
  const links = new Links(sideA.clauses.length, sideB.clauses.length);
  for (const [i, j] of matchExact(sideA.folded, sideB.folded)) links.add([i], [j], 1);
  matchSimilar(sideA, sideB, links, { threshold });
  if (options.splitMerge ?? true) detectSplitMerge(sideA, sideB, links, { threshold });
  const sections = alignSections(sideA, sideB, links);
  const labels = {
    ...(options.fromSource === undefined ? {} : { fromSource: options.fromSource }),
    ...(options.toSource === undefined ? {} : { toSource: options.toSource }),
    ...(options.maxDiffTokens === undefined ? {} : { maxDiffTokens: options.maxDiffTokens }),
  };
  return assemble({ a, b }, sideA, sideB, links, sections, labels);
}
