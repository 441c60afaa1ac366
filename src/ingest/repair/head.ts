import { squeeze, squeezesTo } from '../../text/squeeze.js';
import type { Block } from '../../tree/blocks.js';
import { readDateline } from '../dates/dateline.js';
import { mayMatchCyrillic, mayMatchLatin } from '../may-match.js';
import type { Dropped } from '../dropped.js';
import { isChrome } from './chrome.js';
import { dateLine, findDate } from './dates.js';
import { numberingRank } from './heading-levels.js';
import { TITLE_WORDS } from './title-words.js';
import { endsSentence } from './sentence.js';

/** An agency dateline: `新华社X M月D日电`, `CITY, DD.MM.YYYY /Agency/.`. */
export const AGENCY_DATELINE = /^(?:[据據]?(?:新华社|新華社|中新社|中新網|中新网)\s*\S{1,24}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]|\p{Lu}[\p{L}\s.-]{1,30},\s*\d{1,2}\.\d{1,2}\.\d{4}\s*(?:\/[^/]{1,60}\/)?\s*\.?)$/u;

/** What an agency dateline holds (the agency's name, or `, D.M.YYYY`), tested first: `AGENCY_DATELINE`'s `\p` classes are slow to compile. */
export const AGENCY_DATELINE_GATE = /^[据據]?(?:新华社|新華社|中新社|中新網|中新网)|,\s*\d{1,2}\.\d{1,2}\.\d{4}/u;

/** Month names and date words: what a date line holds besides its numbers. */
const DATE_WORDS = /January|February|March|April|May|June|July|August|September|October|November|December|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яй]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|года?|[年月日]|\d+(?:st|nd|rd|th)?/giu;

/** What `DATE_WORDS` can match in text without English or Russian letters: it runs faster, and compiles at once. */
const CJK_DATE_WORDS = /[年月日]|\d+/gu;

/** A line announcing the full text below: `「…」全文如下：`, `…публикует полный текст документа.`, `Full text:`. */
const FULL_TEXT = /全文如下|全文[：:]$|полный текст|^(?:the )?full text\b/iu;

/** A place-and-date line: an agency dateline, or a date line that names a place (`г. X D месяца YYYY года`, `X, D Month YYYY`). */
export function isDateline(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n')) return false;
  if (AGENCY_DATELINE_GATE.test(line) && AGENCY_DATELINE.test(line)) return true;
  const agency = readDateline(line);
  if (agency?.monthDay && agency.text === line) return true; // `Moscow, November 18th (Agency)`
  if (datelineDate(line) === undefined) return false;
  const words = mayMatchLatin(line) || mayMatchCyrillic(line) ? DATE_WORDS : CJK_DATE_WORDS;
  return /\p{L}/u.test(line.replace(words, ''));
}

/** The date of a short line that is a date with a place (up to 24 other characters), else undefined. */
function datelineDate(line: string): string | undefined {
  if (line.length > 60 || endsSentence(line.replace(/[)）]$/u, ''))) return undefined;
  const found = findDate(line);
  if (!found) return undefined;
  const rest = (line.slice(0, found.index) + line.slice(found.index + found.length)).replace(/[\s\p{P}]/gu, '');
  return rest.length <= 24 ? found.iso : undefined;
}

/** The blocks after the head, what was dropped, and the first dateline that gives a full date (else the first dateline). */
export interface HeadResult {
  blocks: Block[];
  dropped: Dropped[];
  dateline?: { text: string; date?: string };
  /** ISO date of the first bare date line dropped as a stamp. */
  stamp?: string;
}

/**
 * Drop what stands between the title and the text (up to the first paragraph that ends a
 * sentence or the first numbered heading): the title repeated, datelines (read for their date),
 * a bare date (a publication stamp), a line announcing the full text, a link naming another
 * declaration, and any line before the last of these (a site motto).
 */
export function dropHead(blocks: readonly Block[], title: string | undefined): HeadResult {
  const result: HeadResult = { blocks: [], dropped: [] };
  const reasons: Array<Dropped['reason'] | undefined> = [];
  for (const block of blocks) {
    const text = block.text.trim();
    if (block.kind === 'paragraph' && FULL_TEXT.test(text) && [...text].length <= 80) {
      reasons.push('marker');
      continue;
    }
    if (endsSentence(text) || numberingRank(text) !== undefined) break;
    reasons.push(headReason(block, text, title));
  }
  // The head ends with its last furniture: an unrecognised line before it (a site motto) is the page's.
  const end = reasons.findLastIndex((reason) => reason !== undefined) + 1;
  for (let k = 0; k < end; k++) {
    const block = blocks[k]!;
    const reason = reasons[k] ?? 'navigation';
    result.dropped.push({ text: block.text, reason });
    const bare = reason === 'stamp' && !result.stamp ? dateLine(block.text.trim()) : undefined;
    if (bare) result.stamp = bare;
    if (reason === 'dateline') {
      const text = block.text.trim();
      const date = datelineDate(text);
      if (!result.dateline?.date) result.dateline = date ? { text, date } : result.dateline ?? { text };
    }
  }
  result.blocks = blocks.slice(end);
  return result;
}

/** Why a block of the head is furniture, or undefined when it is not recognised. */
function headReason(block: Block, text: string, title: string | undefined): Dropped['reason'] | undefined {
  if (title && squeezesTo(text, squeeze(title))) return 'duplicate-title';
  if (isDateline(text)) return 'dateline';
  if (dateLine(text) && !isChrome(text)) return 'stamp';
  // Another declaration named between the title and the text: a link of the page.
  if (title && block.kind === 'paragraph' && TITLE_WORDS.test(text) && [...text].length <= 200) return 'navigation';
  return undefined;
}

/**
 * Drop the title repeated inside the text (a PDF's running head at each page break): a block that
 * is the title, or a line of a paragraph that is.
 */
export function dropTitleRepeats(blocks: readonly Block[], title: string | undefined): { blocks: Block[]; dropped: Dropped[] } {
  if (!title) return { blocks: [...blocks], dropped: [] };
  const wanted = squeeze(title);
  const dropped: Dropped[] = [];
  const kept: Block[] = [];
  for (const block of blocks) {
    if (squeezesTo(block.text, wanted)) {
      dropped.push({ text: block.text, reason: 'duplicate-title' });
      continue;
    }
    // A block of one line is its only line.
    const lines = block.kind === 'paragraph' && block.text.includes('\n') ? block.text.split('\n') : [];
    const repeats = lines.filter((line) => squeezesTo(line, wanted));
    if (repeats.length === 0) {
      kept.push(block);
      continue;
    }
    for (const line of repeats) dropped.push({ text: line, reason: 'duplicate-title' });
    kept.push({ kind: 'paragraph', text: lines.filter((line) => !squeezesTo(line, wanted)).join('\n') });
  }
  return { blocks: kept, dropped };
}
