import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration } from '../../src/types.js';

/**
 * Raw forms of a generated declaration, as scrapes give them: Markdown whose front matter has no
 * `title:` (so it is not read as canonical), and page text (title, date and headings as lines of
 * their own, a breadcrumb of links on top, so that it is read as Markdown).
 */
export function rawForms(declaration: Declaration): { markdown: string; pageText: string } {
  const canonical = toMarkdown(declaration);
  const markdown = canonical.replace(/^title:.*\n/m, '');
  const body = canonical.replace(/^---\n[\s\S]*?\n---\n/, '');
  const lines = body.split('\n').map((line) => line.replace(/^#{1,6} /, ''));
  const pageText = [`[首页](https://example.invalid/) > [新闻](https://example.invalid/news)`, '', declaration.meta.title, '', declaration.meta.date ?? '', '', ...lines].join('\n');
  return { markdown, pageText };
}
