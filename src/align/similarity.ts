import { CandidateIndex, type CandidateOptions } from './candidates.js';
import { Diagonal, type Place } from './diagonal.js';
import { type Links, unpaired } from './links.js';
import { RunCounter } from './formulas.js';
import { commonRun, Measure, runShare, score } from './measure.js';
import type { Side } from './side.js';

/** Options of the similarity step. */
export interface SimilarityOptions extends CandidateOptions {
  /** Minimum similarity (`Measure`) of two clauses to be paired, wherever they are. Default 0.5. */
  threshold?: number;
  /** Similarity that a pair far from its expected place (outside the gap between its anchors) needs unless a verbatim run alone reaches the threshold: a reworded move needs more evidence. Default 0.8 (the similarity is at least Dice, so this is about as strict as the earlier Dice 0.75). */
  farThreshold?: number;
  /** A verbatim run kept at the beginning or end (at least 16 bigrams or 6 words) whose `runShare` reaches this makes the pair as similar as 0.99; a smaller share, proportionally less (at the default, 0.4 reaches 0.5). Default 0.8. */
  runFull?: number;
  /** Which pairs to consider: `local` (inside the gap between anchors), `far` (outside it) or `all`. Default all. */
  scope?: 'local' | 'far' | 'all';
  /** How clauses are compared. Default: unweighted codes. */
  measure?: Measure;
}

/** Share of the smaller fingerprint's distinct codes two clauses must share before a verbatim run is looked for. */
const RUN_OVERLAP = 0.3;

/** Default share of the shorter clause that a verbatim run needs to make a pair as similar as 1. */
const RUN_FULL = 0.8;

/**
 * The similarity of A clause `a` and B clause `b` as `matchSimilar` judges it (without its
 * shortcuts): the `Measure` score, or the verbatim-run evidence when that is higher.
 */
export function pairSimilarity(sideA: Side, sideB: Side, measure: Measure, a: number, b: number, runFull = RUN_FULL): number {
  const base = measure.similarity(sideA.grams(a), sideB.grams(b));
  const minRun = sideA.tokens === 'words' ? MIN_RUN_WORDS : MIN_RUN_CHARS;
  return Math.max(base, Math.min(0.99, runShare(sideA.units(a), sideB.units(b), measure, minRun) / runFull));
}

/** Shortest verbatim run that counts as evidence: in bigrams of folded characters (Chinese), in words (alphabetic scripts). */
const MIN_RUN_CHARS = 16;
const MIN_RUN_WORDS = 6;

interface Scored {
  a: number;
  b: number;
  sim: number;
  rank: number;
  distance: number;
}

/**
 * Pair the clauses left unpaired by exact matching: candidates come from the inverted index and
 * the expected diagonal; pairs at or above the threshold (and, far from their place, at
 * `farThreshold` or with a verbatim run that is no formula) are taken greedily, best first, pairs
 * near the diagonal preferred; nothing below the threshold. Mutates `links`.
 */
export function matchSimilar(sideA: Side, sideB: Side, links: Links, options: SimilarityOptions = {}): void {
  const threshold = options.threshold ?? 0.5;
  const scope = options.scope ?? 'all';
  const farAt = Math.max(options.farThreshold ?? 0.8, threshold);
  const runFull = options.runFull ?? RUN_FULL;
  const measure = options.measure ?? new Measure();
  const minRun = sideA.tokens === 'words' ? MIN_RUN_WORDS : MIN_RUN_CHARS;
  const formulas = new RunCounter(sideA, sideB);
  const poolA = unpaired(links.aGroup);
  const poolB = unpaired(links.bGroup);
  if (poolA.length === 0 || poolB.length === 0) return;
  const diagonal = new Diagonal(links, sideA.size, sideB.size);
  const index = new CandidateIndex(poolA, sideA.grams, options);
  const pass: Pass = { sideA, sideB, measure, scope, threshold, farAt, runFull, minRun, massOfA: [], scored: [], waiting: [] };
  for (const b of poolB) {
    const gb = sideB.grams(b);
    const place = diagonal.forB(b);
    scoreCandidates(pass, b, gb, place, index.find(gb, place, scope !== 'local'));
  }
  settleFormulas(pass, formulas);
  const scored = pass.scored;
  scored.sort((x, y) => y.rank - x.rank || x.distance - y.distance || x.b - y.b || x.a - y.a);
  for (const { a, b, sim } of scored) {
    if (links.aGroup[a] === -1 && links.bGroup[b] === -1) links.add([a], [b], sim);
  }
}

/** What `scoreCandidates` needs of a `matchSimilar` pass, and the pairs it keeps. */
interface Pass {
  sideA: Side;
  sideB: Side;
  measure: Measure;
  scope: 'local' | 'far' | 'all';
  threshold: number;
  farAt: number;
  runFull: number;
  minRun: number;
  /** Mass of each A clause measured so far. */
  massOfA: number[];
  scored: Scored[];
  /** Pairs far from their place that only a verbatim run backs: kept unless the run is a formula (`settleFormulas`). */
  waiting: Waiting[];
}

/** A pair far from its place whose verbatim run reaches the threshold and beats its score. */
interface Waiting {
  a: number;
  b: number;
  /** The `Measure` score. */
  base: number;
  /** The verbatim-run evidence (`runShare` over `runFull`). */
  run: number;
  /** The run itself: its length in units, positive at the beginning, negative at the end (`commonRun`). */
  units: number;
  distance: number;
}

/**
 * Measure B clause `b` against its candidates and keep the pairs the rule lets through. A function
 * of its own, called per B clause: the CLI turns on-stack replacement off for large inputs, so a
 * loop in `matchSimilar`, called once per pass, would run unoptimised to its end.
 */
function scoreCandidates(pass: Pass, b: number, gb: Uint32Array, place: Place, candidates: readonly number[]): void {
  const { sideA, sideB, measure, scope, threshold, farAt, runFull, minRun, massOfA, scored, waiting } = pass;
  // Weighed when a candidate is measured (masses are never negative).
  let massB = -1;
  for (const a of candidates) {
    // Outside this pass's scope: not worth measuring.
    const inGap = a > place.lo && a < place.hi;
    if ((scope === 'local' && !inGap) || (scope === 'far' && inGap)) continue;
    const ga = sideA.grams(a);
    // B's clause first: its weights are the ones looked up, the same for every candidate.
    const shared = measure.shared(gb, ga);
    const count = measure.lastCount;
    const massA = (massOfA[a] ??= measure.mass(ga));
    if (massB < 0) massB = measure.mass(gb);
    const base = score(shared, massA, massB);
    const needed = inGap ? threshold : farAt;
    // A long verbatim run (part of a clause kept, the rest rewritten) is evidence of its own: its
    // share of the shorter clause over `runFull`, below 1, which marks settled pairs (a clause
    // wholly inside another may yet be a merge's or a split's piece). Looked for only when the
    // two share enough distinct codes to hold such a run.
    const run = base < needed && count >= RUN_OVERLAP * Math.min(ga.length, gb.length) ? Math.min(0.99, runShare(sideA.units(a), sideB.units(b), measure, minRun) / runFull) : 0;
    const distance = Math.abs(a - place.expected);
    // Far from its place, a run that other clauses begin or end with too is a formula, not text
    // this clause kept (near it, the position backs the pair up): the pair waits for the count.
    if (!inGap && run > base && run >= threshold) {
      waiting.push({ a, b, base, run, units: commonRun(sideA.units(a), sideB.units(b)), distance });
      continue;
    }
    const sim = Math.max(base, run);
    // The one rule: nothing below the threshold; far from its place, more evidence.
    if (sim < threshold) continue;
    if (!inGap && base < farAt && run < threshold) continue;
    scored.push({ a, b, sim, rank: sim + (inGap ? 0.05 : 0), distance });
  }
}

/**
 * Keep the waiting pairs (`Pass.waiting`) as `scoreCandidates` would: a run that at least two
 * other clauses begin or end with (three in all) is a formula and no evidence, and the pair then
 * stands on its score, which far from its place must reach `farAt`; else the run is its
 * similarity. The runs are counted together, in one pass over the clauses (`RunCounter.countAll`);
 * the order in which pairs are kept does not matter, since `matchSimilar` sorts them.
 */
function settleFormulas({ waiting, scored, farAt }: Pass, formulas: RunCounter): void {
  if (waiting.length === 0) return;
  const counts = formulas.countAll(waiting.map(({ a, units }) => ({ a, run: units })), 3);
  waiting.forEach(({ a, b, base, run, distance }, k) => {
    const formula = counts[k]! > 2;
    if (formula && base < farAt) return;
    const sim = formula ? base : run;
    scored.push({ a, b, sim, rank: sim, distance });
  });
}
