import { mdastToBlocks } from '../tree/blocks.js';
import { splitFrontMatter } from '../tree/markdown-read.js';
import type { Declaration } from '../types.js';
import type { InputForm } from './detect-form.js';
import { type BlocksReport, reportFromBlocks } from './from-blocks.js';
import { parseMarkdownByLines } from './markdown-lines.js';
import { prepareMdastDropping } from './mdast-chrome.js';
import { decodeEntities, removeInvisible } from './repair/characters.js';
import { textToBlocks } from './text-blocks.js';

/**
 * Parse decoded text in a raw form (HTML, Markdown, plain text) into a declaration with the
 * repair passes. A module of its own so that reading canonical files does not load them.
 */
export async function parseRaw(text: string, form: Exclude<InputForm, 'canonical'>): Promise<Declaration> {
  return (await parseRawReport(text, form)).declaration;
}

/** `parseRaw` with the accounting of the repair passes: what each dropped, labels, what is missing. */
export async function parseRawReport(text: string, form: Exclude<InputForm, 'canonical'>): Promise<BlocksReport> {
  if (form === 'html') {
    const { htmlToMdastDropping } = await import('./html.js');
    const html = await htmlToMdastDropping(text);
    const prepared = prepareMdastDropping(html.root);
    return withDropped([...html.dropped, ...prepared.dropped], reportFromBlocks(mdastToBlocks(prepared.root)));
  }
  if (form === 'markdown') {
    const { data, body } = await splitFrontMatter(text);
    const { parseMarkdown } = await import('../tree/markdown-parse.js');
    // Page furniture (link bars, bold lines as headings) is looked for in the whole tree, in reading order.
    const { root, dropped } = prepareMdastDropping(parseMarkdownByLines(removeInvisible(body), parseMarkdown));
    return withDropped(dropped, reportFromBlocks(mdastToBlocks(root), data ? { frontMatter: data } : {}));
  }
  return reportFromBlocks(textToBlocks(decodeEntities(removeInvisible(text))), { plainText: true });
}

/** The report with what an earlier pass dropped put first. */
function withDropped(dropped: BlocksReport['dropped'], report: BlocksReport): BlocksReport {
  return dropped.length === 0 ? report : { ...report, dropped: [...dropped, ...report.dropped] };
}
