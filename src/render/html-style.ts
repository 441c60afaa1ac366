/**
 * The inline stylesheet and script of the HTML report: no network, no external fonts.
 * Chinese text uses the CJK fonts of the reader's system; the filter bar hides rows by class.
 */

/** The page's CSS. */
export const REPORT_CSS = `
:root { --del-bg: #ffebe9; --del-fg: #82071e; --ins-bg: #dafbe1; --ins-fg: #116329; --move: #8250df; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; padding: 0 24px 48px; color: #1f2328; background: #fff;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans", sans-serif;
  font-size: 15px; line-height: 1.75; }
header { padding: 20px 0 8px; }
h1 { font-size: 22px; margin: 0 0 12px; line-height: 1.4; }
.docs { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.doc { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.doc h2 { font-size: 13px; margin: 0 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.doc dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.doc dt { color: var(--muted); }
.doc dd { margin: 0; overflow-wrap: anywhere; }
.summary { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 14px 0 0; }
.summary li { border: 1px solid var(--line); border-radius: 999px; padding: 0 12px; }
.summary b { font-variant-numeric: tabular-nums; }
.filters { position: sticky; top: 0; z-index: 2; background: #fff; padding: 10px 0; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 6px; }
.filters button { font: inherit; font-size: 14px; border: 1px solid var(--line); background: #f6f8fa; border-radius: 6px; padding: 2px 12px; cursor: pointer; }
.filters button[aria-pressed="true"] { background: #0969da; border-color: #0969da; color: #fff; }
.sec { margin-top: 24px; }
.sec h2 { font-size: 18px; margin: 0 0 8px; }
.tag { font-size: 12px; font-weight: normal; border-radius: 4px; padding: 1px 6px; margin-left: 8px; vertical-align: middle; background: #eaeef2; }
.tag.renamed, .tag.moved { background: #fbefff; color: var(--move); }
.tag.added { background: var(--ins-bg); color: var(--ins-fg); }
.tag.removed { background: var(--del-bg); color: var(--del-fg); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { text-align: left; font-size: 13px; color: var(--muted); font-weight: normal; padding: 2px 10px; border-bottom: 1px solid var(--line); }
td { vertical-align: top; padding: 6px 10px; border-bottom: 1px solid #eaeef2; width: 50%; overflow-wrap: anywhere; }
td.a { border-right: 1px solid var(--line); }
tr.same td { color: #424a53; }
tr.removed td.a { background: #fff5f5; }
tr.ghost td.a { background: #fbf7ff; }
tr.added td.b { background: #f0fff4; }
tr.moved td { box-shadow: inset 3px 0 0 var(--move); }
tr.moved td.b { box-shadow: none; }
.clause + .clause { margin-top: 6px; }
.cid { display: inline-block; min-width: 2.6em; font-size: 12px; color: var(--muted); font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; text-decoration: none; }
.kind { font-size: 12px; color: var(--muted); margin-left: 4px; }
.note { font-size: 13px; color: var(--move); }
.note a { color: var(--move); }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: none; }
.removed-text { color: var(--del-fg); }
.added-text { color: var(--ins-fg); }
.ghost .t { color: var(--muted); }
:target { outline: 2px solid #0969da; outline-offset: 2px; }
.empty { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
@media (max-width: 700px) { .docs { grid-template-columns: 1fr; } }
@media print {
  body { padding: 0; font-size: 10.5pt; }
  .filters { display: none; }
  tr, .doc { break-inside: avoid; page-break-inside: avoid; }
  .sec h2 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The page's script: the filter buttons show only rows of a class, and hide emptied sections. */
export const REPORT_JS = `
(function () {
  var bar = document.querySelector('.filters');
  if (!bar) return;
  bar.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.row'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.sec'));
  var buttons = Array.prototype.slice.call(bar.querySelectorAll('button'));
  function apply(filter) {
    rows.forEach(function (row) { row.hidden = filter !== 'all' && !row.classList.contains(filter); });
    sections.forEach(function (sec) { sec.hidden = filter !== 'all' && !sec.querySelector('tr.row:not([hidden])'); });
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === filter)); });
    document.body.setAttribute('data-filter', filter);
  }
  buttons.forEach(function (b) { b.addEventListener('click', function () { apply(b.getAttribute('data-filter')); }); });
  apply('all');
})();
`;
