import { Box, Text } from 'ink';
import { fitCells } from '../text-cells.js';
import { CORPUS_KEY_HELP } from './corpus-state.js';

/** Every key of the corpus review (its key table), over the body. */
export function CorpusHelp({ height, width, color }: { height: number; width: number; color: boolean }) {
  const keyWidth = Math.max(...CORPUS_KEY_HELP.map(([keys]) => keys.length)) + 2;
  return (
    <Box flexDirection="column" width={width} height={height} paddingX={1} borderStyle="round" {...(color ? { borderColor: 'cyan' } : {})}>
      <Text bold>Corpus review keys (? / esc / q to close)</Text>
      {CORPUS_KEY_HELP.map(([keys, meaning]) => (
        <Text key={keys} wrap="truncate-end">
          <Text {...(color ? { color: 'cyan' } : {})}>{fitCells(keys, keyWidth)}</Text>
          {fitCells(meaning, Math.max(1, width - 4 - keyWidth))}
        </Text>
      ))}
      <Text wrap="truncate-end">map: · unchanged, ░ ▒ ▓ █ more and more of the section changed against the previous summit</Text>
    </Box>
  );
}
