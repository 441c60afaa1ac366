import { KEY_HELP } from './keymap.js';
import { type Line, wrapSegments } from './text-cells.js';
import { cellWidth } from '../width.js';

/** Title of the help overlay. */
export const HELP_TITLE = 'Keys';

/**
 * Every key of the UI (the key map's own table) and what the marks mean, as lines wrapped to
 * `width`: shown by the scrolling text overlay, so that it reads at every size.
 */
export function helpLines(width: number): Line[] {
  const keyWidth = Math.min(Math.max(...KEY_HELP.map(([keys]) => cellWidth(keys))) + 2, Math.floor(width / 3));
  const lines: Line[] = [];
  for (const [keys, meaning] of KEY_HELP) {
    const wrapped = wrapSegments([{ text: meaning, tone: 'plain' }], Math.max(8, width - keyWidth));
    const label = cellWidth(keys) + 1 > keyWidth ? [keys] : [];
    if (label.length > 0) lines.push([{ text: keys, tone: 'accent' }]);
    wrapped.forEach((line, at) => {
      const lead = at === 0 && label.length === 0 ? keys + ' '.repeat(keyWidth - cellWidth(keys)) : ' '.repeat(keyWidth);
      lines.push([{ text: lead, tone: at === 0 && label.length === 0 ? 'accent' : 'plain' }, ...line]);
    });
  }
  lines.push([]);
  for (const note of [
    'markers: + added  - removed  ~ reworded  ↷ moved  < split  > merged  = matched (narrow header)',
    'sections: changes/clauses in each section; ▸ the section of the selected clause',
    'j/k scroll this help · ? esc q close',
  ]) lines.push(...wrapSegments([{ text: note, tone: 'dim' }], width));
  return lines;
}
