import { ConverterBuilder, type DictLike } from 'opencc-js/core';
import * as preset from 'opencc-js/preset/t2cn';

/** The dictionaries of one OpenCC configuration (the published types omit `normalizationChain`). */
interface ChainConfig {
  normalizationChain?: ReadonlyArray<ReadonlyArray<DictLike>>;
  conversionChain: ReadonlyArray<ReadonlyArray<DictLike>>;
}

/** OpenCC's Traditional → Simplified (mainland) configuration, the one `Converter({ from: 't', to: 'cn' })` uses. */
const T2S = (preset.configs as unknown as Record<string, ChainConfig>)['t2s']!;

/** The plain OpenCC converter from Traditional to Simplified (mainland), as `opencc-js/t2cn` builds it. */
export function buildConverter(): (text: string) => string {
  return ConverterBuilder(preset)({ from: 't', to: 'cn' });
}

/** Calls `visit(source, replacement)` for every entry of a dictionary (the string form is "a b|c d"). */
function eachEntry(dict: DictLike, visit: (source: string, replacement: string) => void): void {
  if (typeof dict !== 'string') {
    for (const [source, replacement] of dict) visit(source, replacement);
    return;
  }
  // Scanned with indexOf rather than split: the dictionaries hold thousands of entries.
  for (let start = 0; start < dict.length; ) {
    const space = dict.indexOf(' ', start);
    const bar = dict.indexOf('|', space);
    const end = bar === -1 ? dict.length : bar;
    visit(dict.slice(start, space), dict.slice(space + 1, end));
    start = end + 1;
  }
}

/** The code point of `source` at the first UTF-16 position where it differs from `replacement` (its last one when it is a prefix). */
function firstDifference(source: string, replacement: string): number {
  let k = 0;
  while (k < source.length - 1 && source.charCodeAt(k) === replacement.charCodeAt(k)) k++;
  const unit = source.charCodeAt(k);
  if (unit >= 0xdc00 && unit <= 0xdfff && k > 0) k--; // inside a surrogate pair: take the pair
  return source.codePointAt(k)!;
}

/**
 * Witness code points of the converter: for every dictionary entry that changes its text, one
 * code point of its source (the first one that differs from the replacement). OpenCC replaces
 * only dictionary matches, and every match that changes the text contains its entry's witness,
 * so a text without any witness is returned unchanged by every pass of the chain.
 */
export function witnessCodePoints(): Set<number> {
  const witnesses = new Set<number>();
  const dicts = [...(T2S.normalizationChain ?? []), ...T2S.conversionChain].flat();
  for (const dict of dicts) {
    eachEntry(dict, (source, replacement) => {
      if (source !== replacement) witnesses.add(firstDifference(source, replacement));
    });
  }
  return witnesses;
}
