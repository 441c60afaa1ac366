import type { Block } from '../../tree/blocks.js';

/**
 * Heading numbering styles, outermost first: `一、` > `I.` > `（一）` > `1.` > `1.1` > `（1）`; a bare
 * `一` or `I` on a line of its own is a number too.
 * The index is the style's rank.
 */
const NUMBERING: readonly RegExp[] = [
  /^[一二三四五六七八九十百]+(?:[、．.]|$)/u,
  /^[IVXLC]+(?:\.\s|\.?$)/u,
  /^[（(][一二三四五六七八九十百]+[）)]/u,
  /^\d{1,3}[.．、)]\s*(?!\d)/u,
  /^\d{1,3}\.\d{1,3}(?:\.\d{1,3})*\.?\s/u,
  /^[（(]\d{1,3}[）)]/u,
];

/** Rank of a heading's numbering style, or undefined when it is not numbered. */
export function numberingRank(text: string): number | undefined {
  const rank = NUMBERING.findIndex((pattern) => pattern.test(text));
  return rank < 0 ? undefined : rank;
}

/**
 * Assign section depths to the headings of a non-canonical input. Scraped heading levels carry
 * site styling rather than structure, so they are not trusted. When headings are numbered,
 * the numbering styles present, ordered by `NUMBERING`, give depths 2, 3, 4…, and unnumbered
 * headings are top-level (2). Without numbering every heading after the title is top-level.
 */
export function assignHeadingLevels(blocks: readonly Block[]): Block[] {
  const rankOf = blocks.map((block) => (block.kind === 'heading' ? numberingRank(block.text) : undefined));
  const order = [...new Set(rankOf.filter((rank) => rank !== undefined))].sort((a, b) => a - b);
  return blocks.map((block, k) => {
    if (block.kind !== 'heading') return block;
    const rank = rankOf[k];
    const depth = rank === undefined ? 2 : Math.min(6, 2 + order.indexOf(rank));
    return { kind: 'heading', depth, text: block.text };
  });
}
