import type { Change, DiffResult, SectionPair } from '../types.js';
import { inlineEdits } from './edits.js';
import { groupBySection, isUnchanged, sectionName, SUMMARY_ORDER } from './group-by-section.js';
import { escapeInline, redline } from './markdown-redline.js';
import { changeIds, changeLabel, changeMarker, unchangedLine } from './text.js';

/** Column order of the summary table. */

/** A table row; cell text is escaped (pipes included). */
function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** `## 安全合作 → 一、安全合作 (renamed)`. */
function heading(pair: SectionPair): string {
  const from = pair.from === null ? null : escapeInline(sectionName(pair.from));
  const to = pair.to === null ? null : escapeInline(sectionName(pair.to));
  const name = from !== null && to !== null && from !== to ? `${from} → ${to}` : (to ?? from ?? '');
  const flags = [...(pair.status === 'matched' ? [] : [pair.status]), ...(pair.moved ? ['moved'] : [])];
  return `## ${name}${flags.length > 0 ? ` _(${flags.join(', ')})_` : ''}`;
}

/**
 * The one-line legend under the title: what each mark of the report means. An insertion is
 * `<ins>` where `**` would not close (after `、`, see `canDelimit`); `<del>` shows struck as `~~` does.
 */
export const LEGEND = '_Marks: ~~struck~~ deleted, **bold** or <ins>underlined</ins> inserted; `~` reworded, `+` added, `-` removed, `↷` moved, `<` split, `>` merged; `a12` is clause 12 of A (old), `b12` of B (new)._';

/** The list item(s) of one change. */
function item(change: Change, pair: SectionPair): string[] {
  const ids = changeIds(change);
  const label = escapeInline(changeLabel(change, pair));
  const head = `- \`${changeMarker(change)}\` \`${ids}\` ${label}:`;
  if (change.reworded) return [`${head} ${redline(inlineEdits(change))}`];
  if (change.kind === 'added') return [`${head} ${redline(change.to.map((r) => ({ op: 'insert' as const, text: r.text })))}`];
  if (change.kind === 'removed') return [`${head} ${redline(change.from.map((r) => ({ op: 'delete' as const, text: r.text })))}`];
  if (change.to.length === 1) return [`${head} ${escapeInline(change.to[0]!.text)}`];
  return [head, ...change.to.map((r) => `  - ${r.id}: ${escapeInline(r.text)}`)];
}

/**
 * A GitHub-flavoured Markdown redline of a diff: both documents and the summary as tables, then
 * one `##` section per section pair with its changes as a list (`~~deleted~~`, `**inserted**`,
 * moved clauses with the section and id they came from), runs of unchanged clauses collapsed.
 * All document text is escaped, so it cannot inject Markdown or HTML.
 */
export function renderMarkdown(result: DiffResult): string {
  const { from, to } = result;
  const title = from.title === to.title ? escapeInline(to.title) : `${escapeInline(from.title)} → ${escapeInline(to.title)}`;
  const out: string[] = [
    `# ${title}`,
    '',
    LEGEND,
    '',
    row(['', 'A (old)', 'B (new)']),
    row(['---', '---', '---']),
    row(['Title', escapeInline(from.title), escapeInline(to.title)]),
    row(['Date', escapeInline(from.date ?? '—'), escapeInline(to.date ?? '—')]),
    row(['Clauses', String(from.clauses), String(to.clauses)]),
    row(['Source', escapeInline(from.source || '—'), escapeInline(to.source || '—')]),
    '',
    row(SUMMARY_ORDER.map((key) => key[0]!.toUpperCase() + key.slice(1))),
    row(SUMMARY_ORDER.map(() => '---:')),
    row(SUMMARY_ORDER.map((key) => String(result.summary[key]))),
  ];
  for (const group of groupBySection(result)) {
    out.push('', heading(group.pair));
    const items: string[] = [];
    let unchanged = 0;
    const flush = (): void => {
      if (unchanged > 0) items.push(`- _${unchangedLine(unchanged)}_`);
      unchanged = 0;
    };
    for (const change of group.changes) {
      if (isUnchanged(change)) unchanged += 1;
      else {
        flush();
        items.push(...item(change, group.pair));
      }
    }
    flush();
    if (items.length > 0) out.push('', ...items);
  }
  return `${out.join('\n')}\n`;
}
