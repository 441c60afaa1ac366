import { CONVERSION, NORMALIZATION } from './t2s-table.js';

/**
 * Traditional → Simplified (mainland), giving exactly what opencc-js's converter gives with the
 * same dictionaries (`t2s-table.ts`, generated from opencc-js: its `t2s` ones, which `t2cn` uses,
 * with Taiwan's and Hong Kong's variants from `tw2s` and `hk2s` and corner quotes added, so that
 * 隨著 folds to 随着 and 「」 to “”). opencc-js builds a trie
 * of `Map`s on first use (25–40 ms, thousands of objects) and walks it code point by code point;
 * here each pass is a table indexed by UTF-16 unit, so that most units cost one look-up, and only
 * the units that start a phrase, an astral source or a description sequence take a closer look.
 */

/** In `Pass.units` and `Pass.alone`: the unit needs a closer look. U+FFFF is a noncharacter, never a replacement. */
const LOOK = 0xffff;

interface Pass {
  /** The table: `source replacement` entries, `|`-separated, sorted by source. */
  table: string;
  /** By UTF-16 unit: 0 when it stays, its replacement when that is one unit and starts no phrase, else `LOOK`. */
  units: Uint16Array;
  /** For a unit marked `LOOK` in `units` where no phrase matches: the same, for the unit alone. */
  alone: Uint16Array;
  /** Units that are the second of some phrase: most first units of phrases are not followed by one. */
  seconds: Uint8Array;
  /** Replacements of code points marked `LOOK` in `alone` (null: none), looked up so far. */
  characters: Map<number, string | null>;
  /** Phrases and their replacements, alternately, longest first, by first unit, looked up so far. */
  phrases: Map<number, string[]>;
}

/*
 * Setup runs in every process that folds Chinese text, in the interpreter: native regular
 * expressions pick from a table the few units the loops below need, and the rarer entries
 * (phrases, astral characters) are read from the table when a text first needs them.
 */

/** Per entry with a source of one unit: that unit, then the replacement when it is one unit, else a space; nothing for the others. */
const ONE_UNIT = /([^|])(?: ([^|])|( )[^|]{2,})(?:\||$)|[^|]+(?:\||$)/g;
/** Per entry: a phrase's first two units, else nothing. */
const PHRASE_START = /(?![\ud800-\udbff][\udc00-\udfff] )([^| ])([^| ])[^|]*(?:\||$)|[^|]+(?:\||$)/g;
/** Per entry: the source's first unit. */
const FIRST_UNIT = /([^|])[^|]*(?:\||$)/g;

let conversionPass: Pass | undefined;
let normalizationPass: Pass | undefined;

function compile(table: string): Pass {
  const units = new Uint16Array(0x10000);
  const alone = new Uint16Array(0x10000);
  const seconds = new Uint8Array(0x10000);
  const pairs = table.replace(ONE_UNIT, '$1$2$3');
  for (let k = 0; k < pairs.length; k += 2) {
    const replacement = pairs.charCodeAt(k + 1);
    if (replacement === 0x20) units[pairs.charCodeAt(k)] = alone[pairs.charCodeAt(k)] = LOOK;
    else units[pairs.charCodeAt(k)] = replacement;
  }
  // Astral sources start with a high surrogate; description characters may start a sequence.
  units.fill(LOOK, 0xd800, 0xdc00).fill(LOOK, 0x2ff0, 0x3000);
  alone.fill(LOOK, 0xd800, 0xdc00).fill(LOOK, 0x2ff0, 0x3000);
  const starts = table.replace(PHRASE_START, '$1$2');
  for (let k = 0; k < starts.length; k += 2) {
    const unit = starts.charCodeAt(k);
    if (units[unit] !== LOOK) {
      alone[unit] = units[unit]!;
      units[unit] = LOOK;
    }
    seconds[starts.charCodeAt(k + 1)] = 1;
  }
  return { table, units, alone, seconds, characters: new Map(), phrases: new Map() };
}

/** Mark these units for the closest look. */
function lookClosely({ units, alone }: Pass, unitsToMark: string): void {
  for (let k = 0; k < unitsToMark.length; k++) units[unitsToMark.charCodeAt(k)] = alone[unitsToMark.charCodeAt(k)] = LOOK;
}

function conversion(): Pass {
  if (conversionPass) return conversionPass;
  conversionPass = compile(CONVERSION);
  // Conversion looks closely at every normalisation source, to normalise first when the text holds one.
  lookClosely(conversionPass, NORMALIZATION.replace(FIRST_UNIT, '$1'));
  return conversionPass;
}

function normalization(): Pass {
  return (normalizationPass ??= compile(NORMALIZATION));
}

/**
 * Start of the first entry whose source is not below `key` (the table's length when none), by
 * bisection over the sorted table: a scan for a rare key would read tens of thousands of units.
 */
function firstEntryFrom(table: string, key: string): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    // The entry holding `middle` starts at `lo` or after, since `lo` starts an entry.
    const start = middle === 0 ? 0 : table.lastIndexOf('|', middle - 1) + 1;
    if (table.slice(start, table.indexOf(' ', start)) < key) lo = entryEnd(table, start) + 1;
    else hi = start;
  }
  return Math.min(lo, table.length);
}

/** Start of the entry of `source` in a table, -1 when there is none. */
function entryOf(table: string, source: string): number {
  const start = firstEntryFrom(table, source);
  return start < table.length && table.startsWith(`${source} `, start) ? start : -1;
}

/** End of the entry starting at `start`. */
function entryEnd(table: string, start: number): number {
  const bar = table.indexOf('|', start);
  return bar < 0 ? table.length : bar;
}

/** The replacement of one code point, when it is a source. */
function characterOf({ table, characters }: Pass, code: number): string | undefined {
  let replacement = characters.get(code);
  if (replacement === undefined) {
    const source = String.fromCodePoint(code);
    const start = entryOf(table, source);
    replacement = start < 0 ? null : table.slice(start + source.length + 1, entryEnd(table, start));
    characters.set(code, replacement);
  }
  return replacement ?? undefined;
}

/** The phrases starting with `unit` and their replacements, alternately, longest first. */
function phrasesOf({ table, phrases }: Pass, unit: number): string[] {
  let list = phrases.get(unit);
  if (list) return list;
  list = [];
  // Sorted by source, the table holds them in one stretch, each after the phrases it starts with.
  let start = firstEntryFrom(table, String.fromCharCode(unit));
  while (start < table.length && table.charCodeAt(start) === unit) {
    const space = table.indexOf(' ', start);
    const end = entryEnd(table, space);
    if (space - start > 1) list.unshift(table.slice(start, space), table.slice(space + 1, end));
    start = end + 1;
  }
  phrases.set(unit, list);
  return list;
}

/** Convert Traditional characters and phrases (OpenCC's, Taiwan's and Hong Kong's forms) and corner quotes to Simplified; text it does not change is returned as is. */
export function convertT2s(text: string): string {
  // Text with a compatibility ideograph (rare) is normalised first; the rest is converted at once.
  return convert(text, conversion(), true) ?? convert(convert(text, normalization())!, conversion())!;
}

/** Output units, reused from call to call (grown as needed), and a byte view of them for decoding. */
let output = new Uint16Array(0);
let outputBytes: Buffer | undefined;

/**
 * One pass as OpenCC runs it: at each position the longest source, else one code point, except
 * that an unmatched description sequence (⿰木木) is copied whole, its components unconverted.
 * Returns the text itself when nothing changes; with `normalizing`, undefined when the text holds a
 * normalisation source (normalisation must run first).
 */
function convert(text: string, pass: Pass, normalizing = false): string | undefined {
  const { units, alone, seconds } = pass;
  const length = text.length;
  /** Output units written so far, -1 while nothing changed. */
  let written = -1;
  /** Start of the unchanged units not written yet. */
  let pending = 0;
  let i = 0;
  while ((i = nextToConvert(text, i, pass)) < length) {
    const unit = text.charCodeAt(i);
    let entry = units[unit]!;
    if (entry === LOOK) {
      const phrases = i + 1 < length && seconds[text.charCodeAt(i + 1)] !== 0 ? phrasesOf(pass, unit) : undefined;
      const phrase = phrases ? phraseAt(phrases, text, i) : -1;
      if (phrase >= 0) {
        const end = i + phrases![phrase]!.length;
        const replacement = phrases![phrase + 1]!;
        if (replacement.length !== end - i || !text.startsWith(replacement, i)) {
          written = replace(text, pending, i, end, written, replacement);
          pending = end;
        }
        i = end;
        continue;
      }
      entry = alone[unit]!;
      if (entry === 0) {
        i++;
        continue;
      }
    }
    if (entry !== LOOK) {
      written = written < 0 ? start(text, i) : copy(text, pending, i, written);
      output[written++] = entry;
      pending = ++i;
      continue;
    }
    // The closest look: a compatibility ideograph, a replacement or source not one unit, a description sequence.
    if (normalizing && isSourceAt(normalization(), text, i)) return undefined;
    const replacement = characterOf(pass, text.codePointAt(i)!);
    if (replacement === undefined) {
      i = descriptionEnd(text, i) || i + 1;
      continue;
    }
    const end = i + unitsAt(text, i);
    written = replace(text, pending, i, end, written, replacement);
    pending = i = end;
  }
  if (written < 0) return text;
  written = copy(text, pending, length, written);
  return outputBytes!.toString('utf16le', 0, written * 2);
}

/**
 * The first position from `i` where the pass may change something: a unit with a replacement, or
 * one that needs a closer look, unless it is a phrase start not followed by a phrase's second unit
 * and stays when alone. Most units stay: this small loop is optimised early in a run, where the
 * whole of `convert` would stay in the interpreter until a long compilation ends.
 */
function nextToConvert(text: string, i: number, { units, alone, seconds }: Pass): number {
  const length = text.length;
  for (; i < length; i++) {
    const unit = text.charCodeAt(i);
    const entry = units[unit]!;
    if (entry === 0) continue;
    if (entry === LOOK && alone[unit] === 0 && (i + 1 === length || seconds[text.charCodeAt(i + 1)] === 0)) continue;
    return i;
  }
  return length;
}

/** The index in `phrases` (sources and replacements, alternately) of the longest source at `i`, else -1. */
function phraseAt(phrases: string[], text: string, i: number): number {
  for (let k = 0; k < phrases.length; k += 2) if (text.startsWith(phrases[k]!, i)) return k;
  return -1;
}

/** Write the unchanged units before `at`, then `replacement` for the units `at`..`end`; returns the units written. */
function replace(text: string, pending: number, at: number, end: number, written: number, replacement: string): number {
  const more = replacement.length + text.length - end;
  written = written < 0 ? start(text, at, more) : copy(text, pending, at, written, more);
  for (let k = 0; k < replacement.length; k++) output[written++] = replacement.charCodeAt(k);
  return written;
}

/** Is the code point at `i` a source in the pass (one without phrases)? */
function isSourceAt(pass: Pass, text: string, i: number): boolean {
  const entry = pass.units[text.charCodeAt(i)]!;
  return entry !== 0 && (entry !== LOOK || characterOf(pass, text.codePointAt(i)!) !== undefined);
}

/** Begin the output: room for the units before `at` and `more` after them, the units before `at` copied. */
function start(text: string, at: number, more = text.length - at): number {
  reserve(at + more);
  return copy(text, 0, at, 0);
}

/** Copy text units `from`..`to` to the output at `written`, making room for `more` units after them; returns the units written. */
function copy(text: string, from: number, to: number, written: number, more = 0): number {
  if (more > 0) reserve(written + (to - from) + more);
  for (let k = from; k < to; k++) output[written++] = text.charCodeAt(k);
  return written;
}

function reserve(units: number): void {
  if (units <= output.length) return;
  const larger = new Uint16Array(Math.max(units, output.length * 2, 4096));
  larger.set(output);
  output = larger;
  outputBytes = Buffer.from(output.buffer);
}

/** UTF-16 units of the code point at `i`. */
function unitsAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** Components an ideographic description character takes, as opencc-js counts them (0: not one). */
function arity(code: number): number {
  if (code < 0x2ff0 || code > 0x2fff) return 0;
  return code === 0x2ff2 || code === 0x2ff3 ? 3 : 2;
}

/** End of the description sequence starting at `i`, or 0 when none starts there or the text ends inside it. */
function descriptionEnd(text: string, i: number): number {
  const components = arity(text.codePointAt(i)!);
  if (components === 0) return 0;
  let end = i + unitsAt(text, i);
  for (let k = 0; k < components; k++) {
    if (end >= text.length) return 0;
    end = descriptionEnd(text, end) || end + unitsAt(text, end);
  }
  return end;
}
