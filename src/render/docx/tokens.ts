import type { Declaration, Section } from '../../types.js';

/** A paragraph of one declaration in reading order: its title, a section heading or a clause. */
export interface Token {
  kind: 'title' | 'heading' | 'clause';
  text: string;
  /** Heading depth (2 for a top-level section); 0 for the title and clauses. */
  depth: number;
}

/** The paragraphs of a declaration in reading order, and where each clause (by reading index) is among them. */
export interface TokenList {
  tokens: Token[];
  /** Token position of clause `i` (`a${i + 1}` / `b${i + 1}`). */
  clauseAt: number[];
}

/** Title, preamble, then each section's heading, its clauses and its sub-sections, as `flattenClauses` reads them. */
export function tokensOf(declaration: Declaration): TokenList {
  const tokens: Token[] = [{ kind: 'title', text: declaration.meta.title, depth: 0 }];
  const clauseAt: number[] = [];
  const clauses = (texts: readonly string[]): void => {
    for (const text of texts) {
      clauseAt.push(tokens.length);
      tokens.push({ kind: 'clause', text, depth: 0 });
    }
  };
  clauses(declaration.preamble);
  const walk = (sections: readonly Section[]): void => {
    for (const section of sections) {
      tokens.push({ kind: 'heading', text: section.heading, depth: section.depth });
      clauses(section.clauses);
      walk(section.children);
    }
  };
  walk(declaration.sections);
  return { tokens, clauseAt };
}
