import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGazetteerNames, findSuffixNames, type GazetteerHit } from '../../src/timeline/entities.js';
import type { EntityKind } from '../../src/timeline/gazetteer.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The suffix-name search as it was, scanning every gazetteer hit for each suffix: the oracle. */
function scanningSuffixNames(text: string, taken: readonly GazetteerHit[]): { name: string; kind: EntityKind }[] {
  const STOP_WORDS = [
    '注意到', '支持', '欢迎', '认为', '指出', '强调', '重申', '评价', '包括', '参与', '加入', '通过', '同', '和', '与', '及', '由',
    '对', '向', '在', '为', '是', '将', '的', '等', '各', '有关', '相关', '以及', '成员国', '国家', '同意',
    '成立', '建立', '设立', '组建', '筹建', '召开', '举办',
  ];
  const GENERIC = /^(?:国际|地区|区域|次区域|多边|恐怖|极端|犯罪|非政府|有|本|该|两|上述|其他|专门|主管|青年|妇女|民间|社会|政府间)/u;
  const GENERIC_END = /(?:有|多边|确保|性|国际|地区)$/u;
  const NOT_A_NAME_AFTER = /^(?:犯罪|完整|活动|工作|实施)/u;
  const names: { name: string; kind: EntityKind }[] = [];
  for (const match of text.matchAll(/(?:共和国|联邦|王国|酋长国|公国|组织|委员会)/gu)) {
    const end = match.index + match[0].length;
    if (taken.some((hit) => hit.start < end && match.index < hit.end)) continue;
    let start = match.index;
    while (start > 0 && match.index - start < 12 && /\p{Script=Han}/u.test(text[start - 1] ?? '')) start -= 1;
    let prefix = text.slice(start, match.index);
    for (const hit of taken) {
      if (hit.end > start && hit.end <= match.index) prefix = text.slice(hit.end, match.index);
    }
    for (const word of STOP_WORDS) {
      const at = prefix.lastIndexOf(word);
      if (at >= 0) prefix = prefix.slice(at + word.length);
    }
    if ([...prefix].length < 2 || GENERIC.test(prefix) || GENERIC_END.test(prefix) || NOT_A_NAME_AFTER.test(text.slice(end))) continue;
    names.push({ name: prefix + match[0], kind: /组织|委员会/.test(match[0]) ? 'organisation' : 'country' });
  }
  return names;
}

const same = (text: string): void => {
  const hits = findGazetteerNames(text);
  expect(findSuffixNames(text, hits)).toEqual(scanningSuffixNames(text, hits));
};

describe('findSuffixNames looks up the gazetteer hits around each suffix', () => {
  const seed = readFileSync(join(ROOT, 'fixtures', 'seed-2020-moscow.txt'), 'utf8');

  it('finds what scanning every hit found, on the seed and the summit fixtures', () => {
    same(seed);
    for (const name of readdirSync(join(ROOT, 'fixtures', 'summits'))) same(readFileSync(join(ROOT, 'fixtures', 'summits', name), 'utf8'));
  });

  it('finds what scanning every hit found, on pieces of the seed and names put together', () => {
    const pieces = [...seed.split(/(?<=[。，、；])/u).filter((piece) => piece.length > 0).slice(0, 200),
      '合成尼亚共和国', '俄罗斯联邦', '上合组织', '联合国', '有组织犯罪', '欢迎成立', '测试委员会', '哈萨克斯坦共和国', 'SCO', '组织', '王国'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (chosen) => same(chosen.join(''))), { numRuns: 300 });
  });
});
