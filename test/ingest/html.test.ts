import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/ingest/index.js';
import { flattenClauses, flattenSections } from '../../src/tree/flatten.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Small pages built around text of the seed (no invented wording in the clauses). */
describe('HTML pages', () => {
  it('drops nav/header/footer/share furniture, decodes entities and reads bold paragraphs as headings', async () => {
    const page = `<html><head><meta charset="utf-8"><title>t</title></head><body>
      <header><h1>外交部</h1></header>
      <div class="breadcrumb"><a href="#">首页</a> &gt; <a href="#">文件</a></div>
      <article><header><h1>上海合作组织成员国元首理事会莫斯科宣言</h1><p>2020-11-10 22:29</p></header>
      <p>&#12288;&#12288;成员国指出，2020年是第二次世界大战胜利75周年和联合国成立75周年。</p>
      <p><strong>安全合作</strong></p>
      <p>为此，成员国欢迎第73届联合国大会通过的&lt;&lt;实现无恐怖主义世界行为准则&gt;&gt;&nbsp;。</p>
      <p>俄罗斯联邦总统&emsp;普京<br>中华人民共和国主席&emsp;习近平</p>
      </article>
      <div class="share-bar"><a href="#">推荐给朋友</a></div>
      <footer><p>京ICP备06038296号</p></footer></body></html>`;
    const declaration = await importBytes(utf8(page));
    expect(declaration.meta).toMatchObject({ title: '上海合作组织成员国元首理事会莫斯科宣言', date: '2020-11-10', signatories: ['俄罗斯联邦总统 普京', '中华人民共和国主席 习近平'] });
    expect(flattenSections(declaration).map((section) => section.heading)).toEqual(['', '安全合作']);
    expect(flattenClauses(declaration).map((clause) => clause.text)).toEqual([
      '成员国指出，2020年是第二次世界大战胜利75周年和联合国成立75周年。',
      '为此，成员国欢迎第73届联合国大会通过的<<实现无恐怖主义世界行为准则>> 。',
    ]);
  });

  it('drops the line breaks of the page source between ideographs, and keeps them as spaces between words', async () => {
    const page = `<html><head><meta charset="utf-8"></head><body>
      <h1>上海合作组织成员国元首理事会
        莫斯科宣言</h1>
      <p>成员国指出，2020年是第二次世界大战胜利75周年和
      联合国成立75周年。</p>
      <p>The Member States support the
      work of the Structure.</p>
      </body></html>`;
    const declaration = await importBytes(utf8(page));
    expect(declaration.meta.title).toBe('上海合作组织成员国元首理事会莫斯科宣言');
    expect(flattenClauses(declaration).map((clause) => clause.text)).toEqual([
      '成员国指出，2020年是第二次世界大战胜利75周年和联合国成立75周年。',
      'The Member States support the work of the Structure.',
    ]);
  });
});
