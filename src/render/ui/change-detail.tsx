import { Box, Text } from 'ink';
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

/**
 * The selected change in full; only the lines in the window are rendered. A clause longer than the
 * pane shows what is hidden on its first and last rows: `↑ N lines above`, `↓ N more lines (J/K)`.
 */
export function ChangeDetail({ lines, scroll, height, width, focused, color }: ChangeDetailProps) {
  const window = lines.slice(scroll, scroll + height);
  const above = scroll > 0 && height > 2;
  const below = scroll + height < lines.length && height > 2;
  const shown = window.slice(above ? 1 : 0, below ? height - 1 : height);
  const hiddenBelow = lines.length - (scroll + height - 1);
  const mark = (text: string) => <Text wrap="truncate-end" {...(color ? { color: 'cyan' } : {})}>{text}</Text>;
  return (
    <Box flexDirection="column" width={width + 4} height={height + 2} paddingX={1} borderStyle="round" {...(color ? { borderColor: focused ? 'cyan' : 'gray' } : {})}>
      {above ? mark(`↑ ${scroll + 1} line${scroll === 0 ? '' : 's'} above`) : null}
      {shown.map((line, offset) => (
        <StyledLine key={scroll + offset} line={line} color={color} />
      ))}
      {below ? mark(`↓ ${hiddenBelow} more line${hiddenBelow === 1 ? '' : 's'} (J/K)`) : null}
    </Box>
  );
}
