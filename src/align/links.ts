/** One correspondence under construction: some A clauses ↔ some B clauses (indices, ascending). */
export interface Group {
  from: number[];
  to: number[];
  /** Similarity of the folded texts (joined for split/merge), in [0, 1]. */
  sim: number;
}

/** Ascending indices whose group is −1 (clauses not yet paired). */
export function unpaired(groups: Int32Array): number[] {
  const list: number[] = [];
  for (let i = 0, size = groups.length; i < size; i++) if (groups[i] === -1) list.push(i);
  return list;
}

/** The growing set of correspondences, with O(1) look-up of the group holding a clause. */
export class Links {
  /** Group id of each A clause, -1 when unpaired. */
  readonly aGroup: Int32Array;
  /** Group id of each B clause, -1 when unpaired. */
  readonly bGroup: Int32Array;
  /** A clause paired one-to-one with each B clause, -1 when none: the diagonal reads it on every step. */
  readonly pairOfB: Int32Array;
  /** Similarity of the group holding each A clause, 0 when unpaired: split/merge passes over the settled ones (1). */
  readonly simOfA: Float64Array;
  /** Similarity of the group holding each B clause, 0 when unpaired. */
  readonly simOfB: Float64Array;
  /** Groups by id; removed ones are undefined. */
  readonly groups: (Group | undefined)[] = [];

  constructor(sizeA: number, sizeB: number) {
    this.aGroup = new Int32Array(sizeA).fill(-1);
    this.bGroup = new Int32Array(sizeB).fill(-1);
    this.pairOfB = new Int32Array(sizeB).fill(-1);
    this.simOfA = new Float64Array(sizeA);
    this.simOfB = new Float64Array(sizeB);
  }

  /** Record a group; every clause in it must be unpaired. Returns its id. */
  add(from: number[], to: number[], sim: number): number {
    const id = this.groups.length;
    // Made with a fractional similarity, then set: V8 keeps `sim` in a double field from the first
    // group on. Exact pairs come first with sim 1, an integer, and the first fractional one would
    // otherwise change the field's representation and make every earlier group move to a new shape
    // when next read (some 20 ms for 10,000 pairs).
    const group: Group = { from, to, sim: 0.5 };
    group.sim = sim;
    this.groups.push(group);
    for (let k = 0; k < from.length; k++) {
      this.aGroup[from[k]!] = id;
      this.simOfA[from[k]!] = sim;
    }
    for (let k = 0; k < to.length; k++) {
      this.bGroup[to[k]!] = id;
      this.simOfB[to[k]!] = sim;
    }
    if (from.length === 1 && to.length === 1) this.pairOfB[to[0]!] = from[0]!;
    return id;
  }

  /** Dissolve a group: its clauses become unpaired. */
  remove(id: number): void {
    const group = this.groups[id];
    if (!group) return;
    for (const a of group.from) {
      this.aGroup[a] = -1;
      this.simOfA[a] = 0;
    }
    for (const b of group.to) {
      this.bGroup[b] = -1;
      this.pairOfB[b] = -1;
      this.simOfB[b] = 0;
    }
    this.groups[id] = undefined;
  }

  /** The group holding A clause `a`, if any. */
  ofA(a: number): Group | undefined {
    const id = this.aGroup[a] ?? -1;
    return id < 0 ? undefined : this.groups[id];
  }

  /** The group holding B clause `b`, if any. */
  ofB(b: number): Group | undefined {
    const id = this.bGroup[b] ?? -1;
    return id < 0 ? undefined : this.groups[id];
  }

  /** Live groups in the order of their first B clause (groups without B clauses excluded). */
  inBOrder(): Group[] {
    const list: Group[] = [];
    const seen = new Set<number>();
    for (let b = 0; b < this.bGroup.length; b++) {
      const id = this.bGroup[b]!;
      if (id >= 0 && !seen.has(id)) {
        seen.add(id);
        list.push(this.groups[id]!);
      }
    }
    return list;
  }
}
