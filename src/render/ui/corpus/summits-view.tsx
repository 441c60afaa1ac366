import { Box, Text } from 'ink';
import type { TimelineSummit } from '../../../timeline/timeline.js';
import { alignCounts, countCells, countColumns, ID_ROOM, SHORT_NAMES_NOTE } from '../../count-columns.js';
import { fitLabel } from '../../fit-label.js';
import { cellWidth } from '../../width.js';
import { oneLine } from '../model.js';
import { fitCells } from '../text-cells.js';
import { keepVisible } from '../viewport.js';

/** Props of `SummitsView`. */
export interface SummitsViewProps {
  summits: readonly TimelineSummit[];
  cursor: number;
  /** Rows and width of the body. */
  height: number;
  width: number;
  color: boolean;
}

/** Cells of the date column. */
const DATE_WIDTH = 12;

/** A bar of `cells` cells filled in proportion to `share` (0–1), eighths included. */
export function bar(share: number, cells: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, share)) * cells * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return ('█'.repeat(full) + (part > 0 ? '▏▎▍▌▋▊▉'[part - 1] ?? '' : '')).padEnd(cells, ' ').slice(0, cells);
}

/** The summits of one language in date order with their clause counts against the previous one, and a bar of how much changed (the most changed summit fills it). */
export function SummitsView({ summits, cursor, height, width, color }: SummitsViewProps) {
  // The counts take short names (and a line saying what they stand for) where the full ones would squeeze the ids.
  const cells = summits.map(countCells);
  const longestId = Math.max(2, ...summits.map((s) => cellWidth(oneLine(s.id)))) + 2;
  const layout = countColumns(cells, width - DATE_WIDTH - Math.min(longestId, ID_ROOM));
  const rows = Math.max(1, height - 1 - (layout.short ? 1 : 0));
  const scroll = keepVisible(cursor, Math.max(0, cursor - rows + 1), rows, summits.length);
  const fixed = DATE_WIDTH + layout.width + 2;
  const barWidth = width >= fixed + 24 + 12 ? 10 : 0;
  const idWidth = Math.max(8, Math.min(36, width - fixed - barWidth - 2));
  const head = `${fitCells('date', DATE_WIDTH)}${fitCells('id', idWidth)}${alignCounts(layout.names, layout)}${barWidth ? '  changes' : ''}`;
  // The bar: reworded, new and dropped clauses, against the summit of the language that changed most.
  const most = Math.max(1, ...summits.map((s) => (s.counts ? s.counts.reworded + s.counts.new + s.counts.dropped : 0)));
  return (
    <Box flexDirection="column" height={height}>
      <Text wrap="truncate-end" {...(color ? { dimColor: true } : {})}>{head}</Text>
      {summits.slice(scroll, scroll + rows).map((summit, offset) => {
        const index = scroll + offset;
        const counts = summit.counts;
        const changed = counts ? (counts.reworded + counts.new + counts.dropped) / most : 0;
        const selected = index === cursor;
        return (
          <Text key={summit.id} wrap="truncate-end" inverse={selected} bold={selected}>
            {fitCells(oneLine(summit.date ?? 'no date'), DATE_WIDTH)}
            {fitCells(fitLabel(oneLine(summit.id), idWidth - 1), idWidth)}
            {alignCounts(cells[index] ?? [], layout)}
            {barWidth ? <Text {...(color && !selected ? { color: 'yellow' } : {})}>{`  ${bar(changed, barWidth)}`}</Text> : ''}
          </Text>
        );
      })}
      {layout.short ? <Text wrap="truncate-end" {...(color ? { dimColor: true } : {})}>{SHORT_NAMES_NOTE}</Text> : null}
    </Box>
  );
}
