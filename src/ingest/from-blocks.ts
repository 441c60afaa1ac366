import { InputError } from '../errors.js';
import type { Block } from '../tree/blocks.js';
import { buildDeclaration } from '../tree/build.js';
import { countClauses } from '../tree/flatten.js';
import { metaFromData } from '../tree/markdown-read.js';
import type { Declaration } from '../types.js';
import type { Dropped, Labels } from './dropped.js';
import { detectLanguage, SAMPLE } from './language.js';
import { findPlace } from './place.js';
import { firstSentenceOf } from './sentences.js';
import { joinBrokenParagraphs } from './repair/broken-paragraphs.js';
import { cleanLines } from './repair/characters.js';
import { dropWikiMarks } from './repair/wiki-marks.js';
import { cutSecondDocument } from './repair/second-document.js';
import { dropChrome } from './repair/chrome.js';
import { joinHardWraps } from './repair/hard-wraps.js';
import { splitLineParagraphs } from './repair/line-paragraphs.js';
import { assignHeadingLevels } from './repair/heading-levels.js';
import { promoteHeadings } from './repair/promote-headings.js';
import { extractSignatures } from './repair/signatures.js';
import { dropHead, dropTitleRepeats } from './repair/head.js';
import { findTitle } from './repair/title.js';
import { type DateSource, summitDate } from './summit-date.js';

/**
 * A closing line's place the gazetteer does not know is taken as written only when it looks like
 * a name (a capital letter, or Chinese characters), not words a filler left (`two copies`).
 */
const NAME_LIKE = /^(?:\p{Lu}|\p{Script=Han})/u;

/** Options of `declarationFromBlocks`. */
export interface FromBlocksOptions {
  /** Plain text has no heading marks: headings are recognised by shape. Default false. */
  plainText?: boolean;
  /** Front matter of a non-canonical Markdown input: its fields win over what is detected. Default none. */
  frontMatter?: Record<string, unknown>;
}

/** A declaration read from raw blocks, with what the repair passes dropped and what they could not find. */
export interface BlocksReport {
  declaration: Declaration;
  /** Every block (or line) left out, with the reason, in the order the passes dropped them. */
  dropped: Dropped[];
  /** What labelled page metadata (`[Title] …`, an infobox's `發布時間：…`) gave. */
  labels: Labels;
  /** Metadata that could not be found: `title`, `date`, `place`. */
  missing: Array<'title' | 'date' | 'place'>;
  /** Where the date was read (see `summitDate`); absent without a date. */
  dateSource?: DateSource;
}

/** The first sentence of a text: up to the first full stop (Chinese or Latin), after its paragraph number. */
function firstSentence(text: string): string {
  const body = text.replace(/^\s*(?:\d{1,3}[.)．]|[一二三四五六七八九十]+、|[（(]\d{1,3}[）)])\s*/u, '');
  return firstSentenceOf(body);
}

/** The first `length` characters of `texts` joined by line feeds, without joining the rest (`detectLanguage` reads no more). */
function openingText(texts: readonly string[], length: number): string {
  let text = '';
  for (let k = 0; k < texts.length && text.length < length; k++) text += k === 0 ? texts[k] : `\n${texts[k]}`;
  return text.slice(0, length);
}

/**
 * Turn the blocks of a raw page into a declaration, repairing what scraping broke. The passes,
 * in order: clean lines (controls, indentation) → split blocks that hold a paragraph a line →
 * take out wiki marks (edit links after headings, footnote markers) → drop site chrome (keeping a time stamp as a fallback date) → move signatures and the closing
 * date to metadata → recognise headings by shape when the input has no heading marks → find the
 * title and drop what precedes it → drop what stands between the title and the text (the title
 * repeated, datelines, a bare publication date) → drop the title repeated inside the text (a PDF's
 * running heads) → end the text where a second document of the page begins → join hard wraps → join paragraphs cut in two → assign heading
 * levels → metadata (date: the closing date line, else a dated first paragraph or a date in its
 * first sentence, else a labelled date, else a bare date under the title, else the page time stamp; place from the title, else the
 * dateline, else the closing place-and-date line, else the first sentence, else a labelled place; language from the text). Front matter, when given, wins over all of these.
 * Throws `InputError` when no paragraph is left.
 */
export function declarationFromBlocks(blocks: readonly Block[], options: FromBlocksOptions = {}): Declaration {
  return reportFromBlocks(blocks, options).declaration;
}

/** `declarationFromBlocks` with the accounting: what each pass dropped, the labels read, what is missing. */
export function reportFromBlocks(blocks: readonly Block[], options: FromBlocksOptions = {}): BlocksReport {
  let list: Block[] = [];
  for (const block of blocks) {
    const text = cleanLines(block.text);
    if (!text) continue;
    if (block.kind === 'heading') list.push({ ...block, text: joinHardWraps(text) });
    else if (text === block.text && !text.includes('\n')) list.push(block); // one clean line: the block as it came
    else for (const paragraph of splitLineParagraphs(text)) list.push({ ...block, text: paragraph });
  }
  const marks = dropWikiMarks(list);
  const chrome = dropChrome(marks.blocks);
  const signed = extractSignatures(chrome.blocks);
  list = signed.blocks;
  const marked = list.filter((block) => block.kind === 'heading').length;
  if (options.plainText || marked <= 1) list = promoteHeadings(list);
  const titled = findTitle(list, chrome.labels.title); // front matter with a title would have made the input canonical
  const beforeTitle = list.slice(0, Math.max(0, list.length - titled.blocks.length));
  const head = dropHead(titled.blocks, titled.title);
  const repeats = dropTitleRepeats(head.blocks, titled.title);
  const second = cutSecondDocument(repeats.blocks, titled.title);
  list = second.blocks.map((block) => (block.kind === 'paragraph' ? { kind: 'paragraph', text: joinHardWraps(block.text) } : block));
  list = assignHeadingLevels(joinBrokenParagraphs(list));

  const labels = chrome.labels;
  const meta = metaFromData(options.frontMatter ?? {}, titled.title ?? labels.title ?? '');
  if (titled.excerpt && meta.excerpt === undefined) meta.excerpt = true;
  const firstParagraph = list.find((block) => block.kind === 'paragraph')?.text ?? '';
  const stamp = head.stamp ?? chrome.stamp;
  const frontMatterDate = meta.date;
  const { blocks: body, removed, ...dates } = summitDate(list, {
    ...(frontMatterDate ? { frontMatter: frontMatterDate } : {}),
    ...(labels.date ? { labels: { date: labels.date } } : {}),
    ...(signed.closingDate ? { closing: signed.closingDate } : {}),
    ...(stamp ? { stamp } : {}),
    ...(head.dateline?.date ? { dateline: head.dateline.date } : {}),
    beforeTitle,
  });
  list = body;
  if (!meta.date && dates.date) meta.date = dates.date.iso;
  if (!meta.place) {
    const place = (meta.title ? findPlace(meta.title) : undefined)
      ?? (head.dateline ? findPlace(head.dateline.text) : undefined)
      ?? (dates.place ? findPlace(dates.place) : undefined)
      ?? (signed.closingPlace ? findPlace(signed.closingPlace) : undefined)
      ?? findPlace(firstSentence(firstParagraph));
    if (place) meta.place = place.name;
    else if (labels.place) meta.place = labels.place;
    else if (dates.place) meta.place = dates.place;
    else if (signed.closingPlace && NAME_LIKE.test(signed.closingPlace)) meta.place = signed.closingPlace;
  }
  if (!meta.lang) {
    const lang = detectLanguage(openingText([meta.title, ...list.map((block) => block.text)], SAMPLE));
    if (lang) meta.lang = lang;
  }
  if (meta.signatories.length === 0) meta.signatories = signed.signatories;
  const declaration = buildDeclaration(meta, list);
  if (countClauses(declaration) === 0) {
    throw new InputError(`no declaration found: no paragraphs of text${meta.title ? ' after the title' : ''}`);
  }
  const datelines = removed.map((text): Dropped => ({ text, reason: 'dateline' }));
  const dropped = [...marks.dropped, ...chrome.dropped, ...signed.dropped, ...titled.dropped, ...head.dropped, ...repeats.dropped, ...second.dropped, ...datelines];
  const missing = (['title', 'date', 'place'] as const).filter((field) => !meta[field]);
  return { declaration, dropped, labels, missing, ...(dates.date && !frontMatterDate ? { dateSource: dates.date.source } : frontMatterDate ? { dateSource: 'front-matter' as const } : {}) };
}
