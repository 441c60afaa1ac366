import { InputError } from '../errors.js';
import type { Block } from '../tree/blocks.js';
import { buildDeclaration } from '../tree/build.js';
import { countClauses } from '../tree/flatten.js';
import { metaFromData } from '../tree/markdown-read.js';
import type { Declaration } from '../types.js';
import { detectLanguage } from './language.js';
import { findPlace } from './place.js';
import { joinBrokenParagraphs } from './repair/broken-paragraphs.js';
import { cleanLines } from './repair/characters.js';
import { dropChrome } from './repair/chrome.js';
import { joinHardWraps } from './repair/hard-wraps.js';
import { splitLineParagraphs } from './repair/line-paragraphs.js';
import { assignHeadingLevels } from './repair/heading-levels.js';
import { promoteHeadings } from './repair/promote-headings.js';
import { extractSignatures } from './repair/signatures.js';
import { findTitle } from './repair/title.js';
import { type SummitDateResult, summitDate } from './summit-date.js';

/** Options of `declarationFromBlocks`. */
export interface FromBlocksOptions {
  /** Plain text has no heading marks: headings are recognised by shape. Default false. */
  plainText?: boolean;
  /** Front matter of a non-canonical Markdown input: its fields win over what is detected. Default none. */
  frontMatter?: Record<string, unknown>;
  /** Labelled metadata read from the page (`[Date] …`, `發布時間：…`); ranked after front matter. Default none. */
  labels?: { date?: string };
}

/** A declaration and what reading it found out: where its date came from, what was removed as a dateline. */
export interface BlocksReading {
  declaration: Declaration;
  /** The summit date's choice (see `summitDate`). */
  dates: Omit<SummitDateResult, 'blocks'>;
}

/**
 * Turn the blocks of a raw page into a declaration, repairing what scraping broke. The passes,
 * in order: clean lines (controls, indentation) → split blocks that hold a paragraph a line →
 * drop site chrome (keeping a time stamp as a fallback date) → move signatures and the closing
 * date to metadata → recognise headings by shape when the input has no heading marks → find the
 * title and drop what precedes it → join hard wraps → join paragraphs cut in two → assign heading
 * levels → metadata (date: see `summitDate`, which also removes datelines; place from the title,
 * else from the opening formula or a dateline; language from the text). Front matter, when given,
 * wins over all of these. The title is empty when none was found (`import` then asks for it).
 * Throws `InputError` when no paragraph is left.
 */
export function declarationFromBlocks(blocks: readonly Block[], options: FromBlocksOptions = {}): Declaration {
  return readBlocks(blocks, options).declaration;
}

/** `declarationFromBlocks`, with what the reading found out (the date's source, datelines removed). */
export function readBlocks(blocks: readonly Block[], options: FromBlocksOptions = {}): BlocksReading {
  let list: Block[] = [];
  for (const block of blocks) {
    const text = cleanLines(block.text);
    if (!text) continue;
    if (block.kind === 'heading') list.push({ ...block, text: joinHardWraps(text) });
    else for (const paragraph of splitLineParagraphs(text)) list.push({ kind: 'paragraph', text: paragraph });
  }
  const chrome = dropChrome(list);
  const signed = extractSignatures(chrome.blocks);
  list = signed.blocks;
  const marked = list.filter((block) => block.kind === 'heading').length;
  if (options.plainText || marked <= 1) list = promoteHeadings(list);
  const titled = findTitle(list); // front matter with a title would have made the input canonical
  const beforeTitle = list.slice(0, Math.max(0, list.length - titled.blocks.length));
  list = titled.blocks.map((block) => (block.kind === 'paragraph' ? { kind: 'paragraph', text: joinHardWraps(block.text) } : block));
  list = assignHeadingLevels(joinBrokenParagraphs(list));

  const meta = metaFromData(options.frontMatter ?? {}, titled.title ?? '');
  const frontMatterDate = meta.date;
  const { blocks: body, ...dates } = summitDate(list, {
    ...(frontMatterDate ? { frontMatter: frontMatterDate } : {}),
    ...(options.labels ? { labels: options.labels } : {}),
    ...(signed.closingDate ? { closing: signed.closingDate } : {}),
    ...(chrome.stamp ? { stamp: chrome.stamp } : {}),
    beforeTitle,
  });
  list = body;
  if (!meta.date && dates.date) meta.date = dates.date.iso;
  if (!meta.place) {
    const place = findPlace(meta.title) ?? (dates.place ? findPlace(dates.place) : undefined);
    if (place) meta.place = place.name;
    else if (dates.place) meta.place = dates.place;
  }
  if (!meta.lang) {
    const lang = detectLanguage(`${meta.title}\n${list.map((block) => block.text).join('\n')}`);
    if (lang) meta.lang = lang;
  }
  if (meta.signatories.length === 0) meta.signatories = signed.signatories;
  const declaration = buildDeclaration(meta, list);
  if (countClauses(declaration) === 0) throw new InputError('no declaration found: no paragraphs of text after the title');
  return { declaration, dates };
}
