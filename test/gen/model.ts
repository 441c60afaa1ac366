import { flattenClauses } from '../../src/tree/flatten.js';
import type { Declaration, DeclarationMeta, Section } from '../../src/types.js';

/** One B clause under construction, with where it came from in A (the true answer). */
export interface Item {
  text: string;
  /** A clause indices this clause comes from (empty for an added clause). */
  src: number[];
  /** What happened to it: untouched, reworded, added, a piece of a split, a merge. */
  kind: 'same' | 'reworded' | 'added' | 'split' | 'merged';
  /** Split pieces of one A clause share a group number. */
  group?: number;
  /** Truly moved; null when only displaced by a section reorder or a dropped heading (either answer is right). */
  moved: boolean | null;
}

/** A flat section list (index 0 = preamble, heading "") of items: the editable document. */
export interface DocModel {
  meta: DeclarationMeta;
  sections: Array<{ heading: string; items: Item[] }>;
}

/** One true change: which A clauses became which B clauses (0-based indices). */
export interface TruthChange {
  from: number[];
  to: number[];
  /** True moved flag; null when either answer is right. */
  moved: boolean | null;
}

/** The model of an untouched declaration (flat sections: sub-sections become top-level). */
export function modelOf(declaration: Declaration): DocModel {
  const clauses = flattenClauses(declaration);
  const sections: DocModel['sections'] = [{ heading: '', items: [] }];
  const headings: string[] = [''];
  const walk = (list: readonly Section[]) => {
    for (const section of list) {
      headings.push(section.heading);
      sections.push({ heading: section.heading, items: [] });
      walk(section.children);
    }
  };
  walk(declaration.sections);
  for (const clause of clauses) sections[clause.sectionIndex]!.items.push({ text: clause.text, src: [clause.index], kind: 'same', moved: false });
  return { meta: { ...declaration.meta, signatories: [...declaration.meta.signatories], extra: {} }, sections };
}

/** The declaration a model stands for (all sections at depth 2). */
export function toDeclaration(model: DocModel): Declaration {
  return {
    meta: model.meta,
    preamble: model.sections[0]!.items.map((item) => item.text),
    sections: model.sections.slice(1).map((section) => ({ heading: section.heading, depth: 2, clauses: section.items.map((item) => item.text), children: [] })),
  };
}

/** The true changes of an edited model against A (of `sizeA` clauses), in B order, removed clauses last. */
export function truthOf(model: DocModel, sizeA: number): TruthChange[] {
  const changes: TruthChange[] = [];
  const seen = new Set<number>();
  const byGroup = new Map<number, TruthChange>();
  let b = 0;
  for (const section of model.sections) {
    for (const item of section.items) {
      item.src.forEach((a) => seen.add(a));
      const existing = item.group === undefined ? undefined : byGroup.get(item.group);
      if (existing) existing.to.push(b);
      else {
        const change: TruthChange = { from: [...item.src], to: [b], moved: item.src.length === 0 ? false : item.moved };
        if (item.group !== undefined) byGroup.set(item.group, change);
        changes.push(change);
      }
      b++;
    }
  }
  for (let a = 0; a < sizeA; a++) if (!seen.has(a)) changes.push({ from: [a], to: [], moved: false });
  return changes;
}
