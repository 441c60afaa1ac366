import type { Block } from '../../tree/blocks.js';
import type { Dropped } from '../dropped.js';

/**
 * A wiki's edit link at the end of a heading line (`一、安全合作[编辑]`, `Security [edit]`,
 * `Безопасность[править | править код]`): MediaWiki prints one after every heading.
 */
const EDIT_LINK = /(?<![ \t])[ \t]*(\[\s{0,3}(?:编辑|編輯|edit|править)(?:\s{0,3}\|\s{0,3}(?:编辑源代码|編輯原始碼|edit source|править код))?\s{0,3}\])[ \t]{0,8}$/gimu;

/**
 * A footnote marker run into the text (`合作。[1]`, `倡议[注 2]`, `example.[3]`, `<sup>[4]</sup>`):
 * up to three digits, touching what precedes it. A bracketed number after a space is text
 * (`paragraph [1] of the annex`).
 */
const FOOTNOTE = /(?<=\S)(?:<sup>\s{0,3}\[?(?:注|註|note|прим\.?)?\s{0,3}\d{1,3}\]?\s{0,3}<\/sup>|\[(?:注|註|note|прим\.?)?\s{0,3}\d{1,3}\])/giu;

/**
 * What each mark needs, tested first with patterns V8 compiles at once: most blocks hold neither,
 * and the marks' case-insensitive Unicode patterns are compiled only for a page that has them.
 */
const MAY_HOLD_EDIT_LINK = /\[\s*(?:编辑|編輯|edit|править)/i;
const MAY_HOLD_FOOTNOTE = /\[\s*(?:\d|注|註|note|прим)|<sup>/i;

/** Blocks without wiki marks, and each mark taken out. */
export interface WikiMarksResult {
  blocks: Block[];
  dropped: Dropped[];
}

/**
 * Take wiki marks out of the text: edit links after headings (`navigation`) and footnote markers
 * (`footnote`), each listed; a block that held nothing else goes. Markers left in made every
 * footnoted clause read as reworded against a clean copy of the text.
 */
export function dropWikiMarks(blocks: readonly Block[]): WikiMarksResult {
  const result: WikiMarksResult = { blocks: [], dropped: [] };
  for (const block of blocks) {
    // Most blocks hold no bracket and no tag at all.
    const bracket = block.text.includes('[');
    const edit = bracket && MAY_HOLD_EDIT_LINK.test(block.text);
    const footnote = (bracket || block.text.includes('<')) && MAY_HOLD_FOOTNOTE.test(block.text);
    if (!edit && !footnote) {
      result.blocks.push(block);
      continue;
    }
    let text = block.text;
    if (edit) {
      text = text.replace(EDIT_LINK, (_line, mark: string) => {
        result.dropped.push({ text: mark, reason: 'navigation' });
        return '';
      });
    }
    if (footnote) {
      text = text.replace(FOOTNOTE, (mark: string) => {
        result.dropped.push({ text: mark, reason: 'footnote' });
        return '';
      });
    }
    if (text === block.text) result.blocks.push(block);
    else if (text.trim()) result.blocks.push({ ...block, text });
  }
  return result;
}
