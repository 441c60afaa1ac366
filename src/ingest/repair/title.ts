import type { Block } from '../../tree/blocks.js';

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
 * else the first heading. Blocks before it are site chrome and are dropped.
 */
export function findTitle(blocks: readonly Block[]): TitleResult {
  const headings = blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.kind === 'heading');
  const chosen = headings.find(({ block }) => TITLE_WORDS.test(block.text)) ?? headings[0];
  if (!chosen) return { blocks: [...blocks] };
  return { title: chosen.block.text.replace(/\s*\n\s*/g, ' ').trim(), blocks: blocks.slice(chosen.index + 1) };
}
