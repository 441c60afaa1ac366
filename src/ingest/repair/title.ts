import type { Block } from '../../tree/blocks.js';
import { dateLine } from './dates.js';
import { looksLikeHeading } from './promote-headings.js';

/** Words that name the kind of document in a declaration title. */
const TITLE_WORDS = /宣言|声明|聲明|公报|公報|纪要|紀要|declaration|statement|communiqu|декларац|заявлени|коммюнике/iu;

/** The title and the blocks of the body after it. */
export interface TitleResult {
  /** Title text, or undefined when the document has no heading. */
  title?: string;
  /** Blocks after the title; everything before it (page chrome) is dropped. */
  blocks: Block[];
}

/**
 * Find the title: the first heading that names a declaration (宣言, Declaration, Декларация…),
 * else a paragraph before the first heading made of such a title line and a date line (a page's
 * text often has no blank line between them), else the first heading. Blocks before it are site
 * chrome and are dropped.
 */
export function findTitle(blocks: readonly Block[]): TitleResult {
  const headings = blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.kind === 'heading');
  const named = headings.find(({ block }) => TITLE_WORDS.test(block.text));
  if (!named) {
    const datedTitle = findDatedTitle(blocks.slice(0, headings[0]?.index ?? blocks.length));
    if (datedTitle) return { title: datedTitle.title, blocks: [{ kind: 'paragraph', text: datedTitle.date }, ...blocks.slice(datedTitle.index + 1)] };
  }
  const chosen = named ?? headings[0];
  if (!chosen) return { blocks: [...blocks] };
  return { title: chosen.block.text.replace(/\s*\n\s*/g, ' ').trim(), blocks: blocks.slice(chosen.index + 1) };
}

/** The first paragraph of two lines, a title that names a declaration and a date line. */
function findDatedTitle(blocks: readonly Block[]): { index: number; title: string; date: string } | undefined {
  for (const [index, block] of blocks.entries()) {
    const lines = block.text.split('\n');
    if (block.kind !== 'paragraph' || lines.length !== 2) continue;
    const [title, date] = lines as [string, string];
    if (TITLE_WORDS.test(title) && looksLikeHeading(title) && dateLine(date)) return { index, title: title.trim(), date: date.trim() };
  }
  return undefined;
}
