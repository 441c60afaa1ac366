import { Box, Text } from 'ink';
import type { ClauseOrigin } from '../../../timeline/timeline.js';
import { oneLine } from '../model.js';
import { StyledLine } from '../styled-line.js';
import type { Line } from '../text-cells.js';
import { fitCells } from '../text-cells.js';
import { clamp, keepVisible } from '../viewport.js';

/** Props of `ClauseView`. */
export interface ClauseViewProps {
  /** The clauses of the language's latest summit with where each first appeared. */
  clauses: readonly ClauseOrigin[];
  cursor: number;
  /** The history of the open clause, drawn; null when none is open. */
  history: readonly Line[] | null;
  historyScroll: number;
  height: number;
  width: number;
  color: boolean;
}

/**
 * The clauses of the latest summit, each with the summit it first appeared in; with one open,
 * its wording in every summit, oldest first, with the word diff between consecutive versions
 * (`clausewise history` in the UI) below the list.
 */
export function ClauseView({ clauses, cursor, history, historyScroll, height, width, color }: ClauseViewProps) {
  const listRows = history ? Math.max(3, Math.floor(height / 3)) : height;
  const scroll = keepVisible(cursor, Math.max(0, cursor - listRows + 1), listRows, clauses.length);
  const originWidth = Math.min(24, Math.max(10, Math.floor(width * 0.2)));
  const historyRows = Math.max(1, height - listRows - 1);
  const top = history ? clamp(historyScroll, 0, Math.max(0, history.length - historyRows)) : 0;
  return (
    <Box flexDirection="column" height={height}>
      {clauses.slice(scroll, scroll + listRows).map((clause, offset) => {
        const index = scroll + offset;
        const selected = index === cursor;
        return (
          <Text key={clause.number} wrap="truncate-end" inverse={selected && !history} bold={selected}>
            {`${String(clause.number).padStart(4)} `}
            <Text {...(color && !selected ? { color: 'cyan' } : {})}>{fitCells(oneLine(clause.firstAppeared), originWidth)}</Text>
            {' '}
            {fitCells(oneLine(clause.text), Math.max(1, width - originWidth - 7))}
          </Text>
        );
      })}
      {history ? (
        <>
          <Text wrap="truncate-end" {...(color ? { color: 'cyan' } : {})}>{fitCells(`── history${history.length > historyRows ? ` ${top + 1}–${Math.min(history.length, top + historyRows)} of ${history.length} lines (j/k)` : ''} · esc closes `, width).replace(/(?<! ) +$/, '')}</Text>
          {history.slice(top, top + historyRows).map((line, offset) => (
            <StyledLine key={top + offset} line={line} color={color} />
          ))}
        </>
      ) : null}
    </Box>
  );
}
