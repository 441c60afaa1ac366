import { foldText } from '../text/fold.js';

/** Leading numbering of a heading: `一、` `（二）` `(3)` `1.` `1.2` `第一部分` `第三章` `IV.` and the like. */
const NUMBERING =
  /^(?:第[一二三四五六七八九十百零〇两\d]+(?:部分|章|节|条|款|篇)?|[（(][一二三四五六七八九十百零〇\d]+[)）]|[一二三四五六七八九十百零〇]+(?=[、.．:：])|\d+(?:[.．]\d+)*|[IVXLC]+(?=[.．)]))[、.．:：)）]?/u;

/** The key under which two headings are the same section: numbering stripped, canonically folded. */
export function headingKey(heading: string): string {
  const folded = foldText(heading);
  return folded.replace(NUMBERING, '') || folded;
}
