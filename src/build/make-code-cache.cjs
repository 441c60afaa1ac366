'use strict';
// Build step: run the CLI bundle on the bundled declarations, in this process and without
// writing anything but the cache, then save V8's code cache of all the code those commands
// compiled (dist/cli/clausewise.cache, read by src/cli/launcher.cjs). Commands fail the build
// when they fail: the cache would then miss their code, and the CLI is broken anyway.
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle, CACHE } = require('../../dist/cli/main.js');

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

async function main() {
  const { cli, script } = loadBundle(undefined);
  const io = { stdout() {}, flush() {}, stderr() {}, cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, isTTY: false };
  let errors = '';
  for (const argv of COMMANDS) {
    const code = await cli.run(argv, { ...io, stderr: (text) => (errors += text) });
    if (code > 1) throw new Error(`clausewise ${argv.join(' ')} failed (${code}): ${errors.trim()}`);
  }
  const partial = `${CACHE}.${process.pid}.tmp`;
  writeFileSync(partial, script.createCachedData());
  renameSync(partial, CACHE);
}

main().catch((error) => {
  console.error(`make-code-cache: ${error.message}`);
  process.exit(1);
});
