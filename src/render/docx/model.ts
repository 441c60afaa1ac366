/** The Word document as the redline writer builds it: paragraphs of runs, each with its revision mark. */

/** How a run or a paragraph mark is tracked: not at all, inserted, deleted, or one end of a move. */
export type Mark = 'none' | 'ins' | 'del' | 'moveFrom' | 'moveTo';

/** A stretch of text with one revision mark. */
export interface Run {
  text: string;
  mark: Mark;
}

/** Paragraph styles of the document (defined in `styles.xml`). */
export type ParagraphStyle = 'Title' | 'Heading1' | 'Heading2' | 'Heading3' | 'Heading4' | 'Heading5' | 'Normal';

/** One paragraph: style, runs, how its paragraph mark is tracked, and the move range it opens or closes. */
export interface Paragraph {
  style: ParagraphStyle;
  runs: Run[];
  /** Revision of the paragraph mark: deleted, the paragraph joins the next one when accepted. */
  mark: Mark;
  /** Style once changes are rejected, when it differs (a tracked paragraph property change). */
  formerStyle?: ParagraphStyle;
  /** The move range (one side of a move) that opens at the start of this paragraph. */
  moveStart?: MoveRange;
  /** The move range that closes at the end of this paragraph. */
  moveEnd?: MoveRange;
}

/** One side of a move: its kind and the name that pairs it with the other side (`move12`). */
export interface MoveRange {
  kind: 'moveFrom' | 'moveTo';
  name: string;
}
