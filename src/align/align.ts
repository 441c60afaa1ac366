import { tracePhase } from '../trace.js';
import type { AlignOptions, Declaration, DiffResult } from '../types.js';
import { assemble } from './assemble.js';
import { matchExactSides } from './exact.js';
import { bigramSequence } from './grams.js';
import { Links } from './links.js';
import { idfWeights, Measure } from './measure.js';
import { tokensFor } from './script.js';
import { alignSections } from './sections.js';
import { prepareSide, type Side } from './side.js';
import { matchSimilar } from './similarity.js';
import { detectSplitMerge } from './split-merge.js';

/** Options of `align` beyond the algorithm's: labels for the headers. */
export interface AlignInput extends AlignOptions {
  /** Shown as `from.source` when A has no `source` metadata. */
  fromSource?: string;
  /** Shown as `to.source` when B has no `source` metadata. */
  toSource?: string;
  /**
   * Compute each reworded change's `edits` when it is first read rather than all at once (the
   * review UI shows a few). The same edits either way. Default false.
   */
  lazyWordEdits?: boolean;
}

/**
 * Align two declarations clause by clause into the `clausewise/diff@1` result. Pure and
 * deterministic. Clauses are compared as character bigrams when both are Chinese, else as stemmed
 * words weighted by their rarity in the two documents (`Measure`); no pair is reported below the
 * threshold (default 0.5). Steps, in order: exact matches by raw, then folded text (each clause folded at most once); similar
 * pairs near the expected diagonal; splits and merges (default on);
 * similar pairs far from it (moved, found via an inverted bigram index); splits and merges again;
 * section alignment; moves; assembly with word-level edits.
 */
export function align(a: Declaration, b: Declaration, options: AlignInput = {}): DiffResult {
  const threshold = options.threshold ?? 0.5;
  const { sideA, sideB, measure } = prepareSides(a, b);
  const links = new Links(sideA.size, sideB.size);
  tracePhase('align: prepare');
  matchExactSides(sideA, sideB, links);
  tracePhase('align: exact and folded');
  // Local evidence first: pairs near the diagonal, then splits and merges, then far (moved) pairs.
  const splitMerge = options.splitMerge ?? true;
  matchSimilar(sideA, sideB, links, { threshold, scope: 'local', measure });
  tracePhase('align: similar, local');
  if (splitMerge) detectSplitMerge(sideA, sideB, links, { threshold, measure });
  tracePhase('align: split/merge');
  matchSimilar(sideA, sideB, links, { threshold, scope: 'far', measure });
  tracePhase('align: similar, far');
  if (splitMerge) detectSplitMerge(sideA, sideB, links, { threshold, measure });
  tracePhase('align: split/merge again');
  const sections = alignSections(sideA, sideB, links);
  tracePhase('align: sections');
  const labels = {
    ...(options.fromSource === undefined ? {} : { fromSource: options.fromSource }),
    ...(options.toSource === undefined ? {} : { toSource: options.toSource }),
    ...(options.maxDiffTokens === undefined ? {} : { maxDiffTokens: options.maxDiffTokens }),
    ...(options.lazyWordEdits === undefined ? {} : { lazyWordEdits: options.lazyWordEdits }),
  };
  return assemble({ a, b }, sideA, sideB, links, sections, labels);
}

/**
 * Both declarations prepared for alignment, with the measure that compares their clauses: bigrams
 * and unit weights for Chinese, stemmed words weighted by their rarity over both documents otherwise.
 */
export function prepareSides(a: Declaration, b: Declaration): { sideA: Side; sideB: Side; measure: Measure } {
  const tokens = tokensFor(a, b);
  const sideA = prepareSide(a, tokens);
  const sideB = prepareSide(b, tokens);
  // Words: rarity over every clause of both documents. Bigrams: over an even sample of each side's
  // clauses (all of them in documents of up to 1,000 clauses), counted only if a pair is ever measured.
  const measure = tokens === 'words' ? new Measure(idfWeights(wordFingerprints(sideA, sideB))) : new Measure(() => idfWeights(sampledFingerprints(sideA, sideB)));
  return { sideA, sideB, measure };
}

/** Every clause's word fingerprint on both sides: the documents over which word rarity is counted. */
function wordFingerprints(sideA: Side, sideB: Side): Uint32Array[] {
  const list: Uint32Array[] = [];
  for (let i = 0; i < sideA.size; i++) list.push(sideA.grams(i));
  for (let j = 0; j < sideB.size; j++) list.push(sideB.grams(j));
  return list;
}

/** Most clauses a side contributes to the document frequencies of bigrams (evenly spaced; all of them in smaller documents). */
const SAMPLE_CLAUSES = 100;

/**
 * Bigram fingerprints of up to `SAMPLE_CLAUSES` clauses of each side, evenly spaced: enough to
 * tell common bigrams from rare ones. Taken from the raw text (folding changes it only where it
 * holds noise), so that the many clauses that exact matching settled are never folded.
 */
function sampledFingerprints(sideA: Side, sideB: Side): Uint32Array[] {
  const list: Uint32Array[] = [];
  for (const side of [sideA, sideB]) {
    const step = Math.max(1, side.size / SAMPLE_CLAUSES);
    for (let k = 0; k < side.size; k += step) list.push(bigramSequence(side.texts[Math.floor(k)]!));
  }
  return list;
}
