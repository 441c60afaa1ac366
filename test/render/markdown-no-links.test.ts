import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../src/render/markdown-redline.js';

/** Issue 23, item 7: the Markdown report never turns document text into a link or a mention. */

const TEXTS = [
  'See https://example.org/path and http://evil.example for details.',
  'Visit www.example.org today.',
  'Write to press@example.org or @someone, or @org/team.',
  'ftp://files.example and mailto:a@b.example',
];

describe('the Markdown report links nothing', () => {
  it.each(TEXTS)('%s', (text) => {
    const escaped = escapeInline(text);
    const html = micromark(escaped, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).not.toContain('<a ');
    // GitHub mentions: `@` directly before a word character.
    expect(escaped).not.toMatch(/@[\p{L}\p{N}_-]/u);
    // What is read is the text: only word joiners were added.
    expect(escaped.replace(/\u2060/g, '').replace(/\\(.)/g, '$1')).toBe(text);
  });
});
