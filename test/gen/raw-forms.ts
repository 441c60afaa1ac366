import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration, Section } from '../../src/types.js';

/**
 * Raw forms of a generated declaration, as scrapes give them: Markdown whose front matter has no
 * `title:` (so it is not read as canonical), page text (title, date and headings as lines of
 * their own, a breadcrumb of links on top, so that it is read as Markdown), and an HTML page
 * (`htmlPage`).
 */
export function rawForms(declaration: Declaration): { markdown: string; pageText: string; html: string } {
  const canonical = toMarkdown(declaration);
  const markdown = canonical.replace(/^title:.*\n/m, '');
  const body = canonical.replace(/^---\n[\s\S]*?\n---\n/, '');
  const lines = body.split('\n').map((line) => line.replace(/^#{1,6} /, ''));
  const pageText = [`[首页](https://example.invalid/) > [新闻](https://example.invalid/news)`, '', declaration.meta.title, '', declaration.meta.date ?? '', '', ...lines].join('\n');
  return { markdown, pageText, html: htmlPage(declaration) };
}

/** Text escaped for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A plausible news-site page of the declaration, with a little chrome: a head with a title and
 * meta tags, a menu and a breadcrumb, then the article (title as `h1`, the date in a `div`,
 * section headings as `h2`…`h6`, one `p` per clause, indented as page sources are), a share bar
 * and a footer.
 */
export function htmlPage(declaration: Declaration): string {
  const title = escapeHtml(declaration.meta.title);
  const article: string[] = [`<h1 class="title">${title}</h1>`, `<div class="info">${escapeHtml(declaration.meta.date ?? '')}</div>`];
  for (const clause of declaration.preamble) article.push(`<p>${escapeHtml(clause)}</p>`);
  const walk = (sections: readonly Section[], depth: number): void => {
    for (const section of sections) {
      const level = Math.min(6, Math.max(2, depth));
      article.push(`<h${level}>${escapeHtml(section.heading)}</h${level}>`);
      for (const clause of section.clauses) article.push(`<p>${escapeHtml(clause)}</p>`);
      walk(section.children, level + 1);
    }
  };
  walk(declaration.sections, 2);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title} - 新闻</title>`,
    '<link rel="stylesheet" href="/static/site.css">',
    '</head>',
    '<body>',
    '<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/docs">文件</a></li></ul></div>',
    '<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news">新闻</a></div>',
    '<div class="content">',
    '<article>',
    ...article.map((line) => `  ${line}`),
    '</article>',
    '<div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a></div>',
    '</div>',
    '<footer><p>版权所有 © example.invalid</p></footer>',
    '<script>var pageViews = 0;</script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
