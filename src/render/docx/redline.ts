import { longestIncreasing } from '../../align/lis.js';
import type { Change, Declaration, DiffResult } from '../../types.js';
import type { Mark, Paragraph, ParagraphStyle, Run } from './model.js';
import { cutRuns, exactSteps, inlineRuns, sideRuns } from './steps.js';
import { type Token, tokensOf } from './tokens.js';

/** Paragraphs of A (`from`) and of B (`to`) that correspond: a change, a section pair, or the titles. */
interface Unit {
  /** Token positions in A, ascending. */
  from: number[];
  /** Token positions in B, ascending. */
  to: number[];
  change?: Change;
}

/** Position of a clause id in reading order, 0-based (`a12` → 11). */
function clauseIndex(id: string): number {
  return Number.parseInt(id.slice(1), 10) - 1;
}

/** Are these positions one unbroken stretch? */
function contiguous(positions: readonly number[]): boolean {
  return positions.every((p, i) => i === 0 || p === positions[i - 1]! + 1);
}

/** Word's paragraph style for a paragraph of a declaration. */
function styleOf(token: Token): ParagraphStyle {
  if (token.kind === 'title') return 'Title';
  if (token.kind === 'clause') return 'Normal';
  return `Heading${Math.min(5, Math.max(1, token.depth - 1))}` as ParagraphStyle;
}

/**
 * The units of a diff: the titles, each change, each section pair (headings taken in reading
 * order among those of the same text), and any paragraph that none of them holds on its own.
 */
function unitsOf(result: DiffResult, a: Token[], aClauses: number[], b: Token[], bClauses: number[]): Unit[] {
  const units: Unit[] = [];
  const ownerA = new Int32Array(a.length).fill(-1);
  const ownerB = new Int32Array(b.length).fill(-1);
  const add = (from: number[], to: number[], change?: Change): void => {
    const free = (owner: Int32Array) => (p: number | undefined): p is number => p !== undefined && owner[p] === -1;
    const unit: Unit = { from: from.filter(free(ownerA)), to: to.filter(free(ownerB)), ...(change ? { change } : {}) };
    if (unit.from.length + unit.to.length === 0) return;
    for (const p of unit.from) ownerA[p] = units.length;
    for (const p of unit.to) ownerB[p] = units.length;
    units.push(unit);
  };
  add([0], [0]);
  for (const change of result.changes) {
    add(change.from.map((ref) => aClauses[clauseIndex(ref.id)]!), change.to.map((ref) => bClauses[clauseIndex(ref.id)]!), change);
  }
  const headings = (tokens: Token[]): Map<string, number[]> => {
    const byText = new Map<string, number[]>();
    tokens.forEach((token, p) => {
      if (token.kind === 'heading') byText.set(token.text, [...(byText.get(token.text) ?? []), p]);
    });
    return byText;
  };
  const headingsA = headings(a);
  const headingsB = headings(b);
  for (const pair of result.sections) {
    const from = pair.from ? headingsA.get(pair.from)?.shift() : undefined;
    const to = pair.to ? headingsB.get(pair.to)?.shift() : undefined;
    add(from === undefined ? [] : [from], to === undefined ? [] : [to]);
  }
  ownerA.forEach((owner, p) => owner === -1 && add([p], []));
  ownerB.forEach((owner, p) => owner === -1 && add([], [p]));
  return units;
}

/**
 * The units that stay in place: the longest chain in the order of both documents among those that
 * could (both sides present and each unbroken, one clause on at least one side, not moved by the
 * aligner). Every other unit is a deletion, an insertion or a move.
 */
function chainOf(units: readonly Unit[]): Unit[] {
  const candidates = units
    .filter((u) => u.from.length > 0 && u.to.length > 0 && (u.from.length === 1 || u.to.length === 1) && contiguous(u.from) && contiguous(u.to) && !u.change?.moved)
    .sort((x, y) => x.to[0]! - y.to[0]!);
  const on = longestIncreasing(candidates.map((u) => u.from[0]!));
  return candidates.filter((_, i) => on[i] === 1);
}

/** Lengths of the token texts at these positions. */
function lengths(tokens: readonly Token[], positions: readonly number[]): number[] {
  return positions.map((p) => tokens[p]!.text.length);
}

/**
 * Turn the marks of a trailing block of tracked paragraphs one paragraph earlier: the last
 * paragraph mark of a document cannot be deleted or inserted, so each such paragraph is opened by
 * the tracked mark of the paragraph before it instead of being closed by its own (a move's mark as
 * an insertion or deletion, since it leaves the move's range). The last mark then closes a
 * different paragraph once changes are accepted than once they are rejected: it takes the
 * accepted one's style, with the rejected one's as a tracked property change.
 */
function untrackLastMark(paragraphs: Paragraph[]): void {
  let k = paragraphs.length;
  while (k > 0 && paragraphs[k - 1]!.mark !== 'none') k--;
  if (k === paragraphs.length || k === 0) return;
  const last = paragraphs[paragraphs.length - 1]!;
  // The paragraph the last mark closes in a view: the last of the block that the view shows, else the one before the block.
  const closes = (shown: (mark: Mark) => boolean): ParagraphStyle => {
    for (let i = paragraphs.length - 1; i >= k; i--) if (shown(paragraphs[i]!.mark)) return paragraphs[i]!.style;
    return paragraphs[k - 1]!.style;
  };
  const accepted = closes((mark) => mark === 'ins' || mark === 'moveTo');
  const rejected = closes((mark) => mark === 'del' || mark === 'moveFrom');
  const plain = (mark: Mark): Mark => (mark === 'moveFrom' ? 'del' : mark === 'moveTo' ? 'ins' : mark);
  for (let i = k - 1; i < paragraphs.length - 1; i++) paragraphs[i]!.mark = plain(paragraphs[i + 1]!.mark);
  last.mark = 'none';
  last.style = accepted;
  if (rejected !== accepted) last.formerStyle = rejected;
}

/**
 * B written as paragraphs whose tracked changes turn A into B: units on the chain in place with
 * word-level changes (a split's new paragraph marks inserted, a merge's old ones deleted); between
 * them, A's other paragraphs deleted or moved away, then B's other paragraphs inserted or moved
 * in, each move's two sides under one name. Accepting every change gives B's title, headings and
 * clauses; rejecting every change gives A's.
 */
export function redlineParagraphs(result: DiffResult, aDeclaration: Declaration, bDeclaration: Declaration): Paragraph[] {
  const a = tokensOf(aDeclaration);
  const b = tokensOf(bDeclaration);
  const units = unitsOf(result, a.tokens, a.clauseAt, b.tokens, b.clauseAt);
  const chain = chainOf(units);
  const onChain = new Set(chain);
  const sideA = new Map<number, Paragraph>();
  const sideB = new Map<number, Paragraph>();
  let moves = 0;
  for (const unit of units) {
    if (onChain.has(unit)) continue;
    const steps = exactSteps(unit.from.map((p) => a.tokens[p]!.text), unit.to.map((p) => b.tokens[p]!.text), unit.change);
    const move = unit.from.length > 0 && unit.to.length > 0 && contiguous(unit.from) && contiguous(unit.to) ? `move${++moves}` : undefined;
    const side = (tokens: Token[], positions: number[], runs: Run[], mark: Mark, into: Map<number, Paragraph>): void => {
      const pieces = cutRuns(runs, lengths(tokens, positions), () => true) ?? [runs, ...positions.slice(1).map(() => [])];
      positions.forEach((p, i) => into.set(p, { style: styleOf(tokens[p]!), runs: pieces[i]!, mark }));
      if (move && positions.length > 0) {
        const range = { kind: mark as 'moveFrom' | 'moveTo', name: move };
        into.get(positions[0]!)!.moveStart = range;
        into.get(positions[positions.length - 1]!)!.moveEnd = range;
      }
    };
    side(a.tokens, unit.from, sideRuns(steps, 'from', move ? 'moveFrom' : 'del', 'del'), move ? 'moveFrom' : 'del', sideA);
    side(b.tokens, unit.to, sideRuns(steps, 'to', move ? 'moveTo' : 'ins', 'ins'), move ? 'moveTo' : 'ins', sideB);
  }
  const out: Paragraph[] = [];
  let nextA = 0;
  let nextB = 0;
  const gap = (endA: number, endB: number): void => {
    for (; nextA < endA; nextA++) out.push(sideA.get(nextA)!);
    for (; nextB < endB; nextB++) out.push(sideB.get(nextB)!);
  };
  for (const unit of chain) {
    gap(unit.from[0]!, unit.to[0]!);
    out.push(...inPlace(unit, a.tokens, b.tokens));
    nextA = unit.from[unit.from.length - 1]! + 1;
    nextB = unit.to[unit.to.length - 1]! + 1;
  }
  gap(a.tokens.length, b.tokens.length);
  untrackLastMark(out);
  return out;
}

/** A unit that stays in place: one paragraph with word changes, or a split's or merge's paragraphs with their marks tracked. */
function inPlace(unit: Unit, a: readonly Token[], b: readonly Token[]): Paragraph[] {
  if (unit.from.length === 1 && unit.to.length === 1) {
    const token = b[unit.to[0]!]!;
    // Most clauses are the same as written: one untracked run, no diff to map.
    if (a[unit.from[0]!]!.text === token.text) return [{ style: styleOf(token), runs: [{ text: token.text, mark: 'none' }], mark: 'none' }];
  }
  const steps = exactSteps(unit.from.map((p) => a[p]!.text), unit.to.map((p) => b[p]!.text), unit.change);
  const runs = inlineRuns(steps);
  const [tokens, positions, mark, counts] = unit.to.length > 1
    ? [b, unit.to, 'ins' as const, (m: Mark) => m !== 'del']
    : [a, unit.from, 'del' as const, (m: Mark) => m !== 'ins'];
  if (positions.length === 1) return [{ style: styleOf(b[unit.to[0]!]!), runs, mark: 'none' }];
  const pieces = cutRuns(runs, lengths(tokens, positions), counts) ?? [runs, ...positions.slice(1).map(() => [])];
  return positions.map((p, i) => ({ style: styleOf(tokens[p]!), runs: pieces[i]!, mark: i === positions.length - 1 ? 'none' : mark }));
}
