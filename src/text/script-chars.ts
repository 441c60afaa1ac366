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

/** Every [source, replacement] entry of a dictionary. */
function entries(dict: DictLike): ReadonlyArray<readonly [string, string]> {
  if (typeof dict !== 'string') return dict;
  return dict.split('|').map((line) => line.split(' ') as [string, string]);
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
    for (const [source, replacement] of entries(dict)) {
      if (source === replacement) continue;
      const from = [...source];
      const to = [...replacement];
      let k = 0;
      while (k < from.length - 1 && from[k] === to[k]) k++;
      witnesses.add(from[k]!.codePointAt(0)!);
    }
  }
  return witnesses;
}
