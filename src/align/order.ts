/**
 * Interleave entries that exist only on the A side into a list in B order: each goes right after
 * the entry holding its A predecessor (index − 1), at the very start when it has none. Chains of
 * such entries stay in A order. Iterative, so long chains cannot overflow the stack.
 */
export function placeAfterPredecessor<E>(
  inBOrder: readonly E[],
  onlyInA: readonly number[],
  holderOf: (a: number) => E | undefined,
  make: (a: number) => E,
): E[] {
  const created = new Map<number, E>();
  const after = new Map<E, E[]>();
  const start: E[] = [];
  for (const a of [...onlyInA].sort((x, y) => x - y)) {
    const entry = make(a);
    created.set(a, entry);
    const holder = a > 0 ? (created.get(a - 1) ?? holderOf(a - 1)) : undefined;
    if (holder === undefined) start.push(entry);
    else {
      const list = after.get(holder);
      if (list) list.push(entry);
      else after.set(holder, [entry]);
    }
  }
  const out: E[] = [];
  // Each entry, then depth first what goes after it; the stack holds only such chains, not the whole list.
  const stack: E[] = [];
  const emit = (entry: E) => {
    stack.push(entry);
    while (stack.length > 0) {
      const top = stack.pop()!;
      out.push(top);
      const next = after.get(top);
      if (next) for (let k = next.length - 1; k >= 0; k--) stack.push(next[k]!);
    }
  };
  for (const entry of start) emit(entry);
  for (let k = 0; k < inBOrder.length; k++) emit(inBOrder[k]!);
  return out;
}
