import { Text } from 'ink';
import type { Line, Tone } from './text-cells.js';

/** Ink text props for a tone; nothing when colours are off. */
export function toneProps(tone: Tone, color: boolean): { color?: string; backgroundColor?: string; bold?: boolean; dimColor?: boolean; strikethrough?: boolean; underline?: boolean } {
  switch (tone) {
    case 'plain': return {};
    case 'dim': return color ? { dimColor: true } : {};
    case 'heading': return { bold: true };
    case 'accent': return color ? { color: 'cyan' } : {};
    case 'insert': return color ? { color: 'green', underline: true } : {};
    case 'delete': return color ? { color: 'red', strikethrough: true } : {};
    case 'match': return color ? { backgroundColor: 'yellow', color: 'black' } : { bold: true, underline: true };
  }
}

/** One pre-wrapped line of styled segments (never wrapped again by Ink). */
export function StyledLine({ line, color }: { line: Line; color: boolean }) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((segment, index) => (
        <Text key={index} {...toneProps(segment.tone, color)}>{segment.text}</Text>
      ))}
    </Text>
  );
}
