import type { Block } from '../../tree/blocks.js';
import type { Dropped } from '../dropped.js';
import { chromeReason } from './chrome.js';
import { readDateline } from '../dates/dateline.js';
import { findPlace } from '../place.js';
import { dateLine, findDate, findDottedDate } from './dates.js';

/** Offices that sign a declaration, in Simplified and Traditional Chinese. */
const ZH_OFFICE = /(?:总统|總統|总理|總理|主席|首相|国王|國王|元首|总书记|總書記|秘书长|秘書長|部长|部長|外长|外長|苏丹|蘇丹|埃米尔|埃米爾)$/u;
/** A Chinese signature line: office, any spaces or a tab (U+3000, em space…), a short name (`伊姆兰·汗`). */
const ZH_LINE = /^(\S.{1,40}?)\s+([\p{Script=Han}·•・\-]{1,12})$/u;
/**
 * Other languages: office and name separated by a tab, a wide space (U+2000–U+200A, U+3000) or two
 * or more spaces, at most 200 in all: each of the 80 places the office may end would otherwise
 * scan a long run of spaces to its end (80 times 1 MB, 2.4 s on a loaded machine).
 */
const OTHER_LINE = /^(\S.{2,80}?)(?:\t|[\u2000-\u200A\u3000]|\s\s)\s{0,198}(\S[^\t]{0,40})$/u;
const OTHER_OFFICE = /president|prime minister|chairman|chairperson|king|emir|sultan|secretary-general|президент|премьер|председатель|король|генеральный секретарь/iu;

/** Signatures and closing date found at the end of a declaration. */
export interface SignatureResult {
  /** Blocks before the signatures; what followed them (trailing chrome) is dropped. */
  blocks: Block[];
  /** `office name`, one space between, in document order. */
  signatories: string[];
  /** ISO date of the closing date line, if there was one. */
  closingDate?: string;
  /** The place that line names, as written (`Самарканд`, `Samarkand`, `莫斯科`), if it names one. */
  closingPlace?: string;
  /** The signature blocks, the closing date line and the trailing chrome, in document order. */
  dropped: Dropped[];
}

/** How far from the end of a document the signatures may start, in blocks. */
const TAIL = 20;

/** A block of running text: it ends like a sentence (chrome, dates and headings do not). */
const RUNNING_TEXT = /[。！？；.!?;]$/u;
const isRunningText = (block: Block): boolean => RUNNING_TEXT.test(block.text.trim());

/**
 * A closing date line: a date with a few words around it (`2020年11月10日`, `Moscow, 10 November
 * 2020`), or a place-and-date line whose place is longer (`г. Самарканд, 16 сентября 2022 года`,
 * `Done at Samarkand on 16 September 2022`), with the place it names.
 */
function closingLine(text: string): { iso: string; place?: string } | undefined {
  // A dotted date (`Moscow, 10.11.2020`) is read as its ISO form would be.
  const dotted = findDate(text) ? undefined : findDottedDate(text);
  if (dotted) return closingLine(text.slice(0, dotted.index) + dotted.iso + text.slice(dotted.index + dotted.length));
  const read = readDateline(text);
  const short = dateLine(text);
  if (short) return read?.place && read.iso === short ? { iso: short, place: read.place } : { iso: short };
  // Longer: only a place, a city of the gazetteer or a name of one or two words (not `Agreement on
  // cooperation of 15 June 2001`, a heading's words around a date).
  if (!read?.iso || !read.place) return undefined;
  return findPlace(read.place) || read.place.split(' ').length <= 2 ? { iso: read.iso, place: read.place } : undefined;
}

/** The result's closing date and place from a closing line. */
function closing(line: { iso: string; place?: string }): Pick<SignatureResult, 'closingDate' | 'closingPlace'> {
  return { closingDate: line.iso, ...(line.place ? { closingPlace: line.place } : {}) };
}

/** Parse one signature line into `office name`, or undefined when it is not one. */
export function signatoryLine(line: string): string | undefined {
  const text = line.trim();
  const zh = ZH_LINE.exec(text);
  if (zh && ZH_OFFICE.test(zh[1]!.trim())) return `${zh[1]!.trim()} ${zh[2]}`;
  const other = OTHER_LINE.exec(text);
  if (other && OTHER_OFFICE.test(other[1]!) && !/[.;:!?。；：！？]$/u.test(text)) {
    return `${other[1]!.trim()} ${other[2]!.trim()}`;
  }
  return undefined;
}

/** Every line of the block is a signature line: return them, else undefined. */
function signatoryBlock(block: Block): string[] | undefined {
  const lines = block.text.split('\n').filter((line) => line.trim());
  const parsed = lines.map(signatoryLine);
  return parsed.length > 0 && parsed.every((line) => line !== undefined) ? (parsed as string[]) : undefined;
}

/**
 * Move signatures and the closing date line from the end of the document into metadata.
 * The last run of signature blocks among the final blocks is taken; a date line right before or
 * after it is the closing date; anything after them is page chrome and dropped. Without
 * signatures, a date line among the last three blocks, after running text and before none, is
 * the closing date.
 */
export function extractSignatures(blocks: readonly Block[]): SignatureResult {
  const list = [...blocks];
  // Each block's signatories, parsed once: the search, the walk back and the result share them.
  const blocksOfNames: string[][] = [];
  let end = -1;
  for (let i = list.length - 1; i >= Math.max(0, list.length - TAIL); i -= 1) {
    const names = signatoryBlock(list[i]!);
    if (names) { end = i; blocksOfNames.push(names); break; }
  }
  if (end < 0) {
    for (let i = list.length - 1; i >= Math.max(0, list.length - 3); i -= 1) {
      const line = closingLine(list[i]!.text);
      // A closing date closes text, and only chrome follows it: in a short document a date
      // line under the title, or between two paragraphs, is part of the text and drops nothing.
      const closes = line && list.slice(0, i).some(isRunningText) && !list.slice(i + 1).some(isRunningText);
      if (closes) {
        const dropped: Dropped[] = [{ text: list[i]!.text, reason: 'closing-date' }, ...footer(list.slice(i + 1))];
        return { blocks: list.slice(0, i), signatories: [], ...closing(line), dropped };
      }
    }
    return { blocks: list, signatories: [], dropped: [] };
  }
  let start = end;
  while (start > 0) {
    const names = signatoryBlock(list[start - 1]!);
    if (!names) break;
    blocksOfNames.push(names);
    start -= 1;
  }
  const signatories = blocksOfNames.reverse().flat();
  const signed: Dropped[] = list.slice(start, end + 1).map((block) => ({ text: block.text, reason: 'signature' }));
  const result: SignatureResult = { blocks: list.slice(0, start), signatories, dropped: [] };
  const after = list[end + 1];
  const before = list[start - 1];
  const closingAfter = after ? closingLine(after.text) : undefined;
  const closingBefore = before ? closingLine(before.text) : undefined;
  if (closingAfter) {
    Object.assign(result, closing(closingAfter));
    result.dropped = [...signed, { text: after!.text, reason: 'closing-date' }, ...footer(list.slice(end + 2))];
  } else if (closingBefore) {
    Object.assign(result, closing(closingBefore));
    result.blocks.pop();
    result.dropped = [{ text: before!.text, reason: 'closing-date' }, ...signed, ...footer(list.slice(end + 1))];
  } else result.dropped = [...signed, ...footer(list.slice(end + 1))];
  return result;
}

/** What follows the signatures and closing date: page chrome. */
function footer(blocks: readonly Block[]): Dropped[] {
  return blocks.map((block) => ({ text: block.text, reason: chromeReason(block.text) === 'navigation' ? 'navigation' : 'footer' }));
}
