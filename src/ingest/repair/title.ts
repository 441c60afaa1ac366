import { hasIdeographs } from '../../text/fold.js';
import { squeeze } from '../../text/squeeze.js';
import type { Block } from '../../tree/blocks.js';
import type { Dropped } from '../dropped.js';
import { chromeReason, isChrome } from './chrome.js';
import { dateLine } from './dates.js';
import { joinHardWraps } from './hard-wraps.js';
import { numberingRank } from './heading-levels.js';
import { isDateline } from './head.js';
import { endsSentence } from './sentence.js';
import { TITLE_WORDS } from './title-words.js';


/**
 * A title that names the declaration itself, not a headline about it: Chinese ending in the kind
 * of document, English with the word capitalised, Russian in the nominative, and no verb of adoption.
 */
const NAMES_ITSELF = /(?:宣言|声明|聲明|公报|公報|纪要|紀要)$|\b(?:Declaration|Statement|Communiqu[eé])\b|(?:^|\s)(?:[Дд]екларация|[Зз]аявление|[Кк]оммюнике)(?:\s|$)/u;
const HEADLINE_VERB = /\b(?:adopts?|adopted|signs?|signed|issues?|issued|approves?|approved)\b|(?:^|\s)(?:приняли|принята|приняла|подписали|одобрили|утвердили)(?:\s|$)/iu;

/** Longest title paragraph: real titles run to about 50 characters with ideographs, 150 without. */
export function maxTitleLength(text: string): number {
  return hasIdeographs(text) ? 80 : 200;
}

/** The title and the blocks of the body after it. */
export interface TitleResult {
  /** Title text, or undefined when none was found. */
  title?: string;
  /** Blocks after the title; everything before it (page chrome) is dropped. */
  blocks: Block[];
  /** What was dropped: the blocks before the title, a stamp run into it, the title line as written when markers were removed from it. */
  dropped: Dropped[];
  /** The title says the text is an abstract (`（摘要）`). */
  excerpt?: boolean;
}

/** A block that may be the title: its text, and a date line (not a page stamp) that shared its paragraph. */
interface TitleCandidate {
  index: number;
  /** The title as written (wraps joined). */
  raw: string;
  /** The line after the title in its paragraph: a date line. */
  dateText?: string;
}

/** Markers around a title: a site's field prefix or a list bullet (`• …` on a page of links), a quote wrapper, `（全文）`, `（摘要）`, a page number. */
const PREFIX = /^(?:\[[A-Za-z ]{2,12}\]|【[^】]{1,6}】|[•·▪●◆■►▸‣]\s)\s*/u;
const WRAPPER = /^[《「“"](.+)[》」”"]\s*(?:[发發]表|[发發]布|全文)?$/u;
const SUFFIX = /(?<!\s)\s*[(（]\s*(全文|摘要|\d{1,3}|full text|excerpts?|полный текст)\s*[)）]$/iu;

/** A date or a year in brackets after a title: `（2020年11月10日）`, `(10 November 2020)`, `(2020年)`. */
const DATE_SUFFIX = /\s{0,3}[(（]\s{0,2}([^()（）]{4,30}?)\s{0,2}[)）]$/u;
const YEAR = /^\d{4}\s{0,2}年?$/u;

/**
 * The title without markers, whether a marker said it is an abstract, and the date written after
 * it in brackets (the text of the date, for a date line under the title: it dates the summit as one).
 */
export function cleanTitle(raw: string): { title: string; excerpt: boolean; date?: string } {
  let title = raw.trim().replace(PREFIX, '');
  let excerpt = false;
  let date: string | undefined;
  for (let changed = true; changed;) {
    changed = false;
    const dated = DATE_SUFFIX.exec(title);
    const year = dated !== null && YEAR.test(dated[1]!);
    if (dated && (year || dateLine(dated[1]!) !== undefined)) {
      if (!year) date ??= dated[1]!.trim();
      title = title.slice(0, dated.index);
      changed = true;
    }
    const suffix = SUFFIX.exec(title);
    if (suffix) {
      if (/^(?:摘要|excerpts?)$/iu.test(suffix[1]!)) excerpt = true;
      title = title.slice(0, suffix.index);
      changed = true;
    }
    const wrapped = WRAPPER.exec(title);
    if (wrapped) {
      title = wrapped[1]!.trim();
      changed = true;
    }
  }
  return { title: title.trim(), excerpt, ...(date ? { date } : {}) };
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
    const raw = joinHardWraps(block.text);
    return TITLE_WORDS.test(raw) && !isNumbered(raw) ? { index, raw } : undefined;
  }
  if (block.code) return undefined; // a README's example output is not the page's title
  const lines = block.text.split('\n');
  const date = lines.length > 1 ? dateLine(lines[lines.length - 1]!) : undefined;
  const titleLines = date ? lines.slice(0, -1) : lines;
  if (titleLines.length > 3) return undefined;
  const raw = joinHardWraps(titleLines.join('\n'));
  if (!TITLE_WORDS.test(raw) || endsSentence(raw) || [...raw].length > maxTitleLength(raw) || isNumbered(raw)) return undefined;
  return date ? { index, raw, dateText: lines[lines.length - 1]!.trim() } : { index, raw };
}

/** Does the candidate name the declaration itself (not a headline that mentions one)? */
function namesItself(candidate: TitleCandidate): boolean {
  return titleNamesDocument(cleanTitle(candidate.raw).title);
}

/** Does a title name its own document (宣言, 声明, 公报, Declaration, Заявление…), not report on one (`… adopted …`)? */
export function titleNamesDocument(title: string): boolean {
  return mayNameDocument(title) && NAMES_ITSELF.test(title) && !HEADLINE_VERB.test(title);
}

/**
 * Does a text hold a word `NAMES_ITSELF` looks for? A pattern V8 compiles at once, tested first:
 * `NAMES_ITSELF` (`\b` under `u`) is slow to compile, and most lines hold none of these words.
 */
export function mayNameDocument(text: string): boolean {
  return DOCUMENT_WORD.test(text);
}
const DOCUMENT_WORD = /宣言|声明|聲明|公报|公報|纪要|紀要|Declaration|Statement|Communiqu|[Дд]екларац|[Зз]аявлен|[Кк]оммюнике/;

/** A section heading's numbering (`一、`, `I.`, `1.`, a bare `一` or `I`): never a title. */
function isNumbered(text: string): boolean {
  return numberingRank(text.trim()) !== undefined;
}

/** A paragraph of the text itself: it ends like a sentence. */
function isRunningText(block: Block): boolean {
  return block.kind === 'paragraph' && endsSentence(block.text.trim());
}

/** The candidate nearest before the first paragraph of text that follows one, else the first candidate. */
function nearestBeforeText(blocks: readonly Block[], accept: (candidate: TitleCandidate) => boolean): TitleCandidate | undefined {
  let first: TitleCandidate | undefined;
  let latest: TitleCandidate | undefined;
  for (const [index, block] of blocks.entries()) {
    const candidate = titleCandidate(block, index);
    if (candidate && accept(candidate)) {
      first ??= candidate;
      latest = candidate;
    } else if (latest && isRunningText(block)) return latest;
  }
  return first;
}

/** A declaration the opening formula names as adopted (`…通过《…宣言》`, `adopted the … Declaration`). */
const FORMULA_TITLE = [
  /(?:通过|通過|发表|發表|签署|簽署|批准)(?:了)?《([^《》]{2,80}?(?:宣言|声明|聲明|公报|公報))》/u,
  /\b(?:adopt|adopted|issue|issued|sign|signed)\s+the\s+(\p{Lu}[^,.;:]{2,120}?\b(?:Declaration|Statement|Communiqu[eé])(?:\s+of\s+the\s+[^,.;:]{2,120})?)(?=[,.;:]|\s+(?:as|and|which|on|in)\b)/u,
];

/** The title an opening formula gives, looked for in the first paragraphs of text. */
function formulaTitle(blocks: readonly Block[]): string | undefined {
  for (const block of blocks.filter(isRunningText).slice(0, 3)) {
    for (const pattern of FORMULA_TITLE) {
      const found = pattern.exec(joinHardWraps(block.text))?.[1];
      if (found) return found.trim();
    }
  }
  return undefined;
}

/** A line announcing the full text: `…публикует полный текст документа.`, `「…」全文如下：`. */
const FULL_TEXT = /全文如下|全文[：:]$|полный текст|full text/iu;

/** Why a block before the title is dropped: the title repeated, a headline or link naming a declaration, a dateline, page furniture. */
function beforeTitle(title: string) {
  return (block: Block, index: number): Dropped => {
    const candidate = titleCandidate(block, index);
    const reason = candidate
      ? squeeze(cleanTitle(candidate.raw).title) === squeeze(title) ? 'duplicate-title' : 'headline'
      : isDateline(block.text) ? 'dateline'
        : chromeReason(block.text) ?? (FULL_TEXT.test(block.text) && [...block.text].length <= 100 ? 'marker' : 'navigation');
    return { text: block.text, reason };
  };
}

/** The earliest block giving the same title as the chosen one with no text between them: the title, the others its repeats. */
function earliestRepeat(blocks: readonly Block[], chosen: TitleCandidate): TitleCandidate {
  const wanted = squeeze(cleanTitle(chosen.raw).title);
  let earliest = chosen;
  for (let k = chosen.index - 1; k >= 0; k--) {
    const block = blocks[k]!;
    if (isRunningText(block)) break;
    const candidate = titleCandidate(block, k);
    if (candidate && squeeze(cleanTitle(candidate.raw).title) === wanted) earliest = candidate;
  }
  return earliest;
}

/**
 * Find the title: the block that names the declaration itself (see `namesItself`) nearest before
 * the first paragraph of text that follows one, so that a headline or a page's link to another
 * declaration above the title is not taken for it; else such a block that merely names a
 * declaration; else the labelled title (`[Title] …`, read by the chrome pass), dropping the page
 * lines before the text; else the first heading, when it is not numbered and no text precedes it; blocks
 * before the title are site chrome and are dropped (listed); else, on a news page with no title
 * line, a line announcing the full text ends the article's lead (the lead and the line are
 * dropped, and the title is the declaration the line quotes, else the formula's). Otherwise the
 * page is only the body: nothing is dropped, and the title is the one its opening formula names, if any.
 */
export function findTitle(blocks: readonly Block[], labelled?: string): TitleResult {
  const found = nearestBeforeText(blocks, namesItself) ?? nearestBeforeText(blocks, () => true);
  const chosen = found && earliestRepeat(blocks, found);
  if (chosen) {
    const { title, excerpt, date } = cleanTitle(chosen.raw);
    const dropped = blocks.slice(0, chosen.index).map(beforeTitle(title));
    if (title !== chosen.raw) dropped.push({ text: chosen.raw, reason: 'title-chrome' });
    const rest = blocks.slice(chosen.index + 1);
    // A page's time stamp (`2020-11-10 22:29`) is chrome; a dated line (`Moscow, 10 November 2020`) is text.
    const dateText = chosen.dateText;
    if (dateText && isChrome(dateText)) dropped.push({ text: dateText, reason: chromeReason(dateText) ?? 'stamp' });
    const kept = dateText && !isChrome(dateText) ? [{ kind: 'paragraph' as const, text: dateText }, ...rest] : rest;
    if (date) kept.unshift({ kind: 'paragraph', text: date });
    return { title, blocks: kept, dropped, ...(excerpt ? { excerpt } : {}) };
  }
  if (labelled) {
    // A labelled title (`[Title] …`): the page lines before the text are the site's, numbered headings aside.
    let start = 0;
    while (start < blocks.length && !isRunningText(blocks[start]!) && !isNumbered(blocks[start]!.text)) start++;
    if (start === blocks.length) start = 0;
    const title = cleanTitle(labelled).title;
    return { title, blocks: blocks.slice(start), dropped: blocks.slice(0, start).map(beforeTitle(title)) };
  }
  const heading = blocks.findIndex((block) => block.kind === 'heading');
  const textFirst = blocks.slice(0, Math.max(0, heading)).some(isRunningText);
  if (heading >= 0 && !textFirst && !isNumbered(blocks[heading]!.text)) {
    const title = joinHardWraps(blocks[heading]!.text);
    return { title, blocks: blocks.slice(heading + 1), dropped: blocks.slice(0, heading).map(beforeTitle(title)) };
  }
  const marker = leadMarker(blocks);
  if (marker !== undefined) {
    // A news article's lead, then `「…」全文如下：`: the lead is the article's, the text starts after the line.
    const rest = blocks.slice(marker + 1);
    const title = markerTitle(blocks[marker]!.text) ?? formulaTitle(rest);
    return { ...(title ? { title } : {}), blocks: rest, dropped: blocks.slice(0, marker + 1).map(beforeTitle(title ?? '')) };
  }
  const named = formulaTitle(blocks);
  return { ...(named ? { title: named } : {}), blocks: [...blocks], dropped: [] };
}

/** How many blocks a news lead runs to before the line announcing the full text. */
const LEAD_REACH = 6;

/**
 * On a page with no title line, a line announcing the full text (`「…」全文如下：`, `…публикует
 * полный текст документа.`, `Below is the full text…:`) among the first blocks, with only
 * paragraphs before it and text after it: its index, else undefined.
 */
function leadMarker(blocks: readonly Block[]): number | undefined {
  for (const [index, block] of blocks.slice(0, LEAD_REACH).entries()) {
    if (block.kind !== 'paragraph') return undefined;
    const text = block.text.trim();
    if (announcesFullText(text)) return index < blocks.length - 1 ? index : undefined;
  }
  return undefined;
}

/** Words that announce the text below (`publishes`, `below`, `следует`), not a clause naming a full text. */
const ANNOUNCES = /[：:]$|全文如下|публику|приводится|ниже|следу|\bbelow\b|\bfollow|\bhere is\b|\bpublish/iu;

/** A short line announcing the full text below (`「…」全文如下：`, `…публикует полный текст документа.`, `Below is the full text…:`). */
function announcesFullText(text: string): boolean {
  return FULL_TEXT.test(text) && ANNOUNCES.test(text) && [...text].length <= 100 && !text.includes('\n');
}

/** The declaration a full-text line names in quotes (`「天津宣言」全文如下：`, `full text of the “… Declaration”`). */
function markerTitle(text: string): string | undefined {
  for (const match of text.matchAll(/[「《“"«]([^「」《》“”"«»]{2,120})[」》”"»]/gu)) {
    const name = match[1]!.trim();
    if (NAMES_ITSELF.test(name)) return name;
  }
  return undefined;
}
