#!/usr/bin/env node
'use strict';
// The `clausewise` command (built as dist/cli/main.js). A short CLI run spends a quarter of its
// own time having V8 parse and compile the CLI's JavaScript; Node 20 has no compile cache for
// modules, so the CLI is one CommonJS bundle (dist/cli/clausewise.js), compiled here with the
// V8 code cache the build made by running it (dist/cli/clausewise.cache; clausewise-store.cache
// for init and import; clausewise-raw.cache for a diff of raw pages). V8 checks that the cache
// fits this Node and these flags and compiles from source when it does not. Which cache is read
// changes only how fast the CLI starts, never what it does.
const { closeSync, openSync, readFileSync, readSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, 'clausewise.js');
const CACHE = join(__dirname, 'clausewise.cache');
/**
 * The code cache of `init` and `import` (the importer's repair passes, remark, the store and
 * simple-git), apart: in the one cache every `diff` would deserialise code it never runs, and
 * without it an import compiled that code from source, about 30 ms of CPU on the seed.
 */
const STORE_CACHE = join(__dirname, 'clausewise-store.cache');
/**
 * The code cache of a diff of raw pages: `CACHE` and the importer's raw paths (the repair
 * passes, remark, the HTML reader). Twice the size of `CACHE`, which every canonical diff would
 * deserialise for nothing; without it a diff of two HTML pages compiled the HTML reader from
 * source, about 90 ms of CPU at 10,000 clauses.
 */
const RAW_CACHE = join(__dirname, 'clausewise-raw.cache');
/** The commands that read `STORE_CACHE`. */
const STORE_COMMANDS = new Set(['init', 'import']);
/** How much of a file is read to tell a canonical declaration (front matter with a title) from a raw page. */
const HEAD_BYTES = 4096;

/**
 * The cache for these arguments: the command is the first one that is neither an option nor the
 * value of `--store`; `RAW_CACHE` when another argument names a file that is not canonical.
 */
function cacheFor(argv, cwd = process.cwd()) {
  let k = 0;
  for (; k < argv.length; k++) {
    if (argv[k] === '--store') k++;
    else if (!argv[k].startsWith('-')) break;
  }
  if (k >= argv.length) return CACHE;
  if (STORE_COMMANDS.has(argv[k])) return STORE_CACHE;
  for (k++; k < argv.length; k++) {
    if (argv[k] === '--store') k++;
    else if (!argv[k].startsWith('-') && isRawFile(resolve(cwd, argv[k]))) return RAW_CACHE;
  }
  return CACHE;
}

/** Is `path` a file whose head is not a canonical declaration's (`isCanonical` in src/tree/markdown-read.ts)? */
function isRawFile(path) {
  let fd;
  try {
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return false;
    fd = openSync(path, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const text = head.toString('utf8', 0, readSync(fd, head, 0, HEAD_BYTES, 0));
    return !/^\uFEFF?---\r?\n(?:(?!---[ \t]*\r?\n)[^\n]*\n)*?title:/.test(text);
  } catch {
    return false; // unreadable: the CLI says so, with whichever cache
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
/** The review UI, a CommonJS bundle built apart (Ink, React, Yoga: only the commands that draw it load it), and its code cache. */
const UI = join(__dirname, '..', 'ui', 'entry.cjs');
const UI_CACHE = join(__dirname, '..', 'ui', 'entry.cache');

/** Compile and run a CommonJS bundle, with a code cache when given; returns its exports and its script. */
function runBundle(file, cachedData) {
  // ASCII only (the build escapes the rest): read as one-byte text, without decoding UTF-8.
  const source = readFileSync(file, 'latin1');
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, cachedData ? { filename: file, cachedData } : { filename: file });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, file, __dirname);
  return { exports: bundle.exports, script };
}

/** Compile and run the CLI bundle, with a code cache when given; returns its exports and its script. */
function loadBundle(cachedData) {
  const { exports, script } = runBundle(BUNDLE, cachedData);
  return { cli: exports, script };
}

/** Compile and run the UI bundle, with a code cache when given; returns its exports and its script. */
function loadUiBundle(cachedData) {
  const { exports, script } = runBundle(UI, cachedData);
  return { ui: exports, script };
}

/** The code cache at `path`, if the build made one. */
function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

module.exports = { loadBundle, loadUiBundle, cacheFor, CACHE, RAW_CACHE, STORE_CACHE, UI_CACHE };

if (require.main === module) {
  // The UI is loaded from here, with its own code cache (the key is `UI_LOADER` in src/cli/ui-module.ts).
  globalThis[Symbol.for('clausewise.loadUi')] = async () => loadUiBundle(readCache(UI_CACHE)).ui;
  void loadBundle(readCache(cacheFor(process.argv.slice(2)))).cli.main();
}
