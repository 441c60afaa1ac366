import { Box, Text } from 'ink';
import { MARKER_COLOR } from './header.js';
import type { ReviewRow } from './model.js';
import { toneProps } from './styled-line.js';
import { fitCells, type Line } from './text-cells.js';

/** Props of `ChangeList`. */
export interface ChangeListProps {
  rows: readonly ReviewRow[];
  /** Row indices after filter and search. */
  visible: readonly number[];
  cursor: number;
  scroll: number;
  /** Inner rows and width. */
  height: number;
  width: number;
  focused: boolean;
  color: boolean;
  /** Shown when nothing passes the filter. */
  empty: string;
  /** Marks the search matches of a row's text. Default: none. */
  highlight?: (line: Line) => Line;
}

/** The clause list, one change per row with its markers; only the rows in the window are rendered. */
export function ChangeList({ rows, visible, cursor, scroll, height, width, focused, color, empty, highlight }: ChangeListProps) {
  const window = visible.slice(scroll, scroll + height);
  const idWidth = Math.min(12, Math.max(4, ...window.map((index) => rows[index]!.id.length)));
  return (
    <Box flexDirection="column" width={width + 2} height={height + 2} borderStyle="round" {...(color ? { borderColor: focused ? 'cyan' : 'gray' } : {})}>
      {window.length === 0 ? <Text wrap="truncate-end">{empty}</Text> : null}
      {window.map((index, offset) => {
        const row = rows[index]!;
        const selected = scroll + offset === cursor;
        const markerColor = color ? MARKER_COLOR[row.marker] : undefined;
        return (
          <Text key={index} wrap="truncate-end" inverse={selected} bold={selected && focused}>
            <Text {...(markerColor ? { color: markerColor } : {})}>{row.marker}</Text>
            <Text {...(color ? { color: 'cyan' } : {})}>{row.change.moved ? '↷' : ' '}</Text>
            {` ${fitCells(row.id, idWidth)} `}
            <Text {...(color && !row.changed && !selected ? { dimColor: true } : {})}>
              {highlighted(fitCells(row.text, Math.max(1, width - idWidth - 4)), highlight, color)}
            </Text>
          </Text>
        );
      })}
    </Box>
  );
}

/** A row's text, its search matches marked when there is a search (plain text otherwise: fewer nodes to lay out). */
function highlighted(text: string, highlight: ((line: Line) => Line) | undefined, color: boolean) {
  if (!highlight) return text;
  return highlight([{ text, tone: 'plain' }]).map((segment, at) => (
    <Text key={at} {...toneProps(segment.tone, color)}>{segment.text}</Text>
  ));
}
