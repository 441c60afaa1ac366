import { Box, Text } from 'ink';
import type { ReviewModel } from './model.js';
import { cellWidth } from '../width.js';
import { fitTitles } from './text-cells.js';

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
  const prefixOf = (label: string, doc: { date: string }) => `${label} ${doc.date || '(no date)'}  `;
  const suffixOf = (clauses: number) => `  ${clauses} clauses`;
  // Both titles get the room of the narrower line, so that they are cut alike.
  const room = Math.max(4, width - Math.max(prefixOf('A', model.from).length + suffixOf(result.from.clauses).length, prefixOf('B', model.to).length + suffixOf(result.to.clauses).length));
  const titles = fitTitles(model.from.title, model.to.title, room);
  const side = (label: string, doc: { title: string; date: string }, clauses: number) => {
    const prefix = prefixOf(label, doc);
    const suffix = suffixOf(clauses);
    const title = label === 'A' ? titles[0] : titles[1];
    return (
      <Text wrap="truncate-end">
        <Text bold {...(color ? { color: 'cyan' } : {})}>{prefix}</Text>
        <Text bold>{title}</Text>
        <Text {...(color ? { dimColor: true } : {})}>{suffix}</Text>
      </Text>
    );
  };
  const all: [string, number, string][] = [
    ['~', summary.reworded, 'reworded'],
    ['+', summary.added, 'added'],
    ['-', summary.removed, 'removed'],
    ['↷', summary.moved, 'moved'],
    ['<', summary.split, 'split'],
    ['>', summary.merged, 'merged'],
  ];
  // Zero counts say nothing: only the kinds of change that occur are shown.
  const counts = all.filter(([, count]) => count > 0);
  const words = counts.map(([marker, count, label]) => `${marker}${count} ${label}  `);
  // Too narrow for the words: the marks alone, which the help explains, rather than a cut line.
  const short = cellWidth(`${words.join('')}${summary.matched} matched`) > width;
  return (
    <Box flexDirection="column" height={3}>
      {side('A', model.from, result.from.clauses)}
      {side('B', model.to, result.to.clauses)}
      <Text wrap="truncate-end">
        {counts.map(([marker, count, label], k) => (
          <Text key={label} {...(color && count > 0 ? { color: MARKER_COLOR[marker] } : {})}>{short ? `${marker}${count} ` : words[k]}</Text>
        ))}
        <Text {...(color ? { dimColor: true } : {})}>{short ? `=${summary.matched}  (? explains the marks)` : `${summary.matched} matched`}</Text>
      </Text>
    </Box>
  );
}

/** Colour of each change marker (list, header and tree agree). */
export const MARKER_COLOR: Record<string, string> = {
  '+': 'green', '-': 'red', '~': 'yellow', '↷': 'cyan', '<': 'magenta', '>': 'magenta',
};
