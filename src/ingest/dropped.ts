/** Why a piece of the input was left out of the declaration: the vocabulary of `--explain`. */
export type DropReason =
  | 'navigation'
  | 'headline'
  | 'stamp'
  | 'source'
  | 'byline'
  | 'footer'
  | 'dateline'
  | 'metadata'
  | 'duplicate-title'
  | 'title-chrome'
  | 'signature'
  | 'closing-date'
  | 'pdf'
  | 'infobox'
  | 'marker'
  | 'footnote'
  | 'another-document';

/** A block (or line) of the input that a repair pass left out, with the reason. */
export interface Dropped {
  /** The text as the pass saw it (lines separated by `\n`). */
  text: string;
  reason: DropReason;
}

/** What labelled page metadata (`[Title] …`, `[Date] …`, an infobox `發布時間：…`) gives. */
export interface Labels {
  title?: string;
  /** ISO date `YYYY-MM-DD`. */
  date?: string;
  place?: string;
}
