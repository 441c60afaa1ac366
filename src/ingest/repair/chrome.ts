import type { Block } from '../../tree/blocks.js';

/** Longest block that can be taken for site chrome: real clauses are longer, or match no pattern. */
const MAX_CHROME_LENGTH = 120;

/**
 * Site chrome around a declaration on a news or ministry page (each pattern matched against a
 * whole block): font-size and print bars, share and close links, breadcrumbs, source/editor
 * lines, search boxes, language bars, copyright, contact and ICP footers.
 */
const CHROME_PATTERNS: readonly RegExp[] = [
  /^[[【(（]?\s*字[体體][:：]?\s*[[【(（]?\s*大\s*中\s*小/u,
  /^[[【]?(?:打印本[页頁]|打印|关闭窗口|關閉窗口|关闭|關閉|返回[顶頂]部|返回|推[荐薦][给給]朋友|收藏|[纠糾][错錯])[\]】]?(?:\s*[[【]?(?:打印本[页頁]|打印|关闭窗口|關閉窗口|关闭|關閉|返回[顶頂]部|推[荐薦][给給]朋友|收藏|[纠糾][错錯])[\]】]?)*$/u,
  /^分享到[:：]?/u,
  /版[权權]所有|all rights reserved|copyright|©/iu,
  /ICP[备備证證]|公网安[备備]|公網安[备備]|[网網]站[标標][识識]碼|网站标识码/u,
  /^(?:[联聯][系繫]我[们們]|[网網]站地[图圖]|[网網]站[声聲]明|[关關]于我[们們]|關於我們)/u,
  /^(?:首[页頁]|主[页頁]|[当當]前位置[:：]?|您的位置[:：]?|Home)\s*(?:[>›»/]|$)/iu,
  /^(?:[来來]源|作者|[责責]任[编編][辑輯]|[编編][辑輯]|[发發]布[时時][间間]|[发發]布日期|稿源|Source|Editor)\s*[:：]/iu,
  /^(?:搜索|[检檢]索|Search)$/iu,
  /^(?:上一篇|下一篇|相[关關]新[闻聞]|相[关關][链鏈]接)/u,
];

/** Names that make up a language-switch bar. */
const LANGUAGE_NAMES = /English|Français|Español|Русский|简体中文|簡體中文|繁體中文|繁体中文|العربية|Deutsch|日本語|Português/gu;

/** A page time stamp such as `2020-11-10 22:29`. */
const STAMP = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Blocks without chrome, and the first page time stamp seen (ISO date), if any. */
export interface ChromeResult {
  blocks: Block[];
  stamp?: string;
}

/** Is this block site chrome (see `CHROME_PATTERNS`, language bars and time stamps)? */
export function isChrome(text: string): boolean {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length > MAX_CHROME_LENGTH || /[。！？]$/u.test(flat)) return false; // chrome is never a sentence
  if (STAMP.test(flat)) return true;
  if ((flat.match(LANGUAGE_NAMES)?.length ?? 0) >= 3) return true;
  return CHROME_PATTERNS.some((pattern) => pattern.test(flat));
}

/** Drop chrome blocks (paragraphs only: headings are kept), remembering the first time stamp as a date. */
export function dropChrome(blocks: readonly Block[]): ChromeResult {
  const result: ChromeResult = { blocks: [] };
  for (const block of blocks) {
    if (block.kind === 'paragraph' && isChrome(block.text)) {
      const stamp = STAMP.exec(block.text.trim());
      if (stamp && !result.stamp) {
        const iso = `${stamp[1]}-${stamp[2]!.padStart(2, '0')}-${stamp[3]!.padStart(2, '0')}`;
        if (!Number.isNaN(Date.parse(iso))) result.stamp = iso;
      }
      continue;
    }
    result.blocks.push(block);
  }
  return result;
}
