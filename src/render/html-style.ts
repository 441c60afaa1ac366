/**
 * The inline stylesheet and script of the HTML report: no network, no external fonts.
 * Chinese text uses the CJK fonts of the reader's system; the filter bar hides rows by class.
 * Light and dark colours are variables; below 700 px the two columns stack.
 */

/** The page's CSS. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --bg-soft: #f6f8fa; --del-bg: #ffebe9; --del-fg: #82071e; --ins-bg: #dafbe1; --ins-fg: #116329;
  --move: #8250df; --move-bg: #fbefff; --line: #d0d7de; --line-soft: #eaeef2; --muted: #57606a; --same: #424a53; --accent: #0969da;
  --removed-row: #fff5f5; --added-row: #f0fff4; --ghost-row: #fbf7ff; --focus: #bf8700; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --bg-soft: #161b22; --del-bg: #4b1d22; --del-fg: #ffa198; --ins-bg: #113d1f; --ins-fg: #7ee787;
    --move: #d2a8ff; --move-bg: #2d1f48; --line: #30363d; --line-soft: #21262d; --muted: #8d96a0; --same: #c9d1d9; --accent: #2f81f7;
    --removed-row: #1f1416; --added-row: #0f1f14; --ghost-row: #1b1626; --focus: #d29922; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 0 24px 48px; color: var(--fg); background: var(--bg);
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans", sans-serif;
  font-size: 15px; line-height: 1.75; }
a { color: var(--accent); }
header { padding: 20px 0 8px; }
h1 { font-size: 22px; margin: 0 0 12px; line-height: 1.4; }
.docs { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.doc { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.doc h2 { font-size: 13px; margin: 0 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.doc dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.doc dt { color: var(--muted); }
.doc dd { margin: 0; overflow-wrap: anywhere; }
.summary { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 14px 0 0; }
.summary a { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: 0 12px; color: inherit; text-decoration: none; }
.summary a:hover, .summary a:focus-visible { border-color: var(--accent); }
.summary a.zero { color: var(--muted); }
body[data-filter="matched"] .summary a[data-filter="matched"], body[data-filter="reworded"] .summary a[data-filter="reworded"],
body[data-filter="added"] .summary a[data-filter="added"], body[data-filter="removed"] .summary a[data-filter="removed"],
body[data-filter="split"] .summary a[data-filter="split"], body[data-filter="merged"] .summary a[data-filter="merged"],
body[data-filter="moved"] .summary a[data-filter="moved"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.summary b { font-variant-numeric: tabular-nums; }
.filters { position: sticky; top: 0; z-index: 2; background: var(--bg); padding: 10px 0; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.filters button { font: inherit; font-size: 14px; border: 1px solid var(--line); background: var(--bg-soft); color: var(--fg); border-radius: 6px; padding: 2px 12px; cursor: pointer; }
.filters button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.filters .keys { margin-left: auto; font-size: 13px; color: var(--muted); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 24px; }
.toc { font-size: 14px; }
.toc summary { cursor: pointer; color: var(--muted); margin-top: 16px; }
.toc ol { list-style: none; padding: 0; margin: 6px 0 0; }
.toc li a { display: block; padding: 1px 6px; border-radius: 4px; color: inherit; text-decoration: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.toc li a:hover { background: var(--bg-soft); }
.toc .m { display: inline-block; width: 1.4em; font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; }
.toc .m-added { color: var(--ins-fg); } .toc .m-removed { color: var(--del-fg); } .toc .m-moved { color: var(--move); }
@media (min-width: 1100px) {
  .layout { grid-template-columns: 230px minmax(0, 1fr); }
  .toc > details { position: sticky; top: 56px; max-height: calc(100vh - 64px); overflow: auto; }
}
.sec { margin-top: 24px; }
.sec h2 { font-size: 18px; margin: 0 0 8px; }
.tag { font-size: 12px; font-weight: normal; border-radius: 4px; padding: 1px 6px; margin-left: 8px; vertical-align: middle; background: var(--line-soft); }
.tag.renamed, .tag.moved { background: var(--move-bg); color: var(--move); }
.tag.added { background: var(--ins-bg); color: var(--ins-fg); }
.tag.removed { background: var(--del-bg); color: var(--del-fg); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { text-align: left; font-size: 13px; color: var(--muted); font-weight: normal; padding: 2px 10px; border-bottom: 1px solid var(--line); }
td { vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line-soft); width: 50%; overflow-wrap: anywhere; }
td.a { border-right: 1px solid var(--line); }
tr.same td { color: var(--same); }
tr.removed td.a { background: var(--removed-row); }
tr.ghost td.a { background: var(--ghost-row); }
tr.added td.b { background: var(--added-row); }
tr.moved td { box-shadow: inset 3px 0 0 var(--move); }
tr.moved td.b { box-shadow: none; }
tr.focus td, tr.focus td.b { box-shadow: inset 0 2px 0 var(--focus), inset 0 -2px 0 var(--focus); }
tr.focus td.a { box-shadow: inset 4px 0 0 var(--focus), inset 0 2px 0 var(--focus), inset 0 -2px 0 var(--focus); }
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
:target { outline: 2px solid var(--accent); outline-offset: 2px; }
/* A clause opened by its anchor (#b58) stops below the sticky bar, whose height the script measures. */
.clause { scroll-margin-top: calc(var(--bar-height, 52px) + 12px); }
.empty { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
@media (max-width: 700px) {
  body { padding: 0 12px 32px; }
  .docs { grid-template-columns: 1fr; }
  .filters { position: static; }
  .clause { scroll-margin-top: 8px; }
  .filters .keys { display: none; }
  table, tbody, tr, td { display: block; width: 100%; }
  thead { display: none; }
  td.a { border-right: none; }
  td.empty { display: none; }
  td.a:not(.empty)::before, td.b:not(.empty)::before { display: block; font-size: 12px; color: var(--muted); }
  td.a:not(.empty)::before { content: "A · old"; }
  td.b:not(.empty)::before { content: "B · new"; }
  tr.row { border-bottom: 1px solid var(--line); }
}
@media print {
  :root { color-scheme: light; }
  body { padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
  .filters { display: none; }
  .toc { display: none; }
  .layout { display: block; }
  tr, .doc { break-inside: avoid; page-break-inside: avoid; }
  .sec h2 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  tr.focus td { box-shadow: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
