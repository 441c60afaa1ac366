/**
 * Domain nouns shared by every stage of the pipeline:
 * ingest → tree → (store, align) → render → cli.
 */

/** Metadata of a declaration: the YAML front matter of its canonical file. */
export interface DeclarationMeta {
  /** Title as written (the `# title` line); `''` when the input gave none (a page that is only the body). */
  title: string;
  /** ISO date `YYYY-MM-DD`, when known. */
  date?: string;
  /** Place of the summit as written in the document's language (e.g. `莫斯科`). */
  place?: string;
  /** BCP 47 language tag: `zh-Hans`, `zh-Hant`, `en`, `ru`. */
  lang?: string;
  /** Where the raw text came from: file name or address. */
  source?: string;
  /** Signature lines (`office name`), in document order; never clauses. */
  signatories: string[];
  /** Set on test fixtures derived from a real text by edits: says what was changed. */
  synthetic?: string;
  /** The text is an abstract of the declaration (its title said `（摘要）`), not the full text. */
  excerpt?: boolean;
  /** Any other front-matter keys, kept as read so that rewriting a file loses nothing. */
  extra: Record<string, unknown>;
}

/** A heading with its paragraphs and sub-sections: the section tree. */
export interface Section {
  /** Heading text as written, numbering included (`一、安全合作`). */
  heading: string;
  /** Markdown heading depth: 2 for top-level sections, up to 6. */
  depth: number;
  /** Paragraphs directly under this heading, before its first sub-section. */
  clauses: string[];
  /** Sub-sections in document order. */
  children: Section[];
}

/** One declaration as a tree: metadata, preamble paragraphs and sections. */
export interface Declaration {
  meta: DeclarationMeta;
  /** Paragraphs before the first section (section `""`). */
  preamble: string[];
  /** Top-level sections in document order. */
  sections: Section[];
}

/** A clause in reading order with where it sits in the tree (see `flattenClauses`). */
export interface Clause {
  /** 0-based position in reading order; the contract id is `a${index + 1}` / `b${index + 1}`. */
  index: number;
  /** Paragraph text as written. */
  text: string;
  /** Innermost heading text, `""` for the preamble. */
  section: string;
  /** 0-based index of that section in `flattenSections` order (preamble is always 0). */
  sectionIndex: number;
}

/** A section in reading order (see `flattenSections`); the preamble is entry 0. */
export interface SectionInfo {
  /** 0-based position in the flattened list; 0 is the preamble. */
  index: number;
  /** Heading text as written; `""` for the preamble. */
  heading: string;
  /** Heading texts from the outermost section down to this one (empty for the preamble). */
  path: string[];
  /** Markdown depth (1 for the preamble). */
  depth: number;
  /** Number of clauses directly in this section. */
  clauseCount: number;
}

// ---------------------------------------------------------------------------
// The diff contract (`clausewise/diff@1`): these types are its JSON shape.

/** Kind of one change; see the contract for the `from`/`to` cardinalities. */
export type ChangeKind = 'matched' | 'added' | 'removed' | 'split' | 'merged';

/** One clause as referenced by a change. */
export interface ClauseRef {
  /** `aN` for the old document, `bN` for the new one, 1-based reading order. */
  id: string;
  /** Innermost heading text, `""` for the preamble. */
  section: string;
  /** Clause text as written. */
  text: string;
}

/** One step of a word-level wording diff over folded texts. */
export interface WordEdit {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One entry of `changes`: how some A clauses correspond to some B clauses. */
export interface Change {
  kind: ChangeKind;
  from: ClauseRef[];
  to: ClauseRef[];
  /** Moved to another section, or out of order within its section. */
  moved: boolean;
  /** Texts differ after canonical folding (joined texts for split/merge). */
  reworded: boolean;
  /** Similarity of the folded texts in [0, 1]; 1 when not reworded, 0 for added/removed. */
  similarity: number;
  /** Word-level wording diff; present exactly when `reworded`. */
  edits?: WordEdit[];
}

/** Counts of changes by kind and flag. */
export interface Summary {
  matched: number;
  added: number;
  removed: number;
  split: number;
  merged: number;
  moved: number;
  reworded: number;
}

/** Status of one aligned section pair. */
export type SectionStatus = 'matched' | 'renamed' | 'added' | 'removed';

/** One entry of `sections`: a pair of the aligned section trees. */
export interface SectionPair {
  /** Heading in A (`""` for the preamble), or null when the section is new. */
  from: string | null;
  /** Heading in B (`""` for the preamble), or null when the section was dropped. */
  to: string | null;
  status: SectionStatus;
  /** The section as a whole changed position relative to the other sections. */
  moved: boolean;
  /** Counts of the changes whose clauses belong to this pair. */
  clauses: Summary;
}

/** Header describing one side of a diff. */
export interface DocumentHeader {
  title: string;
  /** ISO date or null when unknown. */
  date: string | null;
  /** Number of clauses. */
  clauses: number;
  /** Source as recorded in the metadata, or the reference the user gave. */
  source: string;
}

/** The whole `diff --json` object. */
export interface DiffResult {
  schema: 'clausewise/diff@1';
  from: DocumentHeader;
  to: DocumentHeader;
  summary: Summary;
  sections: SectionPair[];
  changes: Change[];
}

/** Options of the aligner. */
export interface AlignOptions {
  /** Minimum similarity (0–1) for two different clauses to be paired. Default 0.5. */
  threshold?: number;
  /** Look for split and merged clauses. Default true. */
  splitMerge?: boolean;
  /** Cap on tokens per side for the word-level diff of one clause; longer pairs get a coarse diff. Default 2000. */
  maxDiffTokens?: number;
}
