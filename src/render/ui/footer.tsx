import { Text } from 'ink';
import type { ReviewState } from './review-state.js';
import { cellWidth } from '../width.js';
import { fitCells } from './text-cells.js';

/** Props of `Footer`. */
export interface FooterProps {
  state: ReviewState;
  width: number;
  color: boolean;
}

/** The bottom row: the search being typed, a notice, or the position, filter, search and key hints. */
export function Footer({ state, width, color }: FooterProps) {
  if (state.jump !== null) {
    return (
      <Text wrap="truncate-end">
        <Text {...(color ? { color: 'cyan' } : {})}>:</Text>
        {state.jump}
        <Text inverse> </Text>
        <Text {...(color ? { dimColor: true } : {})}>  clause number (a12 for A's), enter go, esc cancel</Text>
      </Text>
    );
  }
  if (state.draft !== null) {
    const count = `  ${state.visible.length} match${state.visible.length === 1 ? '' : 'es'}`;
    return (
      <Text wrap="truncate-end">
        <Text {...(color ? { color: 'cyan' } : {})}>/</Text>
        {state.draft}
        <Text inverse> </Text>
        <Text {...(color ? { dimColor: true } : {})}>{count}</Text>
      </Text>
    );
  }
  const position = state.visible.length === 0 ? '0/0' : `${state.cursor + 1}/${state.visible.length}`;
  const search = state.query === '' ? '' : ` · search “${state.query}”`;
  const status = `${position} · filter ${state.filter}${search} · ${state.sideBySide ? 'side by side' : 'inline'}`;
  const hint = state.message ?? '? help · q quit';
  const gap = Math.max(1, width - cellWidth(status) - cellWidth(hint) - 1);
  return (
    <Text wrap="truncate-end">
      {status}
      {' '.repeat(gap)}
      <Text {...(color ? { color: state.message ? 'yellow' : 'gray' } : {})}>{fitCells(hint, Math.max(0, width - cellWidth(status) - gap - 1))}</Text>
    </Text>
  );
}
