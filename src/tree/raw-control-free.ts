/**
 * Declarations, and the block lists they are built from, known to hold none of the characters the
 * JSON report escapes (`holdsJsonRawControls`: C1 controls, bidi controls and marks, line and
 * paragraph separators) in their preamble, headings and clauses. The canonical line reader learns
 * this as it tests each line (`readCanonicalLines`), so the report need not scan those texts
 * again; anything not marked is scanned. Marks follow objects, which the pipeline never changes.
 */
const known = new WeakSet<object>();

/** Record that `value`'s texts hold no raw controls. */
export function markFreeOfRawControls(value: object): void {
  known.add(value);
}

/** Are `value`'s texts known to hold no raw controls? */
export function knownFreeOfRawControls(value: object): boolean {
  return known.has(value);
}
