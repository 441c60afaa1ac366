'use strict';
// Build step: run the CLI bundle on the bundled declarations, in this process and without
// writing anything but the cache, then save V8's code cache of all the code those commands
// compiled (dist/cli/clausewise.cache, read by src/cli/launcher.cjs), then, after diffs of raw
// pages, that code with the importer's (dist/cli/clausewise-raw.cache); then the same for init
// and import, in a temporary store (dist/cli/clausewise-store.cache); then the review UI's, from
// one frame of the bundled pair's review (dist/ui/entry.cache). Commands fail the build
// when they fail: the cache would then miss their code, and the CLI is broken anyway.
const { execFileSync, spawnSync } = require('node:child_process');
const { PassThrough } = require('node:stream');
const { mkdtempSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadBundle, loadUiBundle, CACHE, RAW_CACHE, STORE_CACHE, UI_CACHE } = require('../../dist/cli/main.js');

const ROOT = join(__dirname, '../..');
const SEED = 'declarations/2020-moscow.md';
const REVISED = 'fixtures/synthetic-2020-moscow-revised.md';
/**
 * What people run most: the JSON and the text report (the review UI aligns as `diff` does). Every
 * start deserialises the whole cache, so it holds only these: with the other report formats,
 * `normalise` and `--help` it was twice the size and cost every start 5–11 M instructions more;
 * other commands compile their own code as they always did.
 */
const COMMANDS = [
  ['diff', '--json', SEED, REVISED],
  ['diff', SEED, REVISED],
];

/**
 * Diffs of the seed as scraped, a page of Markdown, and of an HTML rendering of it: the
 * importer's raw paths, the repair passes, remark and the HTML reader, for `RAW_CACHE`.
 */
const RAW_COMMANDS = [
  ['diff', '--json', 'fixtures/seed-2020-moscow.txt', REVISED],
  ['diff', '--json', 'fixtures/renderings/2020-moscow.utf8.html', REVISED],
];

/**
 * `init` and `import` of the seed as scraped, for their own cache (`STORE_CACHE`, see the
 * launcher), into a store made in a temporary folder. The seed is a page of Markdown: the
 * importer's raw path, the repair passes and remark run, and the whole commit.
 */
function storeCommands(store) {
  return [
    ['init', store],
    ['--store', store, 'import', 'fixtures/seed-2020-moscow.txt'],
  ];
}

/**
 * Run each step's commands in one fresh instance of the bundle, in turn, and after each step
 * write the code cache of all that the commands so far compiled to the step's cache.
 */
async function makeCaches(steps) {
  const { cli, script } = loadBundle(undefined);
  const io = { stdout() {}, flush() {}, stderr() {}, cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, isTTY: false };
  for (const { commands, cache } of steps) {
    let errors = '';
    for (const argv of commands) {
      const code = await cli.run(argv, { ...io, stderr: (text) => (errors += text) });
      if (code > 1) throw new Error(`clausewise ${argv.join(' ')} failed (${code}): ${errors.trim()}`);
    }
    writeCache(script, cache);
  }
}

/** Write the code cache of what `script` compiled to `path`, under a temporary name first (V8 does not check a cache's payload). */
function writeCache(script, path) {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, script.createCachedData());
  renameSync(partial, path);
}

/**
 * The review UI's code cache (`UI_CACHE`): the bundled pair's review drawn once, at 160×45, into
 * streams that stand for a terminal, then quit with `q`.
 */
async function makeUiCache() {
  const { cli } = loadBundle(undefined);
  let json = '';
  const io = { stdout: (text) => (json += text), flush() {}, stderr() {}, cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, isTTY: false };
  const code = await cli.run(['diff', '--json', SEED, REVISED], io);
  if (code > 1) throw new Error(`clausewise diff --json ${SEED} ${REVISED} failed (${code})`);
  const { ui, script } = loadUiBundle(undefined);
  await Promise.all([ui.loadCellWidths(), ui.loadLayoutEngine()]);
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 160, rows: 45 });
  stdout.resume();
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode() {}, ref() {}, unref() {} });
  let drawn = false;
  await ui.runReviewUI(JSON.parse(json), {
    stdin,
    stdout,
    color: true,
    onFirstFrame: () => {
      drawn = true;
      setTimeout(() => stdin.write('q'), 10);
    },
  });
  if (!drawn) throw new Error('the review UI drew no frame');
  writeCache(script, UI_CACHE);
}

async function main() {
  if (process.argv[2] === 'ui') {
    await makeUiCache();
    return;
  }
  if (process.argv[2] !== 'store') {
    // The raw cache holds what the diffs compiled and what the raw pages added.
    await makeCaches([{ commands: COMMANDS, cache: CACHE }, { commands: RAW_COMMANDS, cache: RAW_CACHE }]);
    // In a process of its own: V8 shares compiled functions between scripts of the same source,
    // and the store cache would take in the code the diffs compiled.
    execFileSync(process.execPath, [__filename, 'store'], { stdio: 'inherit' });
    // Ink's cursor restore writes ESC[?25h to stderr as that process exits: not a message.
    const ui = spawnSync(process.execPath, [__filename, 'ui'], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    const said = (ui.stderr ?? '').replace(/\u001B\[\?25h/g, '');
    if (said) process.stderr.write(said);
    if (ui.status !== 0) throw new Error(`the review UI's code cache was not made (exit ${ui.status ?? ui.signal})`);
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'clausewise-build-store-'));
  try {
    await makeCaches([{ commands: storeCommands(join(scratch, 'store')), cache: STORE_CACHE }]);
  } catch (error) {
    // A machine that builds without git still gets a working CLI: init and import compile from
    // source, as they would with a cache V8 turns down. Any other failure fails the build.
    if (!/git is not installed/.test(error.message)) throw error;
    console.warn(`make-code-cache: no cache for init and import (${error.message.split(': ').pop()})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`make-code-cache: ${error.message}`);
  process.exit(1);
});
