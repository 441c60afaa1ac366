import type { Block } from '../../tree/blocks.js';
import type { DropReason, Dropped, Labels } from '../dropped.js';
import { findDate, findDottedDate, isoDate } from './dates.js';

/** Longest block that can be taken for site chrome: real clauses are longer, or match no pattern. */
const MAX_CHROME_LENGTH = 120;

/** What `chromeKind` tests a line with: a regular expression, or one behind a gate (`gated`). */
interface Pattern {
  test(text: string): boolean;
}

/**
 * `pattern`, tested only where `gate` matches: the gate is the pattern's opening words without its
 * `\p{L}` lookarounds and classes, which match wherever the pattern does. V8 compiles a pattern
 * at its first use, and a `\p{L}` class under the `iu` flags costs it about a millisecond: the
 * gates leave these uncompiled on a page that has no such line.
 */
function gated(gate: RegExp, pattern: RegExp): Pattern {
  GATES.push([gate, pattern]);
  return { test: (text) => gate.test(text) && pattern.test(text) };
}

/** Every gate with its pattern, for the test that each gate matches wherever its pattern does. */
export const GATES: Array<readonly [gate: RegExp, pattern: RegExp]> = [];

/**
 * Site chrome around a declaration on a news or ministry page (each pattern matched against a
 * whole block), with the reason `--explain` gives: font-size and print bars, share and close
 * links, breadcrumbs, source/editor lines and bylines, search boxes, copyright, contact and ICP
 * footers, PDF extraction lines, a `全文` marker.
 */
const CHROME_PATTERNS: ReadonlyArray<readonly [Pattern, DropReason]> = [
  [/^[[【(（]?\s*字[体體][:：]?\s*[[【(（]?\s*大\s*中\s*小/u, 'navigation'],
  [/^[[【]?(?:打印本[页頁]|打印|关闭窗口|關閉窗口|关闭|關閉|返回[顶頂]部|返回|推[荐薦][给給]朋友|收藏|[纠糾][错錯])[\]】]?(?:\s*[[【]?(?:打印本[页頁]|打印|关闭窗口|關閉窗口|关闭|關閉|返回[顶頂]部|推[荐薦][给給]朋友|收藏|[纠糾][错錯])[\]】]?)*$/u, 'navigation'],
  [/^分享到[:：]?/u, 'navigation'],
  [/版[权權]所有|all rights reserved|copyright|©/iu, 'footer'],
  [/ICP[备備证證]|公网安[备備]|公網安[备備]|[网網]站[标標][识識]碼|网站标识码/u, 'footer'],
  [/^(?:[联聯][系繫]我[们們]|[网網]站地[图圖]|[网網]站[声聲]明|[关關]于我[们們]|關於我們)/u, 'footer'],
  [/^(?:首[页頁]|主[页頁]|[当當]前位置[:：]?|您的位置[:：]?|Home)\s*(?:[>›»/|]|$)|^(?:[当當]前位置|您的位置)\s*[:：]/iu, 'navigation'],
  // A bar of short items between pipes: `Home | About Us | Media Center | Contact`.
  [/^[^|。.!?]{1,24}(?:\s*\|\s*[^|。.!?]{1,24}){2,}$/u, 'navigation'],
  [gated(/^(?:Share|Поделиться|Tags?|Теги|Метки|[标標][签籤]|[关關][键鍵][词詞]|Related|See also|Read more|Читайте также|相[关關][阅閱][读讀])/iu, /^(?:Share|Поделиться|Tags?|Теги|Метки|[标標][签籤]|[关關][键鍵][词詞]|Related|See also|Read more|Читайте также|相[关關][阅閱][读讀])(?!\p{L})\s*[:：]?/iu), 'navigation'],
  // The topics and sections a site files a page under: `Темы: …`, `Опубликован в разделах: …` (a colon: `Темы для …` is text).
  [/^(?:Темы|Topics|Рубрик[аи])\s*[:：]|^(?:Опубликован[оа]?\s+в\s+раздел(?:ах|е)|Published in sections?)\s*[:：]/iu, 'navigation'],
  [gated(/^(?:Back to|Return to|Вернуться)/iu, /^(?:Back to|Return to|Вернуться)(?!\p{L})/iu), 'navigation'],
  // Publication and update times, page counters.
  [gated(/^(?:Updated|Published|Posted|Last updated|Publication date|Date (?:of publication|published)|Обновлено|Опубликовано|Дата (?:публикации|обновления)|更新[时時][间間])/iu, /^(?:Updated|Published|Posted|Last updated|Publication date|Date (?:of publication|published)|Обновлено|Опубликовано|Дата (?:публикации|обновления)|更新[时時][间間])(?!\p{L})\s*(?:[:：]\s*)?.{0,30}\d/iu), 'stamp'],
  [gated(/^(?:点击量|點擊量|点击数|點擊數|[阅閱][读讀]量|[访訪][问問]量|[浏瀏][览覽]量|[阅閱][览覽]|Views?|Просмотр)/iu, /^(?:点击量|點擊量|点击数|點擊數|[阅閱][读讀]量|[访訪][问問]量|[浏瀏][览覽]量|[阅閱][览覽]|Views?|Просмотр\p{L}*)\s*[:：]?\s*\d*$/iu), 'stamp'],
  [gated(/^(?:Unofficial translation|Translation|Неофициальный перевод|Перевод)/iu, /^(?:Unofficial translation|Translation|Неофициальный перевод|Перевод)(?!\p{L}).{0,80}$/iu), 'source'],
  [/^(?:[发發]布[时時][间間]|[发發]布日期)\s*[:：]/u, 'stamp'],
  // A page's last update: `最后更新：2021年6月15日`, `最後更新於 2021-06-15`.
  [gated(/^[最更]/, /^(?:最[后後](?:更新|修改)|更新日期)(?:[时時][间間]|日期)?\s{0,3}[:：于於]?\s{0,3}.{0,20}\d/u), 'stamp'],
  // A newspaper's print edition: `《 示例日报 》（ 2020年11月11日 03 版）`.
  [gated(/^《/, /^《[^》]{1,20}》\s{0,3}[(（]\s{0,3}\d{4}\s{0,3}年\s{0,3}\d{1,2}\s{0,3}月\s{0,3}\d{1,2}\s{0,3}日\s{0,3}(?:第\s{0,3})?\d{1,3}\s{0,3}版\s{0,3}[)）]$/u), 'source'],
  [/^[(（【[]?\s*(?:作者|[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯]|Editor|Author|Автор|Авторы)\s*[:：][^)）】\]]*[)）】\]]?$/iu, 'byline'],
  [/^(?:基本介[绍紹]|基本信息|基本資料|基本资料)$/u, 'infobox'],
  [/^(?:目[录錄]|Contents|Содержание)$/iu, 'navigation'],
  [/^(?:[来來]源|稿源|Source|Источник)\s*[:：]/iu, 'source'],
  // `时间: 来源:外交部 访问量:`: a page's field bar, empty or filled.
  [/^(?:[时時][间間]|日期)\s*[:：].*(?:[来來]源|[访訪][问問]量|[阅閱][览覽])/u, 'source'],
  [/^(?:新华社|新華社|本报|本報|中新社|人民日报|人民日報)?(?:特派)?(?:记者|記者|通讯员|通訊員)(?:\s*[:：]|\s)\s*\S/u, 'byline'],
  [gated(/^(?:By|От)\s/u, /^(?:By|От)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*[,|]\s*\S.*)?$/u), 'byline'],
  [/^(?:搜索|[检檢]索|Search)$/iu, 'navigation'],
  [/^(?:上一篇|下一篇|上一[页頁]|下一[页頁]|相[关關]新[闻聞]|相[关關][链鏈]接)/u, 'navigation'],
  [gated(/^[扫掃手]/, /^(?:扫一扫|掃一掃|扫描二维码|掃描二維碼|手机扫码|手機掃碼)/u), 'navigation'],
  [gated(/^(?:维基文库|維基文庫|维基百科|維基百科|Wikisource|Wikipedia|Викитека|Википедия)/iu, /^(?:维基文库|維基文庫|维基百科|維基百科|Wikisource|Wikipedia|Викитека|Википедия)(?![\p{L}])/iu), 'navigation'],
  [/^Total\s*Pages?\s*[:：]?\s*\d+$|^File\s*Type\s*[:：]/iu, 'pdf'],
  [/^(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?$|^(?:Page|Стр\.?|Страница)\s*\d{1,3}(?:\s*(?:of|\/|из)\s*\d{1,3})?$|^第\s*\d{1,3}\s*[页頁](?:\s*[/／共]\s*\d{1,3}\s*[页頁]?)?$/iu, 'pdf'],
  [/^[[【(（]?(?:全文|Full text|Полный текст)[\]】)）]?$/iu, 'marker'],
  // A news copy's end mark: `（完）`.
  [gated(/^[(（【[]/, /^[(（【[]\s{0,2}完\s{0,2}[)）】\]]$/u), 'marker'],
  // Its bracket bar: `【纠错】 【责任编辑：…】`.
  [gated(/^[【[]/, /^(?:[【[]\s{0,2}(?:纠错|糾錯|打印|关闭|關閉|分享|收藏)\s{0,2}[】\]]\s{0,3})+[【[]\s{0,2}(?:责任编辑|責任編輯|责编|責編)\s{0,2}[:：][^】\]]{0,30}[】\]]$/u), 'byline'],
  // A photo's caption and credit: `图为…`, `…记者某某摄`.
  [gated(/图为|圖為|[摄攝]/, /^(?:图为|圖為)[^。！？]{0,80}$|(?:记者|記者|通讯员|通訊員)\s{0,2}\S{1,12}\s{0,2}[摄攝]\s{0,2}[)）]?$/u), 'byline'],
];

/** Names that make up a language-switch bar. */
const LANGUAGE_NAMES = /English|Français|Español|Русский|简体中文|簡體中文|繁體中文|繁体中文|العربية|Deutsch|日本語|Português/gu;

/** A page time stamp such as `2020-11-10 22:29`, `2022年09月17日07:53` or `17.09.2021 10:15`, maybe followed by the page's source fields. */
const STAMP = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const STAMP_WITH_TIME = /^(?:(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{1,2})\.(\d{1,2})\.(\d{4}))\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+.*)?$/u;

/** A database's field marker: `[Title] …`, `[Place] …`, `[Date] …`, `[Source] …`. */
const MARKER = /^\[(Title|Place|Date|Source|Author|Keywords?|Subject)\]\s*(.*)$/iu;

/** A wiki infobox line: `• 中文名：…`, `• 發布時間：…`. */
const INFOBOX = /^[•·●▪◦■]\s*([^\s：:][^：:]{0,11})\s*[：:]\s*(.*)$/u;
const INFOBOX_TITLE = /^(?:中文名称?|名[称稱]|中文名稱|文件名[称稱]?)$/u;
const INFOBOX_DATE = /^(?:[发發][布表][时時][间間]|[签簽]署[时時][间間]|[时時][间間]|日期|通[过過][时時][间間])$/u;
const INFOBOX_PLACE = /^(?:[发發][布表]地[点點]|[签簽]署地[点點]|地[点點])$/u;

/** Blocks without chrome, what was dropped, the first page time stamp seen (ISO date), and labelled metadata. */
export interface ChromeResult {
  blocks: Block[];
  stamp?: string;
  dropped: Dropped[];
  labels: Labels;
}

/** What a chrome block is: its reason, and for a labelled field what it gives. */
export interface ChromeKind {
  reason: DropReason;
  label?: { field: keyof Labels; value: string };
  stamp?: string;
  /** Dropped as a heading too, whatever its reason. */
  heading?: true;
}

/** ISO date of year, month, day strings, when the month has that day (`Date.parse` takes 2022-02-30). */
function iso(year: string, month: string, day: string): string | undefined {
  return isoDate(Number(year), Number(month), Number(day));
}

/**
 * A wiki's last-edit line (`本页面最后修订于…。`, `This page was last edited on …`) and a reference
 * list's entries (`^ 示例报. 示例报道. 2021-06-15.`, `↑ …`), which end like sentences and may be
 * long: after a text, their dates were taken for the summit's.
 */
const PAGE_EDITED = gated(/^[本此最TtЭэ]/, /^(?:(?:本|此)[页頁]面)?最[后後](?:修[订訂]|[编編][辑輯])[于於]|^This page was last (?:edited|modified) on|^Эта страница в последний раз (?:была )?отредактирована/iu);
const REFERENCE_ENTRY = gated(/^[\^↑]/, /^[\^↑]\s+\S/u);
/** Longest reference entry or last-edit line taken for chrome. */
const MAX_REFERENCE_LENGTH = 300;
/** An editor's note before a text (`编者按：…`, `Editor's note: …`), which may run to several sentences. */
const EDITOR_NOTE = gated(/^[【[编編EeОо]/, /^[【[]?(?:编者按|編者按|编者的话|編者的話|Editor['’]s note|От редакции)[】\]]?\s{0,2}[:：]?/iu);
const MAX_NOTE_LENGTH = 600;
/** A reference list's heading, dropped even as a heading. */
const REFERENCE_HEADING = gated(/^[参參RrПп]/, /^(?:参考资料|參考資料|参考文献|參考文獻|References|Примечания)$/iu);

/** The kind of chrome one line (or a flattened block) is, or undefined when it is text. */
/** A licence line, which may end with a full stop: `本作品屬於公有領域。`, `Public domain.`. */
const LICENCE = gated(/公有[领領]域|public domain|creative commons|\bCC BY\b|общественн/iu, /公有[领領]域|public domain|creative commons|\bCC BY\b|общественн\p{L}{0,6} достояни/iu);

function chromeKind(flat: string): ChromeKind | undefined {
  if (flat.length <= 60 && LICENCE.test(flat)) return { reason: 'footer' };
  // Each tested only on a line that opens as it must: these run before the sentence check, on
  // every line, and V8 compiles a case-insensitive Unicode pattern at its first use (a page
  // without such lines compiles none; the seed's import spent 8 ms in them).
  if (flat.length <= MAX_REFERENCE_LENGTH && (REFERENCE_ENTRY.test(flat) || PAGE_EDITED.test(flat))) return { reason: 'footer' };
  if (flat.length <= 12 && REFERENCE_HEADING.test(flat)) return { reason: 'footer', heading: true };
  if (flat.length <= MAX_NOTE_LENGTH && EDITOR_NOTE.test(flat)) return { reason: 'headline' };
  if (flat.length > MAX_CHROME_LENGTH || SENTENCE_ENDS.has(flat.charCodeAt(flat.length - 1))) return undefined; // chrome is never a sentence
  const stamp = STAMP.exec(flat);
  if (stamp) return { reason: 'stamp', ...withStamp(iso(stamp[1]!, stamp[2]!, stamp[3]!)) };
  const timed = STAMP_WITH_TIME.exec(flat);
  if (timed) {
    const date = timed[1] ? iso(timed[1], timed[2]!, timed[3]!) : iso(timed[6]!, timed[5]!, timed[4]!);
    return { reason: 'stamp', ...withStamp(date) };
  }
  const marker = MARKER.exec(flat);
  if (marker) {
    const name = marker[1]!.toLowerCase();
    const value = marker[2]!.trim();
    const field = name === 'title' ? 'title' : name === 'place' ? 'place' : name === 'date' ? 'date' : undefined;
    return { reason: 'metadata', ...labelled(field, value) };
  }
  const infobox = INFOBOX.exec(flat);
  if (infobox) {
    const name = infobox[1]!.trim();
    const field = INFOBOX_TITLE.test(name) ? 'title' : INFOBOX_DATE.test(name) ? 'date' : INFOBOX_PLACE.test(name) ? 'place' : undefined;
    return { reason: 'infobox', ...labelled(field, infobox[2]!.trim()) };
  }
  if ((flat.match(LANGUAGE_NAMES)?.length ?? 0) >= 3) return { reason: 'navigation' };
  // A publication or update line dates the page as a bare stamp does.
  for (const [pattern, reason] of CHROME_PATTERNS) if (pattern.test(flat)) return reason === 'stamp' ? { reason, ...withStamp(stampDate(flat)) } : { reason };
  return undefined;
}

/**
 * The date a publication or update line gives: any date `findDate` reads, else a day-first dotted
 * one (`17.09.2022`), as Russian and many European sites write them. Only here: in a clause, a
 * dotted number is as often a section or a version as a date.
 */
function stampDate(flat: string): string | undefined {
  return (findDate(flat) ?? findDottedDate(flat))?.iso;
}

function withStamp(date: string | undefined): { stamp?: string } {
  return date ? { stamp: date } : {};
}

/** A label for a field, dates read as ISO; nothing when the field is unknown or the value empty. */
function labelled(field: keyof Labels | undefined, value: string): Pick<ChromeKind, 'label'> {
  if (!field || !value) return {};
  if (field === 'date') {
    const date = findDate(value)?.iso;
    return date ? { label: { field, value: date } } : {};
  }
  return { label: { field, value } };
}

/** What ends a sentence, which chrome never is. */
const SENTENCE_ENDS = new Set([...'。！？'].map((ch) => ch.charCodeAt(0)));

/** Whitespace, as `\s` matches it. */
const SPACE = /\s/u;

/**
 * The kind of chrome a block is (`kindByLines`). Most blocks of Chinese text hold no whitespace:
 * such a text is its own flattened form and its only line, tested as it is, without copies.
 */
export function blockKind(text: string): ChromeKind[] | undefined {
  if (SPACE.test(text)) return kindByLines(text);
  const kind = chromeKind(text);
  return kind ? [kind] : undefined;
}

/** The kind of chrome a block is: the whole block flattened, else every one of its lines. Exported for the test of `blockKind`. */
export function kindByLines(text: string): ChromeKind[] | undefined {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const whole = chromeKind(flat);
  if (whole) return [whole];
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length < 2) return undefined;
  if (isLinkList(lines)) return [{ reason: 'navigation' }];
  const kinds = lines.map((line) => chromeKind(line.replace(/\s+/gu, ' ')));
  return kinds.every((kind) => kind !== undefined) ? (kinds as ChromeKind[]) : undefined;
}

/** The reason a block is site chrome (see `CHROME_PATTERNS`, markers, infoboxes, language bars and time stamps), or undefined. */
export function chromeReason(text: string): DropReason | undefined {
  return blockKind(text)?.[0]?.reason;
}

/** Is this block site chrome? */
export function isChrome(text: string): boolean {
  return chromeReason(text) !== undefined;
}

/**
 * The heading of a list of links or of contents (`相关新闻：`, `目录`, `Read more:`), and one of its
 * items: a bulleted line, or a numbered one (`2.1 示例小节`), short and not a sentence. Items are
 * chrome only under such a heading: elsewhere a bulleted line may be a point of the text.
 */
const LIST_HEAD = /^(?:相[关關](?:新[闻聞]|[阅閱][读讀]|[链鏈]接|文章|报道|報道)|推[荐薦][阅閱][读讀]|延伸[阅閱][读讀]|目[录錄]|Contents|Содержание|Related(?: news| articles| stories)?|Read more|See also|Читайте также|Материалы по теме)\s*[:：]?$/iu;
const LIST_ITEM = /^(?:[·•●▪◦■*]\s*\S.{0,80}|\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{0,40})$/u;
const isListItem = (line: string): boolean => {
  const text = line.trim();
  return LIST_ITEM.test(text) && !SENTENCE_ENDS.has(text.charCodeAt(text.length - 1)) && !/[.;]$/.test(text);
};

/** A list heading with its items, as one block's lines: a list of links or contents. */
function isLinkList(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines[0]!.trim().length <= 24 && LIST_HEAD.test(lines[0]!.trim()) && lines.slice(1).every(isListItem);
}

/** Reasons that also drop a heading: furniture that no document has as a heading. */
const HEADING_REASONS = new Set<DropReason>(['stamp', 'source', 'byline', 'metadata', 'infobox', 'pdf', 'marker']);

/**
 * A paragraph of several lines split into its lines of chrome at the start and at the end (a
 * breadcrumb, stamp or byline that a page's text ran into the title or a paragraph), the PDF page
 * furniture inside it, and the rest.
 */
function peel(block: Block): Block[] {
  if (block.kind !== 'paragraph' || !block.text.includes('\n')) return [block];
  const lines = block.text.split('\n');
  const chrome = (line: string): boolean => line.trim() !== '' && chromeKind(line.replace(/\s+/gu, ' ').trim()) !== undefined;
  let start = 0;
  while (start < lines.length && chrome(lines[start]!)) start++;
  // A list heading takes its items with it, in one block (`kindByLines` drops it whole).
  const list = start > 0 && LIST_HEAD.test(lines[start - 1]!.trim()) ? start - 1 : -1;
  if (list >= 0) while (start < lines.length && isListItem(lines[start]!)) start++;
  let end = lines.length;
  while (end > start && chrome(lines[end - 1]!)) end--;
  const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
  // Inside, only a PDF's page furniture (`- 2 -`, `Total Page:3`): a page break cut the paragraph there.
  const inner = lines.slice(start, end);
  const pdf = inner.filter((line) => line.trim() !== '' && chromeKind(line.replace(/\s+/gu, ' ').trim())?.reason === 'pdf');
  const middle = inner.filter((line) => !pdf.includes(line)).join('\n');
  if (start === 0 && end === lines.length && pdf.length === 0) return [block];
  const head = list >= 0 && start > list + 1 ? [...lines.slice(0, list).map(paragraph), paragraph(lines.slice(list, start).join('\n'))] : lines.slice(0, start).map(paragraph);
  return [...head, ...pdf.map(paragraph), ...(middle ? [paragraph(middle)] : []), ...lines.slice(end).map(paragraph)];
}

/** `blocks.flatMap(peel)`, without an array for each block of one line. */
function peelAll(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (!block.text.includes('\n')) out.push(block);
    else for (const piece of peel(block)) out.push(piece);
  }
  return out;
}

/**
 * Drop chrome blocks (headings only for furniture no document has as a heading), listing each
 * with its reason, remembering the first time stamp as a date and what labelled fields give.
 * Chrome lines at the start or end of a paragraph are dropped on their own (`peel`).
 */
export function dropChrome(blocks: readonly Block[]): ChromeResult {
  const result: ChromeResult = { blocks: [], dropped: [], labels: {} };
  for (const block of peelAll(blocks)) {
    const kinds = blockKind(block.text);
    const drop = kinds && (block.kind === 'paragraph' || kinds.every((kind) => kind.heading || HEADING_REASONS.has(kind.reason)));
    if (!drop) {
      result.blocks.push(block);
      continue;
    }
    result.dropped.push({ text: block.text, reason: kinds[0]!.reason });
    for (const kind of kinds) {
      if (kind.stamp && !result.stamp) result.stamp = kind.stamp;
      if (kind.label && result.labels[kind.label.field] === undefined) result.labels[kind.label.field] = kind.label.value;
    }
  }
  return result;
}
