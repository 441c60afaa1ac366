import { diffArrays } from 'diff';
import type { WordEdit } from '../types.js';

let segmenter: Intl.Segmenter | undefined;

/** Split a text into words (CJK words by `Intl.Segmenter`), keeping every character. */
function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((part) => part.segment);
}

/**
 * Word-level edits from one text to another, adjacent edits of one kind joined. Used only when
 * an alignment marks a change reworded but carries no `edits` (the contract requires them).
 */
export function wordEdits(from: string, to: string): WordEdit[] {
  const edits: WordEdit[] = [];
  for (const part of diffArrays(words(from), words(to))) {
    const op: WordEdit['op'] = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const text = part.value.join('');
    const previous = edits[edits.length - 1];
    if (previous?.op === op) previous.text += text;
    else if (text) edits.push({ op, text });
  }
  return edits;
}
