import { mdastToBlocks } from '../tree/blocks.js';
import { splitFrontMatter } from '../tree/markdown-read.js';
import type { Declaration } from '../types.js';
import type { InputForm } from './detect-form.js';
import { declarationFromBlocks } from './from-blocks.js';
import { prepareMdast } from './mdast-chrome.js';
import { decodeEntities, removeInvisible } from './repair/characters.js';
import { textToBlocks } from './text-blocks.js';

/**
 * Parse decoded text in a raw form (HTML, Markdown, plain text) into a declaration with the
 * repair passes. A module of its own so that reading canonical files does not load them.
 */
export async function parseRaw(text: string, form: Exclude<InputForm, 'canonical'>): Promise<Declaration> {
  if (form === 'html') {
    const { htmlToMdast } = await import('./html.js');
    return declarationFromBlocks(mdastToBlocks(prepareMdast(await htmlToMdast(text))));
  }
  if (form === 'markdown') {
    const { data, body } = await splitFrontMatter(text);
    const { parseMarkdown } = await import('../tree/markdown-parse.js');
    const blocks = mdastToBlocks(prepareMdast(parseMarkdown(removeInvisible(body))));
    return declarationFromBlocks(blocks, data ? { frontMatter: data } : {});
  }
  return declarationFromBlocks(textToBlocks(decodeEntities(removeInvisible(text))), { plainText: true });
}
