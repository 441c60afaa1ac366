import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/parse-input.js';
import { flattenClauses } from '../../src/tree/flatten.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * SYNTHETIC pages, invented for these tests: a title, an opening formula without a date (as a
 * news agency's copy gives it), two clauses, then what a site prints after a text. None of those
 * lines dates the summit: they gave it their date as a closing date line, silently.
 */
const page = (after: readonly string[]): string =>
  ['上海合作组织成员国元首理事会示例宣言', '', '上海合作组织成员国元首理事会举行例会，声明如下：', '', '成员国重申愿继续深化示例领域合作。', '', '成员国支持在示例框架内开展交流。', '', ...after, ''].join('\n');

describe('furniture after the text never dates the summit', () => {
  it.each([
    [['最后更新：2021年6月15日'], 'stamp'],
    [['本页面最后修订于2021年3月4日 (星期四) 10:20。'], undefined],
    [['参考资料', '^ 示例报. 示例报道. 2021-06-15.'], undefined],
    [['《 示例日报 》（ 2020年11月11日 03 版）'], undefined],
  ] as const)('%j', async (after, source) => {
    const parsed = await parseInput(utf8(page(after)), { source: 'synthetic.txt' });
    expect(parsed.dateSource).toBe(source);
    if (source === undefined) expect(parsed.missing).toContain('date');
    expect(flattenClauses(parsed.declaration).map((clause) => clause.text)).toEqual(['上海合作组织成员国元首理事会举行例会，声明如下：', '成员国重申愿继续深化示例领域合作。', '成员国支持在示例框架内开展交流。']);
  });
});
