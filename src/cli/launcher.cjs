#!/usr/bin/env node
'use strict';
// The `clausewise` command (built as dist/cli/main.js). A short CLI run spends a quarter of its
// own time having V8 parse and compile the CLI's JavaScript; Node 20 has no compile cache for
// modules, so the CLI is one CommonJS bundle (dist/cli/clausewise.js), compiled here with the
// V8 code cache the build made by running it (dist/cli/clausewise.cache, and clausewise-store.cache
// for init and import). V8 checks that the cache fits this Node and these flags and compiles from
// source when it does not.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, 'clausewise.js');
const CACHE = join(__dirname, 'clausewise.cache');
/**
 * The code cache of `init` and `import` (the importer's repair passes, remark, the store and
 * simple-git), apart: in the one cache every `diff` would deserialise code it never runs, and
 * without it an import compiled that code from source, about 30 ms of CPU on the seed.
 */
const STORE_CACHE = join(__dirname, 'clausewise-store.cache');
/** The commands that read `STORE_CACHE`. */
const STORE_COMMANDS = new Set(['init', 'import']);

/** The cache for these arguments: the command is the first one that is neither an option nor the value of `--store`. */
function cacheFor(argv) {
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--store') k++;
    else if (!argv[k].startsWith('-')) return STORE_COMMANDS.has(argv[k]) ? STORE_CACHE : CACHE;
  }
  return CACHE;
}
/** The review UI, an ES module built apart (see src/cli/ui-module.ts). */
const UI = join(__dirname, '..', 'ui', 'entry.js');

/** Compile and run the bundle, with a code cache when given; returns its exports and its script. */
function loadBundle(cachedData) {
  // ASCII only (the build escapes the rest): read as one-byte text, without decoding UTF-8.
  const source = readFileSync(BUNDLE, 'latin1');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, cachedData ? { filename: BUNDLE, cachedData } : { filename: BUNDLE });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, __dirname);
  return { cli: bundle.exports, script };
}

/** The code cache at `path`, if the build made one. */
function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

module.exports = { loadBundle, cacheFor, CACHE, STORE_CACHE };

if (require.main === module) {
  // Code run from a code cache cannot `import()`: the UI is imported from here (the key is
  // `UI_LOADER` in src/cli/ui-module.ts).
  globalThis[Symbol.for('clausewise.loadUi')] = () => import(require('node:url').pathToFileURL(UI).href);
  void loadBundle(readCache(cacheFor(process.argv.slice(2)))).cli.main();
}
