import type { Block } from '../../tree/blocks.js';
import { isChrome } from './chrome.js';
import { dateLine } from './dates.js';
import { numberingRank } from './heading-levels.js';

/** Ends in an ideograph (or a Chinese comma): the paragraph was cut mid-sentence. */
const CUT_CJK = /[\p{Script=Han}，、]$/u;
/** Latin text cut mid-sentence: ends with a letter or comma and the next part starts in lower case. */
const CUT_LATIN = /[\p{Ll},]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** Ends like an item of a list of considerations (`noting …,`, `отмечая …;`). */
const ITEM_END = /[,;]$/u;

/**
 * A preamble of considerations, written a paragraph each (`the Member States,` / `noting …;` /
 * `seeking …,` / `hereby state the following:`): a paragraph ending with a comma is a list item,
 * not a cut, when the next one also ends like an item, or when it is itself an item (starts in
 * lower case) of such a list.
 */
function inList(previous: string, next: string): boolean {
  return previous.endsWith(',') && (ITEM_END.test(next) || STARTS_LOWER.test(previous));
}

/** Page furniture, a date line or a numbered heading left as a paragraph: it ends without punctuation but was not cut. */
function endsWhole(text: string): boolean {
  return isChrome(text) || dateLine(text) !== undefined || (numberingRank(text) !== undefined && headingSized(text));
}

/**
 * Short and without a comma or a sentence's punctuation, as a heading is: a numbered clause a
 * page break cut (`3. 成员国将…，构建…国际` + `秩序…`) is joined as any other.
 */
function headingSized(text: string): boolean {
  return [...text].length <= MAX_HEADING_LENGTH && !/[，,。；;！？!?]/u.test(text);
}

/** Longest numbered paragraph still read as a heading left as a paragraph, in characters. */
const MAX_HEADING_LENGTH = 60;

/**
 * Join paragraphs that scraping cut in two (`…残` + `奥会…` → `…残奥会…`): a paragraph ending in
 * an ideograph with no closing punctuation is joined to the next paragraph with no separator;
 * Latin text ending mid-sentence is joined to a next paragraph starting in lower case with one space,
 * except the items of a preamble of considerations, each its own paragraph (`inList`).
 * A stamp, source line, byline, date line or numbered heading is never joined (`endsWhole`); a
 * numbered paragraph longer than a heading, or holding a comma, is a clause and is joined.
 */
export function joinBrokenParagraphs(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (block.kind === 'paragraph' && previous?.kind === 'paragraph') {
      if (CUT_CJK.test(previous.text) && !endsWhole(previous.text)) {
        out[out.length - 1] = { kind: 'paragraph', text: previous.text + block.text };
        continue;
      }
      if (CUT_LATIN.test(previous.text) && STARTS_LOWER.test(block.text) && !endsWhole(previous.text)
        && !inList(previous.text, block.text)) {
        out[out.length - 1] = { kind: 'paragraph', text: `${previous.text} ${block.text}` };
        continue;
      }
    }
    out.push(block);
  }
  return out;
}
