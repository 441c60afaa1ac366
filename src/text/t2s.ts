import { CONVERSION, NORMALIZATION } from './t2s-table.js';

/**
 * Traditional → Simplified (mainland), giving exactly what opencc-js's `t2cn` converter gives,
 * from the same dictionaries (`t2s-table.ts`, generated from opencc-js). opencc-js builds a trie
 * of `Map`s on first use (25–40 ms, thousands of objects) and walks it in JavaScript; here each
 * pass is one regular expression of the dictionary's sources, so that the native matcher finds
 * OpenCC's longest match at each position, and the pattern is built from the table by native
 * string operations rather than a loop over its thousands of entries.
 */

interface Pass {
  /** Every source: the phrases, each before the phrases it starts with, then one class of the one-character sources. */
  pattern: RegExp;
  /** The same, anchored at `lastIndex` (for text with ideographic description sequences); built on first use. */
  sticky?: RegExp;
  /** The table's entries (`source replacement`), in its order: by source. */
  entries: string[];
  /** Replacements looked up so far, by source: a text repeats its few Traditional characters. */
  found: Map<string, string>;
}

let passes: Pass[] | undefined;

/** A source of two or more code points. */
const PHRASE = /(?<=^|\|)[^ |]{2,}(?= )/gu;
/** A phrase in a space-separated list, its first code point captured. */
const FIRST = /(.)[^ ]* ?/gu;
/** An entry, its source captured when it is one code point. */
const ENTRY = /(?:^|\|)(?:([^ |])|[^ |]+) [^|]*/gu;
/** Escapes for a pattern's alternatives and for a character class (`u` mode allows no others). */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const CLASS_SYNTAX = /[\\\]^[-]/g;

function compile(table: string): Pass {
  // In the table's order a phrase comes after the phrases it starts with; reversed, the longest of
  // the phrases that match at one position is tried first.
  const phrases = (table.match(PHRASE) ?? []).reverse().join(' ');
  const characters = table.replace(ENTRY, '$1');
  const alternatives: string[] = [];
  // Most positions start no phrase: one class test there skips the phrases.
  if (phrases) alternatives.push(`(?=[${escapeClass(phrases.replace(FIRST, '$1'))}])(?:${phrases.replace(SYNTAX, '\\$&').replaceAll(' ', '|')})`);
  if (characters) alternatives.push(`[${escapeClass(characters)}]`);
  return { pattern: new RegExp(alternatives.join('|'), 'gu'), entries: table.split('|'), found: new Map() };
}

function escapeClass(characters: string): string {
  return characters.replace(CLASS_SYNTAX, '\\$&');
}

/** The replacement of `source`: looked up before, or found by bisection in the sorted entries. */
function replacementOf({ entries, found }: Pass, source: string): string {
  const known = found.get(source);
  if (known !== undefined) return known;
  const key = `${source} `;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  const replacement = entries[lo]!.slice(key.length);
  found.set(source, replacement);
  return replacement;
}

/** An ideographic description character (⿰ ⿱ …) anywhere in the text. */
const DESCRIPTION = /[\u2ff0-\u2fff]/u;

/** Convert Traditional characters and phrases to Simplified, as opencc-js `Converter({ from: 't', to: 'cn' })`. */
export function convertT2s(text: string): string {
  passes ??= [compile(NORMALIZATION), compile(CONVERSION)];
  let out = text;
  for (const pass of passes) out = DESCRIPTION.test(out) ? convertScanning(out, pass) : out.replace(pass.pattern, (match) => replacementOf(pass, match));
  return out;
}

/**
 * The pass written as OpenCC runs it, for text with ideographic description characters: at each
 * position the longest source, else one character, except that an unmatched description
 * sequence (⿰木木) is copied whole, its components unconverted.
 */
function convertScanning(text: string, pass: Pass): string {
  const sticky = (pass.sticky ??= new RegExp(pass.pattern.source, 'uy'));
  let out = '';
  for (let i = 0; i < text.length; ) {
    sticky.lastIndex = i;
    const match = sticky.exec(text);
    if (match) {
      out += replacementOf(pass, match[0]);
      i += match[0].length;
      continue;
    }
    const end = descriptionEnd(text, i) || i + unitsAt(text, i);
    out += text.slice(i, end);
    i = end;
  }
  return out;
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
