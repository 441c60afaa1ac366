import { Box, Text } from 'ink';
import type { ReviewModel } from './model.js';
import { fitCells } from './text-cells.js';

/** Props of `Header`. */
export interface HeaderProps {
  model: ReviewModel;
  width: number;
  color: boolean;
}

/** The three header rows: both titles with dates and clause counts, and the change summary. */
export function Header({ model, width, color }: HeaderProps) {
  const { result } = model;
  const { summary } = result;
  const side = (label: string, doc: { title: string; date: string }, clauses: number) => {
    const prefix = `${label} ${doc.date || '(no date)'}  `;
    const suffix = `  ${clauses} clauses`;
    const title = fitCells(doc.title, Math.max(4, width - prefix.length - suffix.length));
    return (
      <Text wrap="truncate-end">
        <Text bold {...(color ? { color: 'cyan' } : {})}>{prefix}</Text>
        <Text bold>{title}</Text>
        <Text {...(color ? { dimColor: true } : {})}>{suffix}</Text>
      </Text>
    );
  };
  const counts: [string, number, string][] = [
    ['~', summary.reworded, 'reworded'],
    ['+', summary.added, 'added'],
    ['-', summary.removed, 'removed'],
    ['↷', summary.moved, 'moved'],
    ['<', summary.split, 'split'],
    ['>', summary.merged, 'merged'],
  ];
  return (
    <Box flexDirection="column" height={3}>
      {side('A', model.from, result.from.clauses)}
      {side('B', model.to, result.to.clauses)}
      <Text wrap="truncate-end">
        {counts.map(([marker, count, label]) => (
          <Text key={label} {...(color && count > 0 ? { color: MARKER_COLOR[marker] } : {})}>{`${marker}${count} ${label}  `}</Text>
        ))}
        <Text {...(color ? { dimColor: true } : {})}>{`${summary.matched} matched`}</Text>
      </Text>
    </Box>
  );
}

/** Colour of each change marker (list, header and tree agree). */
export const MARKER_COLOR: Record<string, string> = {
  '+': 'green', '-': 'red', '~': 'yellow', '↷': 'cyan', '<': 'magenta', '>': 'magenta',
};
