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

/**
 * Head-of-state titles that open a signature whose name follows after one space or on the next
 * line: only these, at the start of the line and capitalised, so that a line merely naming an
 * office is not read as one.
 */
const TITLE = /^(?:Acting |Vice-)?(?:President|Prime Minister|Chairman|Chairperson|King|Emir|Sultan|Secretary-General|Президент|Премьер-министр|Председатель|Король|Эмир|Султан|Генеральный секретарь)(?=\s|$)/u;
/** Lower-case words an office may hold (`President of the Republic of …`, `Председатель … и …`). */
const CONNECTOR = /^(?:of|the|and|for|on|de|и|по|при)$/u;
/** A capitalised word, an initial or initials (`A.`, `К.Токаев`, `Kassym-Jomart`, `People's`). */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u;
/** A Chinese office alone on its line (`示例共和国总统`), and a Chinese name alone on its line. */
const ZH_OFFICE_LINE = /^[^\s。；：！？，、]{2,40}$/u;
const ZH_NAME_LINE = /^[\p{Script=Han}·•・\-]{2,12}$/u;
const LATIN_OR_CYRILLIC = /[A-Za-zА-яЁё]/;
/** Longest office and longest name, in characters: a longer line is text. */
const OFFICE_MAX = 80;
const NAME_MAX = 40;

/** The words of an office or name: capitalised words and connectors only, else undefined. */
function capitalisedWords(text: string, max: number): string[] | undefined {
  if (text.length > max || !/\p{L}$/u.test(text)) return undefined;
  const words = text.split(' ');
  return words.every((word) => CAPITALISED.test(word) || CONNECTOR.test(word)) ? words : undefined;
}

/** An office alone on its line (`President of the Example Republic`, `示例共和国总统`). */
function officeLine(line: string): string | undefined {
  if (ZH_OFFICE_LINE.test(line) && ZH_OFFICE.test(line)) return line;
  return TITLE.test(line) && capitalisedWords(line, OFFICE_MAX) ? line : undefined;
}

/** A short capitalised name alone on its line (`A. Sample`, `А. Примеров`, `甲乙丙`), no office in it. */
function nameLine(line: string): string | undefined {
  if (ZH_NAME_LINE.test(line)) return ZH_OFFICE.test(line) ? undefined : line;
  // A Latin or Cyrillic name only: the `\p{…}` patterns below are compiled for such lines alone.
  if (!LATIN_OR_CYRILLIC.test(line)) return undefined;
  const words = capitalisedWords(line, NAME_MAX);
  const named = words && words.length <= 4 && words.every((word) => CAPITALISED.test(word)) && !TITLE.test(line);
  return named ? line : undefined;
}

/**
 * `office name` with one space between, as HTML leaves a wide gap: a head-of-state title, then
 * capitalised words only, at least two after the title (`of the Example Republic A. Sample`;
 * `President of Example` names no one). A clause ends with a full stop and has lower-case words.
 */
function spacedLine(line: string): string | undefined {
  const title = TITLE.exec(line);
  const words = title ? capitalisedWords(line, OFFICE_MAX + NAME_MAX) : undefined;
  if (!title || !words) return undefined;
  const after = line.slice(title[0].length).split(' ').filter((word) => CAPITALISED.test(word));
  return after.length >= 2 ? line : undefined;
}

/** One signature on one line, with a wide gap or one space: `office name`, else undefined. */
function oneLineSignatory(line: string): string | undefined {
  return signatoryLine(line) ?? spacedLine(line);
}

/** A line that may belong to a run of signatures: a whole signature, an office or a name. */
const signatureShaped = (line: string): boolean => oneLineSignatory(line) !== undefined || officeLine(line) !== undefined || nameLine(line) !== undefined;

/** Non-blank lines of a block, trimmed. */
const linesOf = (block: Block): string[] => block.text.split('\n').map((line) => line.trim()).filter(Boolean);

/** A signatory read from the lines of a run, and the index of its first line. */
interface Signed { signatory: string; first: number }

/**
 * Read signatures back from the last line: an office line and the name line under it, or one
 * line holding both; stop at the first line that is neither. Read backwards, a name line is
 * always paired with the office above it, so `office` / `name` is never taken for two signatures.
 */
function signaturesAtEnd(lines: readonly string[]): Signed[] {
  const found: Signed[] = [];
  let at = lines.length - 1;
  while (at >= 0) {
    const name = nameLine(lines[at]!);
    const office = name && at > 0 ? officeLine(lines[at - 1]!) : undefined;
    if (name && office) {
      found.push({ signatory: `${office} ${name}`, first: at - 1 });
      at -= 2;
      continue;
    }
    const one = oneLineSignatory(lines[at]!);
    if (!one) break;
    found.push({ signatory: one, first: at });
    at -= 1;
  }
  return found.reverse();
}

/**
 * The run of signature blocks that ends with block `end`: its first block and its signatories, or
 * undefined. A signature may span blocks (office and name in a `<p>` each); the run starts at a
 * block boundary where a signature starts, so that no block is cut.
 */
function signatureRun(list: readonly Block[], end: number): { start: number; signatories: string[] } | undefined {
  let from = end + 1;
  while (from > 0 && linesOf(list[from - 1]!).every(signatureShaped)) from -= 1;
  if (from > end) return undefined;
  const lines: string[] = [];
  const firstLine: number[] = []; // index in `lines` of each block's first line, from `from`
  for (let i = from; i <= end; i++) {
    firstLine.push(lines.length);
    lines.push(...linesOf(list[i]!));
  }
  const found = signaturesAtEnd(lines);
  const starts = new Set(found.map((signed) => signed.first));
  const startBlock = firstLine.findIndex((line) => starts.has(line));
  if (startBlock < 0) return undefined;
  const startLine = firstLine[startBlock]!;
  return { start: from + startBlock, signatories: found.filter((signed) => signed.first >= startLine).map((signed) => signed.signatory) };
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
  let end = -1;
  let run: { start: number; signatories: string[] } | undefined;
  for (let i = list.length - 1; i >= Math.max(0, list.length - TAIL) && !run; i -= 1) {
    run = signatureRun(list, i);
    if (run) end = i;
  }
  if (!run) {
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
  const { start, signatories } = run;
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
