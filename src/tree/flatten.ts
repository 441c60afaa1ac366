import type { Clause, Declaration, Section, SectionInfo } from '../types.js';

/** Sections in reading order, the preamble first (index 0, heading `""`). */
export function flattenSections(declaration: Declaration): SectionInfo[] {
  const list: SectionInfo[] = [
    { index: 0, heading: '', path: [], depth: 1, clauseCount: declaration.preamble.length },
  ];
  const walk = (sections: readonly Section[], path: readonly string[]): void => {
    for (const section of sections) {
      const here = [...path, section.heading];
      list.push({
        index: list.length,
        heading: section.heading,
        path: here,
        depth: section.depth,
        clauseCount: section.clauses.length,
      });
      walk(section.children, here);
    }
  };
  walk(declaration.sections, []);
  return list;
}

/** Every clause in reading order with its innermost section. */
export function flattenClauses(declaration: Declaration): Clause[] {
  const clauses: Clause[] = [];
  const push = (texts: readonly string[], section: string, sectionIndex: number): void => {
    for (const text of texts) clauses.push({ index: clauses.length, text, section, sectionIndex });
  };
  push(declaration.preamble, '', 0);
  let sectionIndex = 0;
  const walk = (sections: readonly Section[]): void => {
    for (const section of sections) {
      sectionIndex += 1;
      push(section.clauses, section.heading, sectionIndex);
      walk(section.children);
    }
  };
  walk(declaration.sections);
  return clauses;
}

/** Number of clauses in a declaration. */
export function countClauses(declaration: Declaration): number {
  let count = declaration.preamble.length;
  const walk = (sections: readonly Section[]): void => {
    for (const section of sections) {
      count += section.clauses.length;
      walk(section.children);
    }
  };
  walk(declaration.sections);
  return count;
}
