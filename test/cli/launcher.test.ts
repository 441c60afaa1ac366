import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importUi } from '../../src/cli/ui-module.js';
import { ROOT, spawnCli, tempDir } from '../support/cli.js';

const DIST = join(ROOT, 'dist');
const SEED = 'declarations/2020-moscow.md';
const REVISED = 'fixtures/synthetic-2020-moscow-revised.md';

/** Run a script with plain `node` (no test runner flags: V8 checks a code cache against the flags). */
function nodeEval(script: string, flags: readonly string[] = []) {
  const result = spawnSync(process.execPath, [...flags, '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

/** A copy of the built CLI in a temporary folder, to break its code cache without touching dist/. */
function copyOfDist(): string {
  const dir = tempDir('clausewise-dist-');
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  return join(dir, 'dist');
}

describe('the launcher (dist/cli/main.js)', () => {
  it('compiles the bundle with the code cache the build made, and V8 accepts it', () => {
    const result = nodeEval(
      `const { loadBundle, CACHE } = require('./dist/cli/main.js');
       const { script, cli } = loadBundle(require('fs').readFileSync(CACHE));
       console.log(JSON.stringify({ rejected: script.cachedDataRejected, main: typeof cli.main, run: typeof cli.run }));`,
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ rejected: false, main: 'function', run: 'function' });
  });

  it('gives init and import a code cache of their own, which V8 accepts too', () => {
    const result = nodeEval(
      `const { loadBundle, cacheFor, CACHE, STORE_CACHE } = require('./dist/cli/main.js');
       const chosen = [['import', 'x.txt'], ['--store', 'import', 'show', 'x'], ['init', 'x'], ['diff', 'a', 'b'], ['--store', 's', 'show', 'import'], []].map((argv) => cacheFor(argv) === STORE_CACHE ? 'store' : cacheFor(argv) === CACHE ? 'default' : '?');
       const { script } = loadBundle(require('fs').readFileSync(STORE_CACHE));
       console.log(JSON.stringify({ chosen, rejected: script.cachedDataRejected }));`,
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ chosen: ['store', 'default', 'store', 'default', 'default', 'default'], rejected: false });
  });

  it('gives a diff of raw pages (Markdown, text, HTML) a code cache of its own, which V8 accepts; canonical files keep the default', () => {
    const dir = tempDir('clausewise-launcher-');
    try {
      writeFileSync(join(dir, 'page.html'), '<!DOCTYPE html><html><body><p>x</p></body></html>');
      writeFileSync(join(dir, 'bom.md'), `\uFEFF${readFileSync(join(ROOT, SEED), 'utf8')}`);
      writeFileSync(join(dir, 'untitled.md'), '---\ndate: 2020-11-10\n---\n\n# 宣言\n');
      const result = nodeEval(
        `const { loadBundle, cacheFor, CACHE, RAW_CACHE, STORE_CACHE } = require('./dist/cli/main.js');
         const dir = ${JSON.stringify(dir)};
         const name = (cache) => cache === RAW_CACHE ? 'raw' : cache === STORE_CACHE ? 'store' : cache === CACHE ? 'default' : '?';
         const cases = [
           ['diff', '--json', '${SEED}', '${REVISED}'],
           ['diff', '--json', 'fixtures/seed-2020-moscow.txt', '${REVISED}'],
           ['diff', '${SEED}', dir + '/page.html', '-o', '/dev/null'],
           ['review', dir + '/untitled.md', '${SEED}'],
           ['diff', dir + '/bom.md', '${SEED}', '--format', 'html'],
           ['diff', 'missing.txt', '${SEED}'],
           ['--store', 'fixtures/seed-2020-moscow.txt', 'show', '2020-moscow'],
           ['import', 'fixtures/seed-2020-moscow.txt'],
           ['diff', dir, '${SEED}'],
         ];
         const { script } = loadBundle(require('fs').readFileSync(RAW_CACHE));
         console.log(JSON.stringify({ chosen: cases.map((argv) => name(cacheFor(argv))), rejected: script.cachedDataRejected }));`,
      );
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({ chosen: ['default', 'raw', 'raw', 'raw', 'default', 'default', 'default', 'store', 'default'], rejected: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the bundle as one-byte text: the build leaves no byte above 0x7F in it', () => {
    const bytes = readFileSync(join(DIST, 'cli/clausewise.js'));
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
    // The escaped characters are still the same characters to the program: a Chinese report is right.
    const report = spawnCli(['diff', SEED, REVISED]);
    expect(report.stdout).toContain('成员国');
  });

  it('runs the same when V8 turns the cache down: made for other flags, truncated, not a cache, missing', () => {
    const expected = spawnCli(['diff', '--json', SEED, REVISED]);
    expect(expected.stdout).toContain('clausewise/diff@1');
    // Flags are part of what V8 checks: under --no-opt the build's cache does not fit.
    const rejectedUnder = (flags: string[]) => nodeEval(`const { loadBundle, CACHE } = require('./dist/cli/main.js'); console.log(loadBundle(require('fs').readFileSync(CACHE)).script.cachedDataRejected)`, flags).stdout;
    expect([rejectedUnder([]), rejectedUnder(['--no-opt'])]).toEqual(['false', 'true']);
    const underOtherFlags = spawnSync(process.execPath, ['--no-opt', join(DIST, 'cli/main.js'), 'diff', '--json', SEED, REVISED], { cwd: ROOT, encoding: 'utf8' });
    expect([underOtherFlags.status, underOtherFlags.stderr, underOtherFlags.stdout]).toEqual([expected.code, '', expected.stdout]);
    const dist = copyOfDist();
    try {
      const cache = join(dist, 'cli/clausewise.cache');
      const whole = readFileSync(cache);
      for (const prepare of [() => writeFileSync(cache, whole.subarray(0, whole.length >> 1)), () => writeFileSync(cache, 'not a cache'), () => rmSync(cache)]) {
        prepare();
        const result = spawnSync(process.execPath, [join(dist, 'cli/main.js'), 'diff', '--json', SEED, REVISED], { cwd: ROOT, encoding: 'utf8' });
        expect([result.status, result.stderr, result.stdout]).toEqual([expected.code, '', expected.stdout]);
      }
    } finally {
      rmSync(join(dist, '..'), { recursive: true, force: true });
    }
  });

  it('keeps the review UI out of the CLI bundle, as a CommonJS bundle of its own with a code cache V8 accepts', () => {
    const bundle = readFileSync(join(DIST, 'cli/clausewise.js'), 'latin1');
    expect(bundle).not.toContain('yoga');
    const ui = readFileSync(join(DIST, 'ui/entry.cjs'));
    expect(ui.toString('latin1')).toContain('yoga');
    expect(ui.findIndex((byte) => byte > 0x7f)).toBe(-1);
    const result = nodeEval(
      `const { loadUiBundle, UI_CACHE } = require('./dist/cli/main.js');
       const { ui, script } = loadUiBundle(require('fs').readFileSync(UI_CACHE));
       ui.loadLayoutEngine().then(() => console.log(JSON.stringify({ rejected: script.cachedDataRejected, run: typeof ui.runReviewUI, corpus: typeof ui.runCorpusUI })));`,
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ rejected: false, run: 'function', corpus: 'function' });
  });
});

describe('importUi', () => {
  it('imports the UI module directly when no launcher left its loader (tests, sources)', async () => {
    const ui = await importUi();
    expect(typeof ui.runReviewUI).toBe('function');
    expect(typeof ui.loadCellWidths).toBe('function');
  });
});
