/**
 * The HTML report's inline script: filters (buttons, summary counts, the URL hash), keyboard
 * navigation between changes (`j`/`k`, `n`/`p`) and the change list. Plain ES5, no network.
 */
export const REPORT_JS = `
(function () {
  var bar = document.querySelector('.filters');
  if (!bar) return;
  bar.hidden = false;
  // The bar wraps onto more lines on narrower screens: anchored clauses keep clear of its real height.
  function measureBar() { document.documentElement.style.setProperty('--bar-height', bar.offsetHeight + 'px'); }
  measureBar();
  window.addEventListener('resize', measureBar);
  var body = document.body;
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.row'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.sec'));
  var buttons = Array.prototype.slice.call(bar.querySelectorAll('button'));
  var tocItems = Array.prototype.slice.call(document.querySelectorAll('aside.toc li'));
  var known = buttons.map(function (b) { return b.getAttribute('data-filter'); });
  var current = null;
  var focus = null;
  function apply(filter, keepHash) {
    if (known.indexOf(filter) < 0) filter = 'all';
    current = filter;
    rows.forEach(function (row) { row.hidden = filter !== 'all' && !row.classList.contains(filter); });
    sections.forEach(function (sec) { sec.hidden = filter !== 'all' && !sec.querySelector('tr.row:not([hidden])'); });
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === filter)); });
    tocItems.forEach(function (li) {
      var target = document.getElementById(li.getAttribute('data-target'));
      var row = target && target.closest('tr');
      li.hidden = !!(row && row.hidden);
    });
    body.setAttribute('data-filter', filter);
    if (!keepHash && history.replaceState) history.replaceState(null, '', '#filter=' + filter);
    if (focus && focus.hidden) setFocus(null);
  }
  function fromHash() {
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash.indexOf('filter=') === 0) return apply(hash.slice(7), true);
    var target = hash && document.getElementById(hash);
    if (target) {
      var row = target.closest('tr');
      if (current === null) apply(body.getAttribute('data-default'), true);
      if (row && row.hidden) apply('all', true);
      if (row && row.classList.contains('changed')) setFocus(row, true);
      target.scrollIntoView({ block: 'center' });
      return;
    }
    apply(body.getAttribute('data-default'), true);
  }
  function setFocus(row, quiet) {
    if (focus) focus.classList.remove('focus');
    focus = row;
    if (!row) return;
    row.classList.add('focus');
    if (!quiet) row.scrollIntoView({ block: 'center' });
  }
  function move(step) {
    var list = rows.filter(function (row) { return !row.hidden && row.classList.contains('changed') && !row.classList.contains('ghost'); });
    if (list.length === 0) return;
    var at = focus ? list.indexOf(focus) : -1;
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, at + step));
    setFocus(list[next]);
  }
  buttons.forEach(function (b) { b.addEventListener('click', function () { apply(b.getAttribute('data-filter')); }); });
  Array.prototype.slice.call(document.querySelectorAll('.summary a[data-filter]')).forEach(function (a) {
    a.addEventListener('click', function (event) { event.preventDefault(); apply(a.getAttribute('data-filter')); });
  });
  window.addEventListener('hashchange', fromHash);
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = event.target && event.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
    if (event.key === 'j' || event.key === 'n') { move(1); event.preventDefault(); }
    else if (event.key === 'k' || event.key === 'p') { move(-1); event.preventDefault(); }
  });
  fromHash();
})();
`;
