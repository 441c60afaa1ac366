import { clamp } from './viewport.js';

/** Sizes of every region of the review UI for one terminal size (heights and widths in cells, inside borders). */
export interface Layout {
  columns: number;
  /** Rows the UI draws (one less than the terminal, so that Ink never scrolls it). */
  height: number;
  treeWidth: number;
  listWidth: number;
  /** Height of the sections/list boxes including borders. */
  topHeight: number;
  /** Height of the detail box including borders. */
  bottomHeight: number;
  /** Inner rows of the section tree and of the clause list. */
  listHeight: number;
  /** Inner rows and width of the detail pane. */
  detailHeight: number;
  detailWidth: number;
  /** Inner rows and width of an overlay (help, timeline, initiatives). */
  overlayHeight: number;
  overlayWidth: number;
}

/** Rows of the header above the panes and of the footer below them. */
export const HEADER_ROWS = 3;
const FOOTER_ROWS = 1;

/** Lay the UI out on a terminal of `columns` × `rows` (designed for 80×24 and up; smaller sizes degrade). */
export function computeLayout(columns: number, rows: number): Layout {
  const width = Math.max(40, columns);
  const height = Math.max(14, rows - 1);
  const rest = height - HEADER_ROWS - FOOTER_ROWS;
  const topHeight = Math.max(4, Math.floor(rest / 2));
  const bottomHeight = Math.max(4, rest - topHeight);
  const treeWidth = clamp(Math.floor(width * 0.3), 16, 40);
  return {
    columns: width,
    height,
    treeWidth,
    listWidth: width - treeWidth,
    topHeight,
    bottomHeight,
    listHeight: topHeight - 2,
    detailHeight: bottomHeight - 2,
    detailWidth: width - 4,
    overlayHeight: rest - 2,
    overlayWidth: width - 4,
  };
}
