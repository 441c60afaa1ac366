import { CONVERSION, NORMALIZATION } from './t2s-table.js';

/**
 * Traditional → Simplified (mainland), giving exactly what opencc-js's `t2cn` converter gives,
 * from the same dictionaries (`t2s-table.ts`, generated from opencc-js). opencc-js builds a trie
 * of `Map`s on first use (25–40 ms, thousands of objects) and walks it in JavaScript; here each
 * pass is one regular expression whose alternatives are the dictionary's sources, longest first,
 * so that the native matcher finds OpenCC's longest match at each position.
 */

interface Pass {
  /** Every source, phrases longest first, then one class of the one-character sources. */
  pattern: RegExp;
  /** The same, anchored at `lastIndex` (for text with ideographic description sequences). */
  sticky: RegExp;
  replacements: Map<string, string>;
}

let passes: Pass[] | undefined;

/** Escapes for a pattern's alternatives and for a character class (`u` mode allows no others). */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;
const CLASS_SYNTAX = /[\\\]^[-]/g;

function compile(table: string): Pass {
  const replacements = new Map<string, string>();
  const phrases: string[] = [];
  let chars = '';
  for (const [source, replacement] of tableEntries(table)) {
    replacements.set(source, replacement);
    if (source.length === 1 || (source.length === 2 && source.codePointAt(0)! > 0xffff)) chars += source.replace(CLASS_SYNTAX, '\\$&');
    else phrases.push(source.replace(SYNTAX, '\\$&'));
  }
  // Two sources that both match at one position are prefixes of each other: the longer wins.
  phrases.sort((x, y) => y.length - x.length);
  const source = [...phrases, ...(chars ? [`[${chars}]`] : [])].join('|');
  return { pattern: new RegExp(source, 'gu'), sticky: new RegExp(source, 'uy'), replacements };
}

/** An ideographic description character (⿰ ⿱ …) anywhere in the text. */
const DESCRIPTION = /[\u2ff0-\u2fff]/u;

/** Convert Traditional characters and phrases to Simplified, as opencc-js `Converter({ from: 't', to: 'cn' })`. */
export function convertT2s(text: string): string {
  passes ??= [compile(NORMALIZATION), compile(CONVERSION)];
  let out = text;
  for (const pass of passes) out = DESCRIPTION.test(out) ? convertScanning(out, pass) : out.replace(pass.pattern, (match) => pass.replacements.get(match)!);
  return out;
}

/**
 * The pass written as OpenCC runs it, for text with ideographic description characters: at each
 * position the longest source, else one character, except that an unmatched description
 * sequence (⿰木木) is copied whole, its components unconverted.
 */
function convertScanning(text: string, pass: Pass): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    pass.sticky.lastIndex = i;
    const match = pass.sticky.exec(text);
    if (match) {
      out += pass.replacements.get(match[0])!;
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
