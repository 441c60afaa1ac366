import type { Declaration, DeclarationMeta, Section } from '../types.js';
import type { Block } from './blocks.js';

/**
 * Build the section tree from blocks. Heading depths are trusted: a heading deeper than the
 * current one opens a sub-section, otherwise it closes sections up to its level.
 * Depth-1 headings are not sections (the title is metadata); they are ignored here.
 */
export function buildDeclaration(meta: DeclarationMeta, blocks: readonly Block[]): Declaration {
  const declaration: Declaration = { meta, preamble: [], sections: [] };
  const open: Section[] = []; // stack of open sections, outermost first
  // Indexed: this runs once a block, unoptimised, where `for…of` allocates a result per block.
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      if (!text) continue;
      const current = open.at(-1);
      if (current) current.clauses.push(text);
      else declaration.preamble.push(text);
      continue;
    }
    if (block.depth < 2) continue;
    const section: Section = { heading: block.text.trim(), depth: block.depth, clauses: [], children: [] };
    while (open.length > 0 && open.at(-1)!.depth >= section.depth) open.pop();
    const parent = open.at(-1);
    if (parent) parent.children.push(section);
    else declaration.sections.push(section);
    open.push(section);
  }
  return declaration;
}
