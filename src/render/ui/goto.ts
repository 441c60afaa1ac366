import type { ReviewModel } from './model.js';

/**
 * The row holding the clause `text` names: `12` or `b12` (B numbering), `a12` (A numbering); a
 * number that B lacks (a removed clause's place) falls back to A. Undefined when none holds it.
 */
export function findClauseRow(model: ReviewModel, text: string): number | undefined {
  const match = /^\s*([ab]?)(\d+)\s*$/i.exec(text);
  if (!match) return undefined;
  const number = match[2]!.replace(/^0+(?=\d)/, '');
  const sides = match[1] === '' ? (['b', 'a'] as const) : ([match[1]!.toLowerCase() as 'a' | 'b'] as const);
  for (const side of sides) {
    const id = `${side}${number}`;
    const row = model.rows.find(({ change }) => (side === 'a' ? change.from : change.to).some((clause) => clause.id === id));
    if (row) return row.index;
  }
  return undefined;
}
