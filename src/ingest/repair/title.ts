import { hasIdeographs } from '../../text/fold.js';
import type { Block } from '../../tree/blocks.js';
import { isChrome } from './chrome.js';
import { dateLine } from './dates.js';
import { joinHardWraps } from './hard-wraps.js';
import { endsSentence } from './sentence.js';

/** Words that name the kind of document in a declaration title. */
const TITLE_WORDS = /宣言|声明|聲明|公报|公報|纪要|紀要|declaration|statement|communiqu|декларац|заявлени|коммюнике/iu;

/** Longest title paragraph: real titles run to about 50 characters with ideographs, 150 without. */
function maxTitleLength(text: string): number {
  return hasIdeographs(text) ? 80 : 200;
}

/** The title and the blocks of the body after it. */
export interface TitleResult {
  /** Title text, or undefined when the document has no heading. */
  title?: string;
  /** Blocks after the title; everything before it (page chrome) is dropped. */
  blocks: Block[];
}

/** A block that may be the title: its text, and a date line (not a page stamp) that shared its paragraph. */
interface TitleCandidate {
  index: number;
  title: string;
  date?: string;
}

/**
 * The title a block may be: a heading that names a declaration (宣言, Declaration, Декларация…),
 * or a paragraph of at most three lines that does, shorter than `maxTitleLength` and not ending
 * like a sentence (a title wrapped over lines, or too long to look like a heading). A date line
 * at the end of the paragraph (a page's text often has no blank line after the title) is not
 * part of the title.
 */
function titleCandidate(block: Block, index: number): TitleCandidate | undefined {
  if (block.kind === 'heading') {
    const title = joinHardWraps(block.text);
    return TITLE_WORDS.test(title) ? { index, title } : undefined;
  }
  const lines = block.text.split('\n');
  const date = lines.length > 1 ? dateLine(lines[lines.length - 1]!) : undefined;
  const titleLines = date ? lines.slice(0, -1) : lines;
  if (titleLines.length > 3) return undefined;
  const title = joinHardWraps(titleLines.join('\n'));
  if (!TITLE_WORDS.test(title) || endsSentence(title) || [...title].length > maxTitleLength(title)) return undefined;
  // A page's time stamp (`2020-11-10 22:29`) is chrome; a dated line (`Moscow, 10 November 2020`) is text.
  const dateText = lines[lines.length - 1]!.trim();
  return date && !isChrome(dateText) ? { index, title, date: dateText } : { index, title };
}

/** A paragraph of the text itself: it ends like a sentence. */
function isRunningText(block: Block): boolean {
  return block.kind === 'paragraph' && endsSentence(block.text.trim());
}

/**
 * Find the title: the block that names a declaration (see `titleCandidate`) nearest before the
 * first paragraph of text that follows one, so that a page's link to another declaration above
 * the title is not taken for it; else the first such block; else the first heading. Blocks
 * before the title are site chrome and are dropped.
 */
export function findTitle(blocks: readonly Block[]): TitleResult {
  let first: TitleCandidate | undefined;
  let latest: TitleCandidate | undefined;
  let chosen: TitleCandidate | undefined;
  for (const [index, block] of blocks.entries()) {
    const candidate = titleCandidate(block, index);
    if (candidate) {
      first ??= candidate;
      latest = candidate;
    } else if (latest && isRunningText(block)) {
      chosen = latest;
      break;
    }
  }
  chosen ??= first;
  if (chosen) {
    const rest = blocks.slice(chosen.index + 1);
    return { title: chosen.title, blocks: chosen.date ? [{ kind: 'paragraph', text: chosen.date }, ...rest] : rest };
  }
  const heading = blocks.findIndex((block) => block.kind === 'heading');
  if (heading < 0) return { blocks: [...blocks] };
  return { title: joinHardWraps(blocks[heading]!.text), blocks: blocks.slice(heading + 1) };
}
