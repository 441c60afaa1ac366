import { squeeze } from '../../text/squeeze.js';
import type { Block } from '../../tree/blocks.js';
import type { Dropped } from '../dropped.js';
import { endsSentence } from './sentence.js';
import { cleanTitle, maxTitleLength, mayNameDocument, titleNamesDocument } from './title.js';

/** The declaration's blocks, and the second document's, listed. */
export interface SecondDocumentResult {
  blocks: Block[];
  dropped: Dropped[];
}

/**
 * End the declaration where a second document of the page begins: once the text has begun, a
 * line shaped as a title (one line, short, not a sentence) that names a document of its own
 * (`…新闻公报`, `Joint Statement of …`, `Заявление …`) and is not the title repeated, with text
 * after it. A page that carries a summit's declaration and its communiqué made the communiqué a
 * section of the declaration. What follows is listed as `another-document`, never kept silently.
 */
export function cutSecondDocument(blocks: readonly Block[], title: string | undefined): SecondDocumentResult {
  const own = title ? squeeze(cleanTitle(title).title) : '';
  let textBegun = false;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (textBegun && titleShaped(block.text) && squeeze(cleanTitle(block.text).title) !== own && blocks.slice(k + 1).some(isParagraphOfText)) {
      return { blocks: blocks.slice(0, k), dropped: blocks.slice(k).map((rest) => ({ text: rest.text, reason: 'another-document' })) };
    }
    if (isRunningText(block)) textBegun = true;
  }
  return { blocks: [...blocks], dropped: [] };
}

/** One line, no longer than a title, not ending as a sentence, naming a document of its own. */
function titleShaped(text: string): boolean {
  const line = text.trim();
  // Cheapest tests first: most blocks are sentences.
  return !endsSentence(line) && mayNameDocument(line) && !line.includes('\n') && [...line].length <= maxTitleLength(line) && titleNamesDocument(cleanTitle(line).title);
}

/** A paragraph long enough to be text, not a line of the page (which the chrome pass has dropped by now). */
function isParagraphOfText(block: Block): boolean {
  return block.kind === 'paragraph' && [...block.text].length >= MIN_TEXT_LENGTH;
}

const MIN_TEXT_LENGTH = 20;

function isRunningText(block: Block): boolean {
  return block.kind === 'paragraph' && endsSentence(block.text.trim());
}
