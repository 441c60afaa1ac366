import { foldScript, hasIdeographs } from '../text/fold.js';
import type { Change, ClauseRef, DiffResult, DocumentHeader, SectionPair, WordEdit } from '../types.js';
import { sideEdits } from './edits.js';
import { groupBySection, isUnchanged, sectionName, type SectionGroup, SUMMARY_ORDER } from './group-by-section.js';
import { escapeHtml as esc } from './html-escape.js';
import { REPORT_JS } from './html-script.js';
import { REPORT_CSS } from './html-style.js';
import { changeListHtml } from './html-toc.js';

/** Row filters of the page: button label and the row class it keeps. */
const FILTERS: Array<[label: string, cls: string]> = [
  ['All', 'all'],
  ['Changes only', 'changed'],
  ['Matched', 'matched'],
  ['Reworded', 'reworded'],
  ['Added', 'added'],
  ['Removed', 'removed'],
  ['Split', 'split'],
  ['Merged', 'merged'],
  ['Moved', 'moved'],
];

/** Order of the summary chips. */

/** A row of a section table: a change, or the old place of a moved A clause. */
type Row = { type: 'change'; change: Change } | { type: 'ghost'; change: Change; ref: ClauseRef };

/** The language of the page, guessed from the clause texts: `zh-Hans`, `zh-Hant`, `ru` or `en`. */
export function guessLang(result: DiffResult): string {
  const sample = result.changes.flatMap((c) => [...c.to, ...c.from]).slice(0, 20).map((r) => r.text).join('') || result.to.title;
  if (hasIdeographs(sample)) {
    // Corner quotes fold too, but Simplified text may use them: only characters tell the script.
    const characters = sample.replace(/[「」『』]/g, '');
    return foldScript(characters) === characters ? 'zh-Hans' : 'zh-Hant';
  }
  if (/\p{Script=Cyrillic}/u.test(sample)) return 'ru';
  return 'en';
}

/** Position of a clause id in reading order (`a12` → 12); Infinity for an unexpected id. */
function idNumber(id: string): number {
  const n = Number.parseInt(id.slice(1), 10);
  return Number.isNaN(n) ? Number.POSITIVE_INFINITY : n;
}

/**
 * The rows of every section: its changes, plus, for each A clause of a moved change, a row at
 * its old place (in its A section, before the first unmoved change that comes later in A).
 */
function layoutRows(groups: SectionGroup[]): Row[][] {
  const rows: Row[][] = groups.map((g) => g.changes.map((change): Row => ({ type: 'change', change })));
  const moved = groups.flatMap((g, gi) => g.changes.filter((c) => c.moved).flatMap((change) => change.from.map((ref) => ({ change, ref, gi }))));
  moved.sort((x, y) => idNumber(x.ref.id) - idNumber(y.ref.id));
  for (const { change, ref, gi } of moved) {
    const target = groups.findIndex((g) => g.pair.from === ref.section);
    const list = rows[target >= 0 ? target : gi]!;
    const n = idNumber(ref.id);
    const at = list.findIndex((row) => {
      const first = row.type === 'ghost' ? row.ref : !row.change.moved ? row.change.from[0] : undefined;
      return first !== undefined && idNumber(first.id) > n;
    });
    list.splice(at < 0 ? list.length : at, 0, { type: 'ghost', change, ref });
  }
  return rows;
}

/** Escaped steps of a wording diff from one side: `<del>` on A, `<ins>` on B. */
function stepsHtml(steps: WordEdit[]): string {
  return steps.map((s) => (s.op === 'delete' ? `<del>${esc(s.text)}</del>` : s.op === 'insert' ? `<ins>${esc(s.text)}</ins>` : esc(s.text))).join('');
}

/** `§安全合作, a12`. */
function place(ref: ClauseRef): string {
  return `§${esc(sectionName(ref.section))}, ${esc(ref.id)}`;
}

/** One side's cell of a change row. */
function cell(change: Change, side: 'from' | 'to'): string {
  const refs = change[side];
  const cls = side === 'from' ? 'a' : 'b';
  if (refs.length === 0) return `<td class="${cls} empty"></td>`;
  const pieces = change.reworded ? sideEdits(change, side) : refs.map((r): WordEdit[] => [{ op: 'equal', text: r.text }]);
  const textClass = change.kind === 'removed' ? ' removed-text' : change.kind === 'added' ? ' added-text' : '';
  const words = [...(change.kind === 'matched' ? [] : [change.kind]), ...(change.reworded ? ['reworded'] : [])].join(', ');
  const clauses = refs.map((ref, i) => {
    const id = side === 'from' && change.moved ? '' : ` id="${esc(ref.id)}"`;
    const kind = i === 0 && words && (side === 'to' || change.kind === 'removed') ? ` <span class="kind">${words}</span>` : '';
    return `<div class="clause"${id}><a class="cid" href="#${esc(ref.id)}">${esc(ref.id)}</a>${kind} <span class="t${textClass}">${stepsHtml(pieces[i] ?? [])}</span></div>`;
  });
  if (side === 'to' && change.moved) {
    const links = change.from.map((ref) => `<a href="#${esc(ref.id)}">${place(ref)}</a>`).join('; ');
    clauses.push(`<div class="note">↷ moved from ${links}</div>`);
  }
  return `<td class="${cls}">${clauses.join('')}</td>`;
}

/** Classes of a change row, which the filters select on. */
function rowClasses(change: Change): string[] {
  if (isUnchanged(change)) return ['row', 'same', 'matched'];
  return ['row', 'changed', change.kind, ...(change.reworded ? ['reworded'] : []), ...(change.moved ? ['moved'] : [])];
}

/** The `<tr>` of a row. */
function rowHtml(row: Row): string {
  if (row.type === 'ghost') {
    const to = row.change.to.map((ref) => `<a href="#${esc(ref.id)}">${place(ref)}</a>`).join('; ') || 'nowhere';
    return `<tr class="row changed moved ghost"><td class="a"><div class="clause" id="${esc(row.ref.id)}"><span class="cid">${esc(row.ref.id)}</span> <span class="note">↷ moved to ${to}</span> <span class="t">${esc(row.ref.text)}</span></div></td><td class="b empty"></td></tr>`;
  }
  return `<tr class="${rowClasses(row.change).join(' ')}">${cell(row.change, 'from')}${cell(row.change, 'to')}</tr>`;
}

/** The heading of a section pair with its status tags. */
function sectionHeading(pair: SectionPair): string {
  const from = pair.from === null ? null : sectionName(pair.from);
  const to = pair.to === null ? null : sectionName(pair.to);
  const name = from !== null && to !== null && from !== to ? `${esc(from)} → ${esc(to)}` : esc(to ?? from ?? '');
  const tags = [...(pair.status === 'matched' ? [] : [pair.status]), ...(pair.moved ? ['moved'] : [])];
  return `<h2>${name}${tags.map((t) => `<span class="tag ${t}">${t}</span>`).join('')}</h2>`;
}

/** One document's metadata card. */
function docCard(label: string, doc: DocumentHeader): string {
  const rows: Array<[string, string]> = [['Title', doc.title], ['Date', doc.date ?? '—'], ['Source', doc.source || '—'], ['Clauses', String(doc.clauses)]];
  return `<section class="doc"><h2>${label}</h2><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join('')}</dl></section>`;
}

/**
 * The HTML report of a diff: one self-contained page (inline CSS and script, no network) with
 * both documents' metadata and the summary, then each section side by side (A left, B right)
 * with word-level `<del>`/`<ins>`, moved clauses linked to their old place (`#a12`), filter
 * buttons and summary counts (the filter kept in the URL hash; it opens on the changes when there
 * are any), `j`/`k` between changes and a list of the changes. Every piece of document text is escaped.
 */
export function renderHtml(result: DiffResult): string {
  const groups = groupBySection(result);
  const rows = layoutRows(groups);
  // Button counts are changes, as in the summary; the old-place rows of moved clauses are not counted.
  const count = (cls: string): number => (cls === 'all' ? result.changes.length : result.changes.filter((c) => rowClasses(c).includes(cls)).length);
  const { from, to } = result;
  const title = from.title === to.title ? to.title : `${from.title} → ${to.title}`;
  const start = result.changes.some((change) => !isUnchanged(change)) ? 'changed' : 'all';
  const head = `<thead><tr><th>A · ${esc(from.date ?? 'old')}</th><th>B · ${esc(to.date ?? 'new')}</th></tr></thead>`;
  const sections = groups.map((group, i) => {
    const body = rows[i]!.length > 0 ? `<table>${head}<tbody>${rows[i]!.map(rowHtml).join('\n')}</tbody></table>` : '<p class="empty">No clauses directly in this section.</p>';
    return `<section class="sec" data-status="${group.pair.status}">${sectionHeading(group.pair)}\n${body}</section>`;
  });
  return `<!DOCTYPE html>
<html lang="${guessLang(result)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="clausewise">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body data-filter="${start}" data-default="${start}">
<header>
<h1>${esc(title)}</h1>
<div class="docs">${docCard('A · old', from)}${docCard('B · new', to)}</div>
<ul class="summary">${SUMMARY_ORDER.map((k) => `<li class="s-${k}"><a href="#filter=${k}" data-filter="${k}"${result.summary[k] === 0 ? ' class="zero"' : ''}><b>${result.summary[k]}</b> ${k}</a></li>`).join('')}</ul>
</header>
<nav class="filters" aria-label="Filter rows" hidden>${FILTERS.map(([label, cls]) => `<button type="button" data-filter="${cls}" aria-pressed="${cls === start}">${label} (${count(cls)})</button>`).join('')}<span class="keys">j / k: next / previous change</span></nav>
<div class="layout">
${changeListHtml(groups)}
<main>
${sections.join('\n')}
</main>
</div>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}
