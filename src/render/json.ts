import { escapeJsonControls, holdsJsonRawControls } from '../text/sanitize.js';
import { knownFreeOfRawControls } from '../tree/raw-control-free.js';
import type { Change, ClauseRef, Declaration, DiffResult, Section } from '../types.js';

/** The `clausewise/diff@1` contract, pretty-printed, C1 controls and bidi marks escaped, one final newline. */
export function renderJson(result: DiffResult): string {
  const json = JSON.stringify(result, null, 2);
  return `${holdsRawControls(result) ? escapeJsonControls(json) : json}\n`;
}

/**
 * `renderJson` in pieces, for writing a large report without ever holding it as one string:
 * V8 builds `JSON.stringify`'s result as a rope, and writing a rope of megabytes flattens it (a
 * copy as large as the report, and the garbage that goes with it). `escape`: whether C1 controls
 * and bidi marks need escaping, when the caller knows (`inputsHoldRawControls`); else the report is looked at.
 */
export function* renderJsonPieces(result: DiffResult, batch?: number, escape = holdsRawControls(result)): Generator<string> {
  for (const piece of jsonPieces(result, batch)) yield escape ? escapeJsonControls(piece) : piece;
  yield '\n';
}

/**
 * Could the report of these declarations hold a character `escapeJsonControls` rewrites? Its
 * strings that documents set are their titles, dates, sources, headings and clause texts, the
 * labels that stand in for a missing source, and word edits: pieces of clause texts folded (NFKC,
 * Traditional to Simplified), which makes none of those characters (tests check every code point
 * and the conversion tables). A section's clauses are tested joined, by one native join and one
 * scan: on the 10,000-clause benchmark this costs a fraction of `holdsRawControls`, which looks
 * at the report's strings one by one.
 */
export function inputsHoldRawControls(declarations: readonly Declaration[], labels: readonly string[]): boolean {
  for (const label of labels) if (holdsJsonRawControls(label)) return true;
  for (const declaration of declarations) {
    const { meta, preamble, sections } = declaration;
    for (const text of [meta.title, meta.date ?? '', meta.source ?? '']) if (holdsJsonRawControls(text)) return true;
    // A canonical file's lines were tested as they were read (`knownFreeOfRawControls`).
    if (knownFreeOfRawControls(declaration)) continue;
    if (holdsJsonRawControls(preamble.join('\n')) || sectionsHoldRawControls(sections)) return true;
  }
  return false;
}

function sectionsHoldRawControls(sections: readonly Section[]): boolean {
  for (const { heading, clauses, children } of sections) {
    if (holdsJsonRawControls(heading) || holdsJsonRawControls(clauses.join('\n')) || sectionsHoldRawControls(children)) return true;
  }
  return false;
}

/**
 * Does a string of the report that a document sets hold a character `escapeJsonControls` rewrites?
 * The other strings (the schema, ids, kinds, edit ops, section statuses) are the contract's own
 * ASCII. Most reports hold none, and then their JSON needs no escaping: checking the strings costs
 * a third of scanning the pretty-printed JSON (the 10,000-clause report: 1.9 M units of text in
 * 5.5 M), most of which is indentation.
 */
export function holdsRawControls(result: DiffResult): boolean {
  const { from, to, sections, changes } = result;
  for (const text of [from.title, from.date, from.source, to.title, to.date, to.source]) if (text !== null && holdsJsonRawControls(text)) return true;
  for (const { from, to } of sections) if ((from !== null && holdsJsonRawControls(from)) || (to !== null && holdsJsonRawControls(to))) return true;
  const checked = { section: '' };
  // Indexed, a call per change: the CLI runs large inputs without on-stack replacement, and a
  // loop's own body would stay unoptimised; a function called per change is optimised.
  for (let k = 0; k < changes.length; k++) if (changeHoldsRawControls(changes[k]!, checked)) return true;
  return false;
}

/**
 * `holdsRawControls` of one change. `checked.section` is the last heading found clean (the clauses
 * of a section come in a row), and a B text equal to the one A text was checked there: most
 * clauses are kept word for word, and comparing equal texts costs less than a scan.
 */
function changeHoldsRawControls({ from, to, edits }: Change, checked: { section: string }): boolean {
  for (let k = 0; k < from.length; k++) if (refHoldsRawControls(from[k]!, checked, undefined)) return true;
  const same = from.length === 1 ? from[0]!.text : undefined;
  for (let k = 0; k < to.length; k++) if (refHoldsRawControls(to[k]!, checked, same)) return true;
  if (edits !== undefined) for (let k = 0; k < edits.length; k++) if (holdsJsonRawControls(edits[k]!.text)) return true;
  return false;
}

/** Does a clause reference hold a raw control (its text not checked when it is `clean`, a text found clean)? */
function refHoldsRawControls({ section, text }: ClauseRef, checked: { section: string }, clean: string | undefined): boolean {
  if (text !== clean && holdsJsonRawControls(text)) return true;
  if (section === checked.section) return false;
  if (holdsJsonRawControls(section)) return true;
  checked.section = section;
  return false;
}

/**
 * About how many UTF-16 units a piece of an array holds when no batch size is given. V8 allocates
 * a string over 128 KB (64K two-byte units) in a memory mapping of its own, whose pages are
 * fresh (page faults) and which the young generation does not recycle: the 10,000-clause report
 * written 128 changes at a time made 80 such strings.
 */
export const JSON_PIECE_UNITS = 16_384;

/**
 * Pieces whose concatenation is exactly `JSON.stringify(value, null, 2)`: a plain object's
 * arrays are written a batch of elements at a time, anything else whole. The batch is `batch`
 * elements when given; else it is sized from the pieces written so far to hold about
 * JSON_PIECE_UNITS. Each part is written by `JSON.stringify` at its own depth (inside one or two
 * arrays) and cut out of the result, so that the indentation comes from the native writer. Pieces
 * are yielded as they are made, not joined: a joined piece is another rope to flatten.
 */
export function* jsonPieces(value: unknown, batch?: number): Generator<string> {
  if (!isPlainObject(value)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    // Values an object's JSON leaves out.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(item) && item.length > 0 && !('toJSON' in item)) {
      let size = batch ?? 16;
      for (let start = 0; start < item.length; ) {
        // `[\n  [\n    a,\n    b\n  ]\n]` → `a,\n    b`
        const text = JSON.stringify([item.slice(start, start + size)], null, 2);
        yield start === 0 ? '[\n    ' : ',\n    ';
        yield text.slice(10, -6);
        start += size;
        if (batch === undefined) size = nextBatch(size, text.length);
      }
      yield '\n  ]';
    } else {
      // `[\n  value\n]` → `value`
      yield JSON.stringify([item], null, 2).slice(4, -2);
    }
  }
  yield first ? '{}' : '\n}';
}

/** The next batch size: as many elements as JSON_PIECE_UNITS holds at the last batch's size an element, at least one, at most twice as many as before. */
function nextBatch(size: number, units: number): number {
  return Math.max(1, Math.min(2 * size, Math.floor((size * JSON_PIECE_UNITS) / Math.max(1, units))));
}

/** An object JSON writes key by key: not an array, no `toJSON`, prototype Object's or none. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'toJSON' in value) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
