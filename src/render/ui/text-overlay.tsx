import { Box, Text } from 'ink';
import { StyledLine } from './styled-line.js';
import type { Line } from './text-cells.js';

/** Props of `TextOverlay`. */
export interface TextOverlayProps {
  title: string;
  /** The text, pre-wrapped to `width`. */
  lines: readonly Line[];
  scroll: number;
  /** Inner rows (title included) and width. */
  height: number;
  width: number;
  color: boolean;
}

/** A scrollable text view over the body (timeline, initiatives); only the visible lines are rendered. */
export function TextOverlay({ title, lines, scroll, height, width, color }: TextOverlayProps) {
  const room = Math.max(1, height - 1);
  const more = lines.length > room ? `  ${scroll + 1}–${Math.min(lines.length, scroll + room)} of ${lines.length} lines` : '';
  return (
    <Box flexDirection="column" width={width + 4} height={height + 2} paddingX={1} borderStyle="round" {...(color ? { borderColor: 'cyan' } : {})}>
      <Text bold wrap="truncate-end">{`${title}${more}   (j/k scroll · esc/q close)`}</Text>
      {lines.slice(scroll, scroll + room).map((line, offset) => (
        <StyledLine key={scroll + offset} line={line} color={color} />
      ))}
    </Box>
  );
}
