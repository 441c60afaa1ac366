import { Box, Text } from 'ink';
import type { CorpusSection, HeatCell } from '../../../timeline/corpus.js';
import type { TimelineSummit } from '../../../timeline/timeline.js';
import { cellWidth } from '../../width.js';
import { fitLabel } from '../../fit-label.js';
import { oneLine } from '../model.js';
import { fitCells } from '../text-cells.js';
import { clamp, keepVisible } from '../viewport.js';

/** Props of `HeatMap`. */
export interface HeatMapProps {
  summits: readonly TimelineSummit[];
  sections: readonly CorpusSection[];
  heat: ReadonlyArray<ReadonlyArray<HeatCell | null>>;
  summit: number;
  section: number;
  /** Rows and width of the body. */
  height: number;
  width: number;
  color: boolean;
}

/** The glyph of a cell: blank where the pair has no such section, `·` where nothing changed, then ░▒▓█ as more did. */
export function shade(cell: HeatCell | null): string {
  if (!cell) return ' ';
  if (cell.changed === 0) return '·';
  if (cell.share <= 0.1) return '░';
  if (cell.share <= 0.25) return '▒';
  if (cell.share <= 0.5) return '▓';
  return '█';
}

const SHADE_COLOR: Record<string, string> = { '·': 'gray', '░': 'green', '▒': 'yellow', '▓': 'red', '█': 'redBright' };

/** Cells per column: at least this many, more when few sections leave room (up to MAX_CELL). */
const CELL = 3;
const MAX_CELL = 7;

/**
 * Summits × sections shaded by how much of each section changed against the previous summit
 * (terminal cells in the manner of Juxta's and CATview's heat maps), with the selected cell's
 * counts and the names of the columns shown below it. Columns scroll sideways with the selection.
 */
export function HeatMap({ summits, sections, heat, summit, section, height, width, color }: HeatMapProps) {
  const idWidth = clamp(Math.floor(width * 0.25), 12, 30);
  const cell = clamp(Math.floor((width - idWidth - 2) / Math.max(1, sections.length)), CELL, MAX_CELL);
  const columns = Math.max(1, Math.floor((width - idWidth - 2) / cell));
  const firstColumn = keepVisible(section, Math.max(0, section - columns + 1), columns, sections.length);
  const shown = sections.slice(firstColumn, firstColumn + columns);
  const legendRows = Math.min(4, Math.max(1, height - 6));
  const rows = Math.max(1, height - 3 - legendRows);
  const scroll = keepVisible(summit, Math.max(0, summit - rows + 1), rows, summits.length);
  const selectedCell = heat[summit]?.[section] ?? null;
  const current = summits[summit];
  const label = sections[section]?.label ?? '';
  const name = current ? fitLabel(oneLine(current.id), Math.max(12, Math.floor(width / 2))) : '';
  const about = !current
    ? ''
    : summit === 0
      ? `${name}: the first summit of this language, nothing to compare with`
      : selectedCell
        ? `${name} × ${oneLine(label)}: ${selectedCell.changed} of ${selectedCell.total} changed (${Math.round(selectedCell.share * 100)}%) · enter: pair review here`
        : `${name} × ${oneLine(label)}: no such section in this pair`;
  // The column names: the selected one first, then those around it, as many as fit.
  const names = shown.map((s, k) => `${firstColumn + k + 1} ${oneLine(s.label)}`);
  const legend: string[] = [];
  let line = '';
  for (const name of names.map((text) => fitCells(text, Math.min(cellWidth(text), Math.max(8, Math.floor(width / 2)))))) {
    if (line && cellWidth(line) + cellWidth(name) + 3 > width) {
      legend.push(line);
      line = '';
    }
    line += (line ? '   ' : '') + name;
  }
  if (line) legend.push(line);
  return (
    <Box flexDirection="column" height={height}>
      <Text wrap="truncate-end" {...(color ? { dimColor: true } : {})}>
        {fitCells(firstColumn > 0 ? '◂ sections' : 'sections', idWidth + 1)}
        {shown.map((_, k) => String(firstColumn + k + 1).padStart(Math.ceil(cell / 2) + 1).padEnd(cell)).join('')}
        {firstColumn + columns < sections.length ? '▸' : ''}
      </Text>
      {summits.slice(scroll, scroll + rows).map((s, offset) => {
        const row = scroll + offset;
        return (
          <Text key={s.id} wrap="truncate-end">
            <Text bold={row === summit} inverse={row === summit && section < 0}>{fitCells(fitLabel(oneLine(s.id), idWidth), idWidth)}</Text>
            <Text> </Text>
            {shown.map((_, k) => {
              const column = firstColumn + k;
              const glyph = shade(heat[row]?.[column] ?? null);
              const selected = row === summit && column === section;
              return (
                <Text key={column} inverse={selected} {...(color && !selected && SHADE_COLOR[glyph] ? { color: SHADE_COLOR[glyph] } : {})}>
                  {` ${glyph.repeat(cell - 2)} `}
                </Text>
              );
            })}
          </Text>
        );
      })}
      <Text wrap="truncate-end" bold>{fitCells(about, width)}</Text>
      <Text wrap="truncate-end" {...(color ? { dimColor: true } : {})}>{'· unchanged  ░ ≤10%  ▒ ≤25%  ▓ ≤50%  █ more changed  (blank: no such section)'}</Text>
      {legend.slice(0, legendRows).map((text, k) => (
        <Text key={k} wrap="truncate-end" {...(color ? { dimColor: true } : {})}>{fitCells(text, width)}</Text>
      ))}
    </Box>
  );
}
