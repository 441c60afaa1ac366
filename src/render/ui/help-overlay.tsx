import { Box, Text } from 'ink';
import { KEY_HELP } from './keymap.js';
import { fitCells } from './text-cells.js';

/** Props of `HelpOverlay`. */
export interface HelpOverlayProps {
  /** Inner rows and width. */
  height: number;
  width: number;
  color: boolean;
}

/** Every key of the UI (the key map's own table), over the body. */
export function HelpOverlay({ height, width, color }: HelpOverlayProps) {
  const keyWidth = Math.max(...KEY_HELP.map(([keys]) => keys.length)) + 2;
  const markers = 'markers: + added  - removed  ~ reworded  ↷ moved  < split  > merged  = matched (narrow header)';
  return (
    <Box flexDirection="column" width={width + 4} height={height + 2} paddingX={1} borderStyle="round" {...(color ? { borderColor: 'cyan' } : {})}>
      <Text bold>Keys (? / esc / q to close)</Text>
      {KEY_HELP.map(([keys, meaning]) => (
        <Text key={keys} wrap="truncate-end">
          <Text {...(color ? { color: 'cyan' } : {})}>{fitCells(keys, keyWidth)}</Text>
          {meaning}
        </Text>
      ))}
      <Text wrap="truncate-end">{markers}</Text>
      <Text wrap="truncate-end">sections: changes/clauses in each section; ▸ the section of the selected clause</Text>
    </Box>
  );
}
