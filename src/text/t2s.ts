import { CONVERSION, NORMALIZATION } from './t2s-table.js';

/**
 * Traditional → Simplified (mainland), giving exactly what opencc-js's `t2cn` converter gives,
 * from the same dictionaries (`t2s-table.ts`, generated from opencc-js). opencc-js builds a trie
 * of `Map`s on first use (25–40 ms, thousands of objects) and walks it code point by code point;
 * here each pass is a table indexed by UTF-16 unit, so that most units cost one look-up, and only
 * the units that start a phrase, an astral source or a description sequence take a closer look.
 */

/** In `Pass.units` and `Pass.alone`: the unit needs a closer look. U+FFFF is a noncharacter, never a replacement. */
const LOOK = 0xffff;

interface Pass {
  /** By UTF-16 unit: 0 when it stays, its replacement when that is one unit and starts no phrase, else `LOOK`. */
  units: Uint16Array;
  /** For a unit marked `LOOK` in `units` where no phrase matches: the same, for the unit alone. */
  alone: Uint16Array;
  /** The replacements of the sources of one code point marked `LOOK` in `alone`, by code point. */
  characters: Map<number, string>;
  /** By first unit: the phrases starting with it and their replacements, alternately, longest first. */
  phrases: Map<number, string[]>;
  /** Units that are the second of some phrase: most first units of phrases are not followed by one. */
  seconds: Uint8Array;
}

let passes: { normalization: Pass; conversion: Pass } | undefined;

function emptyPass(): Pass {
  return { units: new Uint16Array(0x10000), alone: new Uint16Array(0x10000), characters: new Map(), phrases: new Map(), seconds: new Uint8Array(0x10000) };
}

/** Mark a unit as starting a phrase, keeping its own replacement (if any) for when none matches. */
function startsPhrase({ units, alone }: Pass, unit: number): void {
  if (units[unit] === LOOK) return;
  alone[unit] = units[unit]!;
  units[unit] = LOOK;
}

/** Mark a unit for the closest look, keeping its own replacement (if any) among the characters. */
function lookClosely(pass: Pass, unit: number): void {
  startsPhrase(pass, unit);
  const replacement = pass.alone[unit]!;
  if (replacement !== 0 && replacement !== LOOK) pass.characters.set(unit, String.fromCharCode(replacement));
  pass.alone[unit] = LOOK;
}

/**
 * Read a table (`source replacement|…`, sorted by source) into a pass; `also`, if given, gets
 * every source's first unit marked. The loop reads units in place: most entries are one unit for
 * one unit and allocate nothing.
 */
function fill(pass: Pass, table: string, also?: Pass): void {
  const { units, alone, characters, phrases, seconds } = pass;
  for (let start = 0; start < table.length; ) {
    const bar = table.indexOf('|', start);
    const end = bar < 0 ? table.length : bar;
    const unit = table.charCodeAt(start);
    if (also) lookClosely(also, unit);
    if (table.charCodeAt(start + 1) === 0x20 && end === start + 3 && alone[unit] !== LOOK) {
      if (units[unit] === LOOK) alone[unit] = table.charCodeAt(start + 2);
      else units[unit] = table.charCodeAt(start + 2);
    } else {
      const space = table.indexOf(' ', start);
      const source = table.slice(start, space);
      const replacement = table.slice(space + 1, end);
      if (source.length === 1 || (source.length === 2 && source.codePointAt(0)! > 0xffff)) {
        lookClosely(pass, unit);
        characters.set(source.codePointAt(0)!, replacement);
      } else {
        startsPhrase(pass, unit);
        seconds[source.charCodeAt(1)] = 1;
        // The table puts a phrase after the phrases it starts with: putting each first, the
        // longest of those that match at one position comes first.
        const list = phrases.get(unit);
        if (list) list.unshift(source, replacement);
        else phrases.set(unit, [source, replacement]);
      }
    }
    start = end + 1;
  }
  for (let unit = 0x2ff0; unit <= 0x2fff; unit++) lookClosely(pass, unit);
}

function compile(): { normalization: Pass; conversion: Pass } {
  const normalization = emptyPass();
  const conversion = emptyPass();
  fill(conversion, CONVERSION);
  // Conversion looks closely at every normalisation source, to normalise first when the text holds one.
  fill(normalization, NORMALIZATION, conversion);
  return { normalization, conversion };
}

/** Convert Traditional characters and phrases to Simplified, as opencc-js `Converter({ from: 't', to: 'cn' })`; text it does not change is returned as is. */
export function convertT2s(text: string): string {
  const { normalization, conversion } = (passes ??= compile());
  // Text with a compatibility ideograph (rare) is normalised first; the rest is converted at once.
  return convert(text, conversion, normalization) ?? convert(convert(text, normalization)!, conversion)!;
}

/** Output units, reused from call to call (grown as needed), and a byte view of them for decoding. */
let output = new Uint16Array(4096);
let outputBytes = Buffer.from(output.buffer);

/**
 * One pass as OpenCC runs it: at each position the longest source, else one code point, except
 * that an unmatched description sequence (⿰木木) is copied whole, its components unconverted.
 * Returns the text itself when nothing changes, and undefined when `before` (the pass that must
 * run first) would change the text.
 */
function convert(text: string, pass: Pass, before?: Pass): string | undefined {
  const { units } = pass;
  const length = text.length;
  /** Output units written so far, -1 while nothing changed. */
  let written = -1;
  /** Start of the unchanged units not written yet. */
  let pending = 0;
  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    let entry = units[unit]!;
    if (entry === 0) {
      i++;
      continue;
    }
    if (entry === LOOK) {
      const phrases = i + 1 < length && pass.seconds[text.charCodeAt(i + 1)] !== 0 ? pass.phrases.get(unit) : undefined;
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
      entry = pass.alone[unit]!;
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
    if (before && isSourceAt(before, text, i)) return undefined;
    const replacement = pass.characters.get(text.codePointAt(i)!);
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
  return outputBytes.toString('utf16le', 0, written * 2);
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

/** Is the code point at `i` a source of one code point in the pass (one without phrases)? */
function isSourceAt({ units, characters }: Pass, text: string, i: number): boolean {
  const entry = units[text.charCodeAt(i)]!;
  return entry !== 0 && (entry !== LOOK || characters.has(text.codePointAt(i)!));
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
  const larger = new Uint16Array(Math.max(units, output.length * 2));
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

/** The entries of a table in OpenCC's form (`source replacement|source replacement`). */
function tableEntries(table: string): Array<[string, string]> {
  return table.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), entry.slice(space + 1)];
  });
}

/** Every entry that changes its text, in either pass: [source, replacement]. */
export function changingEntries(): Array<[string, string]> {
  return [...tableEntries(NORMALIZATION), ...tableEntries(CONVERSION)].filter(([source, replacement]) => source !== replacement);
}
