import { convertT2s } from './t2s.js';
import { CHANGING_UNITS, WITNESSED } from './t2s-table.js';

/** Any run of whitespace, including U+3000 and other Unicode spaces. */
const WHITESPACE = /\s+/gu;

/** Does the text contain a character from the CJK ideograph blocks? */
export function hasIdeographs(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** A UTF-16 unit that is a changing source by itself. */
const WHOLE = 1;
/** A UTF-16 unit that witnesses longer changing sources (see `WITNESSED`). */
const WITNESS = 2;

interface SourceIndex {
  flags: Uint8Array;
  /** For a witness unit: the sources it witnesses, each with the unit's offset in it. */
  witnessed: Map<number, Array<{ source: string; offset: number }>>;
}

let sourceIndex: SourceIndex | undefined;

/** Flags and witness lists from the generated table (derived there, so that this costs next to nothing). */
function indexSources(): SourceIndex {
  const flags = new Uint8Array(0x10000);
  for (let k = 0; k < CHANGING_UNITS.length; k++) flags[CHANGING_UNITS.charCodeAt(k)] = WHOLE;
  const witnessed = new Map<number, Array<{ source: string; offset: number }>>();
  for (const entry of WITNESSED.split('|')) {
    const space = entry.indexOf(' ');
    const source = entry.slice(0, space);
    const offset = Number(entry.slice(space + 1));
    const unit = source.charCodeAt(offset);
    flags[unit] = WITNESS;
    const list = witnessed.get(unit);
    if (list) list.push({ source, offset });
    else witnessed.set(unit, [{ source, offset }]);
  }
  return { flags, witnessed };
}

/**
 * Could OpenCC change this text? Only when one of its changing sources occurs in it; false means
 * the converter would return the text unchanged.
 */
export function mayConvert(text: string): boolean {
  const { flags, witnessed } = (sourceIndex ??= indexSources());
  for (let i = 0; i < text.length; i++) {
    const flag = flags[text.charCodeAt(i)];
    if (flag === 0) continue;
    if (flag === WHOLE) return true;
    for (const { source, offset } of witnessed.get(text.charCodeAt(i))!) if (text.startsWith(source, i - offset)) return true;
  }
  return false;
}

/**
 * Fold Traditional characters to Simplified (OpenCC `t2cn`, see `convertT2s`); text without
 * ideographs, or with nothing the converter would change (most Simplified text), is returned as is.
 */
export function foldScript(text: string): string {
  if (!hasIdeographs(text) || !mayConvert(text)) return text;
  return convertT2s(text);
}

/**
 * The canonical folding of the diff contract: Unicode NFKC (full-/half-width forms, U+3000),
 * all whitespace removed, Traditional folded to Simplified.
 * Two clauses are "not reworded" exactly when their folded texts are equal.
 */
export function foldText(text: string): string {
  return foldScript(text.normalize('NFKC').replace(WHITESPACE, ''));
}
