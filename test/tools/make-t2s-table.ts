/**
 * Writes `src/text/t2s-table.ts`, the dictionaries `src/text/t2s.ts` folds with, from the installed
 * opencc-js: its `t2s` configuration (which `Converter({ from: 't', to: 'cn' })` uses), with the
 * Taiwan and Hong Kong variant dictionaries of its `tw2s` and `hk2s` configurations folded in
 * (`foldExtras`), and corner quotes: `node --import tsx test/tools/make-t2s-table.ts`.
 * `test/text/t2s-table.test.ts` fails when the file and the dictionaries disagree (after an
 * opencc-js upgrade, say).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DictLike } from 'opencc-js/core';
import * as simplifiedPreset from 'opencc-js/preset/cn2t';
import * as preset from 'opencc-js/preset/t2cn';

export const T2S_TABLE_FILE = fileURLToPath(new URL('../../src/text/t2s-table.ts', import.meta.url));

interface ChainConfig {
  normalizationChain?: DictLike[][];
  segmentation?: unknown;
  conversionChain: DictLike[][];
}

/**
 * Words where Taiwan's 著 is zhù and stays 著 in Simplified, which OpenCC's `TWVariantsRevPhrases`
 * lacks (its `tw2s` gives 土着, 卓着): added to its exceptions, in both scripts. Taiwan writes 著
 * for zhù and for 着 (zhe, zhuó), so 著 alone folds to 着 (隨著 → 随着, 著力 → 着力) except in
 * the exceptions (著名, 顯著 → 显著). Not 大著, 新著 or 論著: 擴大著, 刷新著 and 討論著 are 着.
 */
export const ZHU_WORDS = ['土著', '卓著', '專著', '編著', '原著', '遺著', '譯著', '拙著', '撰著'];

/** Corner quotes, as Taiwan and Hong Kong write them, and the Simplified quotes they stand for. */
export const CORNER_QUOTES: Array<[string, string]> = [['「', '“'], ['」', '”'], ['『', '‘'], ['』', '’']];

function entries(dict: DictLike): Array<[string, string]> {
  if (typeof dict !== 'string') return dict.map(([source, replacement]) => [source, replacement]);
  return dict.split('|').map((entry) => {
    const [source, replacement] = entry.split(' ');
    return [source!, replacement!];
  });
}

/** One dictionary group as one map: the first dictionary wins a source both hold (opencc-js loads a group last to first). */
function groupMap(group: readonly DictLike[]): Map<string, string> {
  const merged = new Map<string, string>();
  for (const dict of [...group].reverse()) for (const [source, replacement] of entries(dict)) merged.set(source, replacement);
  return merged;
}

/**
 * A group's entries as the table holds them, sorted by source. Identity entries of one code point
 * are dropped (matching them or not gives the same text); identity phrases are kept, since they
 * stop a shorter match.
 */
function tableList(merged: Map<string, string>): Array<[string, string]> {
  return [...merged].filter(([source, replacement]) => source !== replacement || [...source].length > 1).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/** A converter by longest match over one dictionary, as opencc-js runs one group. */
function longestMatch(dict: Map<string, string>): (text: string) => string {
  const longest = Math.max(...[...dict.keys()].map((source) => source.length));
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length;) {
      let length = Math.min(longest, text.length - i);
      for (; length > 0; length--) {
        const replacement = dict.get(text.slice(i, i + length));
        if (replacement !== undefined) {
          out += replacement;
          i += length;
          break;
        }
      }
      if (length === 0) out += text[i++];
    }
    return out;
  };
}

/**
 * What Taiwan's and Hong Kong's standard forms need beyond `t2s`, as entries of its conversion
 * table: each variant character of `TWVariantsRev`/`HKVariantsRev` that `t2s` leaves alone but
 * OpenCC's `tw2s`/`hk2s` convert (綫 and 裡 `t2s` knows already; 衞 → 卫, 著 → 着), unless it is a
 * Simplified character too (么, which Simplified writes for 麼); the phrases of
 * `TWVariantsRevPhrases`/`HKVariantsRevPhrases` holding such a character, as OpenCC converts them
 * (著名 stays, 顯著 → 显著), each also in its Simplified spelling, so that Simplified text keeps
 * them; `ZHU_WORDS`; and the corner quotes.
 */
export function foldExtras(conversion: Map<string, string>): Map<string, string> {
  const configs = preset.configs as unknown as Record<string, ChainConfig>;
  const simplifiedCharacters = new Set(entries((simplifiedPreset.configs as unknown as Record<string, ChainConfig>)['s2t']!.conversionChain[0]!.at(-1)!).map(([source]) => source));
  const t2s = longestMatch(conversion);
  const extras = new Map<string, string>();
  const phraseLists: Array<Array<[string, string]>> = [];
  for (const name of ['tw2s', 'hk2s']) {
    const config = configs[name]!;
    if (config.conversionChain.length !== 2 || config.conversionChain[0]!.length !== 2) throw new Error(`the ${name} configuration changed shape: make-t2s-table.ts needs a look`);
    const [phrases, characters] = config.conversionChain[0]!;
    for (const [source, replacement] of entries(characters!)) {
      if ([...source].length !== 1 || conversion.has(source) || simplifiedCharacters.has(source)) continue;
      const folded = t2s(replacement);
      if (folded !== source) extras.set(source, folded);
    }
    phraseLists.push(entries(phrases!));
  }
  const variantCharacters = new Set(extras.keys());
  const fold = longestMatch(new Map([...conversion, ...extras]));
  const addPhrase = (source: string, folded: string): void => {
    for (const spelling of new Set([source, t2s(source)])) {
      if (conversion.has(spelling)) throw new Error(`${spelling} is a t2s phrase and a variant phrase: make-t2s-table.ts needs a look`);
      extras.set(spelling, folded);
    }
  };
  for (const list of phraseLists) {
    for (const [source, replacement] of list) if ([...source].some((char) => variantCharacters.has(char))) addPhrase(source, t2s(replacement));
  }
  for (const word of ZHU_WORDS) addPhrase(word, t2s(word));
  for (const [source, replacement] of CORNER_QUOTES) extras.set(source, replacement);
  // Each phrase folds as its characters would, except where it must not (a check that the rules above hold).
  for (const [source, replacement] of extras) if (!source.includes('著') && [...source].length > 1 && fold(source) !== replacement) throw new Error(`${source}: ${fold(source)} ≠ ${replacement}`);
  return extras;
}

/** The module's text for the installed opencc-js. */
export function renderT2sTable(): string {
  const { version } = JSON.parse(readFileSync(new URL('../../node_modules/opencc-js/package.json', import.meta.url), 'utf8')) as { version: string };
  const config = (preset.configs as unknown as Record<string, ChainConfig>)['t2s']!;
  if (config.segmentation !== undefined || config.normalizationChain?.length !== 1 || config.conversionChain.length !== 1) {
    throw new Error('the t2s configuration changed shape: src/text/t2s.ts needs a look');
  }
  const serialise = (list: Array<[string, string]>) => {
    if (list.some(([s, r]) => /[ |]/.test(s + r))) throw new Error('a dictionary entry contains a space or "|"');
    return JSON.stringify(list.map(([s, r]) => `${s} ${r}`).join('|'));
  };
  const normalization = tableList(groupMap(config.normalizationChain[0]!));
  const conversion = groupMap(config.conversionChain[0]!);
  const folding = new Map([...conversion, ...foldExtras(conversion)]);
  return [
    `// Generated by test/tools/make-t2s-table.ts from opencc-js ${version} (t2s, with the variants of tw2s and hk2s): do not edit.`,
    '',
    '/** Pass 1, normalisation (CJK compatibility ideographs): "source replacement" entries, "|"-separated. */',
    `export const NORMALIZATION = ${serialise(normalization)};`,
    '',
    '/** Pass 2, Traditional (OpenCC, Taiwan, Hong Kong) → Simplified phrases and characters, corner quotes, in the same form. */',
    `export const CONVERSION = ${serialise(tableList(folding))};`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(T2S_TABLE_FILE, renderT2sTable());
  console.log(`wrote ${T2S_TABLE_FILE}`);
}
