import { Box, Text } from 'ink';
import type { ReviewSection } from './model.js';
import { fitCells } from './text-cells.js';
import { centredWindow } from './viewport.js';

/** Props of `SectionTree`. */
export interface SectionTreeProps {
  sections: readonly ReviewSection[];
  cursor: number;
  /** Inner rows and width. */
  height: number;
  width: number;
  focused: boolean;
  color: boolean;
}

const STATUS_MARK: Record<ReviewSection['status'], string> = { matched: ' ', renamed: '~', added: '+', removed: '-' };

/** The aligned sections with their change counts (changed/total); only the visible window is drawn. */
export function SectionTree({ sections, cursor, height, width, focused, color }: SectionTreeProps) {
  const start = centredWindow(cursor, height, sections.length);
  const shown = sections.slice(start, start + height);
  return (
    <Box flexDirection="column" width={width + 2} height={height + 2} borderStyle="round" {...(color ? { borderColor: focused ? 'cyan' : 'gray' } : {})}>
      {shown.map((section, offset) => {
        const index = start + offset;
        const count = `${section.changed}/${section.total}`;
        const mark = section.moved ? '↷' : STATUS_MARK[section.status];
        const label = fitCells(section.label, Math.max(1, width - count.length - 4));
        const selected = index === cursor;
        return (
          <Text key={index} wrap="truncate-end" inverse={selected && focused} bold={selected}>
            {`${selected ? '▸' : ' '}${mark} ${label} `}
            <Text {...(color && section.changed === 0 ? { dimColor: true } : {})}>{count}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
