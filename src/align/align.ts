import { tracePhase } from '../trace.js';
import type { AlignOptions, Declaration, DiffResult } from '../types.js';
import { assemble } from './assemble.js';
import { matchExactSides } from './exact.js';
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
 * deterministic. Steps, in order: exact matches by raw, then folded text (each clause folded at most once); similar
 * pairs near the expected diagonal (threshold default 0.5); splits and merges (default on);
 * similar pairs far from it (moved, found via an inverted bigram index); splits and merges again;
 * section alignment; moves; assembly with word-level edits.
 */
export function align(a: Declaration, b: Declaration, options: AlignInput = {}): DiffResult {
  const threshold = options.threshold ?? 0.5;
  const sideA = prepareSide(a);
  const sideB = prepareSide(b);
  const links = new Links(sideA.size, sideB.size);
  tracePhase('align: prepare');
  matchExactSides(sideA, sideB, links);
  tracePhase('align: exact and folded');
  // Local evidence first: pairs near the diagonal, then splits and merges, then far (moved) pairs.
  const splitMerge = options.splitMerge ?? true;
  matchSimilar(sideA, sideB, links, { threshold, scope: 'local' });
  tracePhase('align: similar, local');
  if (splitMerge) detectSplitMerge(sideA, sideB, links, { threshold });
  tracePhase('align: split/merge');
  matchSimilar(sideA, sideB, links, { threshold, scope: 'far' });
  tracePhase('align: similar, far');
  if (splitMerge) detectSplitMerge(sideA, sideB, links, { threshold });
  tracePhase('align: split/merge again');
  const sections = alignSections(sideA, sideB, links);
  tracePhase('align: sections');
  const labels = {
    ...(options.fromSource === undefined ? {} : { fromSource: options.fromSource }),
    ...(options.toSource === undefined ? {} : { toSource: options.toSource }),
    ...(options.maxDiffTokens === undefined ? {} : { maxDiffTokens: options.maxDiffTokens }),
  };
  return assemble({ a, b }, sideA, sideB, links, sections, labels);
}
