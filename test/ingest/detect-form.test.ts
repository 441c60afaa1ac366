import { describe, expect, it } from 'vitest';
import { detectForm } from '../../src/ingest/detect-form.js';

describe('detectForm', () => {
  it.each([
    ['---\ntitle: 宣言\n---\n\n# 宣言\n\n正文。\n', 'canonical'],
    ['<!DOCTYPE html><html><body><p>正文</p></body></html>', 'html'],
    ['  <div><p>正文</p></div>', 'html'],
    ['<meta charset="gbk"><p>正文', 'html'],
    ['外交部\n\n## 宣言\n\n正文。', 'markdown'],
    ['[首页](#) > [文件](#)\n\n正文。', 'markdown'],
    ['---\nsynthetic: x\n---\n\n正文。', 'markdown'],
    ['宣言\n====\n\n正文。', 'markdown'],
    ['宣言\r\n\r\n安全合作\r\n--------\r\n\r\n正文。', 'markdown'],
    ['宣言\r\n\r\n\u3000\u3000正文。', 'text'],
    ['a < b and 《协议》。', 'text'],
  ])('%j is %s', (text, form) => {
    expect(detectForm(text)).toBe(form);
  });
});

describe('Markdown with setext headings only (as turndown writes it)', () => {
  it('reads as the seed', async () => {
    const { readFileSync } = await import('node:fs');
    const { expectImportsAsSeed, SEED } = await import('./seed-paths.js');
    // The seed page without its link lines, its ATX headings rewritten as setext ones.
    const setext = readFileSync(SEED, 'utf8')
      .split('\n')
      .filter((line) => !/\]\(/.test(line))
      .map((line) => line.replace(/^## (.*)$/, '$1\n===').replace(/^#{3,} (.*)$/, '$1\n---'))
      .join('\n');
    expect(setext).not.toMatch(/^#|\]\(/m);
    expect(detectForm(setext)).toBe('markdown');
    await expectImportsAsSeed(setext);
  });
});
