import { tracePhase } from '../trace.js';
import type { Change, ClauseRef, Declaration, DiffResult, SectionPair, Summary, WordEdit } from '../types.js';
import { wordEditsMany, type EditOptions, type EditText } from './edits.js';
import { type Group, type Links, unpaired } from './links.js';
import { markMoves } from './moves.js';
import { placeAfterPredecessor } from './order.js';
import { emptySummary } from './summary.js';
import type { SectionAlignment } from './sections.js';
import type { Side } from './side.js';

/** Labels for the headers when the metadata has no `source`. */
export interface AssembleInput extends EditOptions {
  fromSource?: string;
  toSource?: string;
  /** Word edits computed on first read (see `AlignInput.lazyWordEdits`). */
  lazyWordEdits?: boolean;
}


/**
 * Turn the groups into the contract's `changes` (B order, removed clauses after the change that
 * holds their A predecessor), `sections` with per-pair counts, and `summary`.
 */
export function assemble(
  declarations: { a: Declaration; b: Declaration },
  sideA: Side,
  sideB: Side,
  links: Links,
  sections: SectionAlignment,
  options: AssembleInput = {},
): DiffResult {
  const ordered = bOrder(links, sideB.size);
  const removedA = unpaired(links.aGroup);
  const holderOfA = (a: number) => links.ofA(a);
  const all = placeAfterPredecessor(ordered, removedA, holderOfA, (a) => ({ from: [a], to: [], sim: 0 }));
  const moved = markMoves(all, sideA, sideB, sections);
  const refA = (a: number): ClauseRef => ({ id: `a${a + 1}`, section: sideA.sections[sideA.sectionOf[a]!]!.heading, text: sideA.texts[a]! });
  const refB = (b: number): ClauseRef => ({ id: `b${b + 1}`, section: sideB.sections[sideB.sectionOf[b]!]!.heading, text: sideB.texts[b]! });
  const counts = sections.links.map(() => emptySummary());
  const summary = emptySummary();
  const reworded: Change[] = [];
  const rewordedTexts: Array<[EditText, EditText]> = [];
  const changes = all.map((group, k): Change => {
    const kind = group.from.length === 0 ? 'added' : group.to.length === 0 ? 'removed' : group.from.length > 1 ? 'merged' : group.to.length > 1 ? 'split' : 'matched';
    const paired = group.from.length > 0 && group.to.length > 0;
    const differs = paired && !sameText(group, sideA, sideB);
    const change: Change = {
      kind,
      // One clause a side nearly always: a literal array rather than a map.
      from: group.from.length === 1 ? [refA(group.from[0]!)] : group.from.map(refA),
      to: group.to.length === 1 ? [refB(group.to[0]!)] : group.to.map(refB),
      moved: moved[k]!,
      reworded: differs,
      similarity: !paired ? 0 : differs ? Math.min(0.999, Math.round(group.sim * 1000) / 1000) : 1,
    };
    if (differs) {
      reworded.push(change);
      rewordedTexts.push([joinedTexts(group.from, sideA), joinedTexts(group.to, sideB)]);
    }
    // Every section is in exactly one pair: the first B clause's, or a removed clause's A section.
    const pairIndex = group.to.length > 0 ? sections.rankOfB[sideB.sectionOf[group.to[0]!]!]! : sections.rankOfA[sideA.sectionOf[group.from[0]!]!]!;
    count(summary, change);
    count(counts[pairIndex]!, change);
    return change;
  });
  tracePhase('align: changes');
  if (options.lazyWordEdits) reworded.forEach((change, k) => editsOnFirstRead(change, rewordedTexts[k]!, options));
  else {
    const edits = wordEditsMany(rewordedTexts, options);
    reworded.forEach((change, k) => (change.edits = edits[k]!));
  }
  tracePhase('align: word edits');
  const sectionPairs: SectionPair[] = sections.links.map((link, k) => ({
    from: link.from === null ? null : sideA.sections[link.from]!.heading,
    to: link.to === null ? null : sideB.sections[link.to]!.heading,
    status: link.status,
    moved: link.moved,
    clauses: counts[k]!,
  }));
  const { a, b } = declarations;
  return {
    schema: 'clausewise/diff@1',
    from: { title: a.meta.title, date: a.meta.date ?? null, clauses: sideA.size, source: a.meta.source ?? options.fromSource ?? '' },
    to: { title: b.meta.title, date: b.meta.date ?? null, clauses: sideB.size, source: b.meta.source ?? options.toSource ?? '' },
    summary,
    sections: sectionPairs,
    changes,
  };
}

/**
 * Give the change an `edits` property that computes the word edits of `texts` when first read and
 * then holds them as a plain value (enumerable, so that the change reads, spreads and serialises
 * as an eager one does).
 */
function editsOnFirstRead(change: Change, texts: readonly [EditText, EditText], options: EditOptions): void {
  Object.defineProperty(change, 'edits', {
    configurable: true,
    enumerable: true,
    get() {
      const edits = wordEditsMany([texts], options)[0]!;
      Object.defineProperty(change, 'edits', { value: edits, writable: true, configurable: true, enumerable: true });
      return edits;
    },
    set(edits: WordEdit[]) {
      Object.defineProperty(change, 'edits', { value: edits, writable: true, configurable: true, enumerable: true });
    },
  });
}

/** Every B clause's group in B order (a new added group for each unpaired B clause). */
function bOrder(links: Links, sizeB: number): Group[] {
  const list: Group[] = [];
  let last = -2;
  for (let b = 0; b < sizeB; b++) {
    const id = links.bGroup[b]!;
    if (id === -1) list.push({ from: [], to: [b], sim: 0 });
    else if (id !== last && links.groups[id]!.to[0] === b) list.push(links.groups[id]!);
    last = id;
  }
  return list;
}

/** Do the group's two sides read the same, raw or folded (joined in order for splits and merges)? */
function sameText(group: Group, sideA: Side, sideB: Side): boolean {
  // One-to-one pairs are nearly all of them: compare without joining.
  if (group.from.length === 1 && group.to.length === 1) {
    const a = group.from[0]!;
    const b = group.to[0]!;
    return sideA.texts[a] === sideB.texts[b] || sideA.fold(a) === sideB.fold(b);
  }
  const joined = (list: number[], text: (i: number) => string) => list.map(text).join('');
  const raw = (side: Side) => (i: number) => side.texts[i]!;
  return joined(group.from, raw(sideA)) === joined(group.to, raw(sideB)) || joined(group.from, sideA.fold) === joined(group.to, sideB.fold);
}

/** A clause's text, or the texts of a split's or merge's clauses, for the word diff to join. */
function joinedTexts(list: number[], side: Side): EditText {
  return list.length === 1 ? side.texts[list[0]!]! : list.map((i) => side.texts[i]!);
}

function count(summary: Summary, change: Change): void {
  summary[change.kind] += 1;
  if (change.moved) summary.moved += 1;
  if (change.reworded) summary.reworded += 1;
}
