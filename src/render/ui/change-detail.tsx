import { Box } from 'ink';
import { StyledLine } from './styled-line.js';
import type { Line } from './text-cells.js';

/** Props of `ChangeDetail`. */
export interface ChangeDetailProps {
  /** The whole detail, pre-wrapped to `width`. */
  lines: readonly Line[];
  scroll: number;
  /** Inner rows and width. */
  height: number;
  width: number;
  focused: boolean;
  color: boolean;
}

/** The selected change in full; only the lines in the window are rendered. */
export function ChangeDetail({ lines, scroll, height, width, focused, color }: ChangeDetailProps) {
  return (
    <Box flexDirection="column" width={width + 4} height={height + 2} paddingX={1} borderStyle="round" {...(color ? { borderColor: focused ? 'cyan' : 'gray' } : {})}>
      {lines.slice(scroll, scroll + height).map((line, offset) => (
        <StyledLine key={scroll + offset} line={line} color={color} />
      ))}
    </Box>
  );
}
