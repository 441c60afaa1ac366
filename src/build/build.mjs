// `npm run build`: dist/ from src/. The CLI is one CommonJS bundle run from a V8 code cache by a
// small launcher (see src/cli/launcher.cjs); the review UI is a CommonJS bundle of its own, with a
// cache of its own, loaded only by the commands that draw it.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');
const at = (path) => join(ROOT, path);

/** What both bundles share: Node 20, minified, no devtools, no fetch (Yoga would load undici for its WebAssembly). */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  absWorkingDir: ROOT,
  alias: {
    'react-devtools-core': './src/render/ui/no-devtools.ts',
    // Stand-ins that keep two dependencies from building the standard streams and loading net (see the files).
    'node:process': './src/cli/process-shim.cjs',
    'node:child_process': './src/cli/child-process-lazy.cjs',
  },
  define: { 'process.env.NODE_ENV': '"production"', fetch: 'undefined' },
};

/**
 * Ink, cli-truncate and widest-line measure with string-width 8: in the UI bundle they get
 * src/render/ui/quick-string-width.ts, which counts common characters directly and asks
 * string-width 8 for the rest. wrap-ansi keeps its own string-width 7, which measures some
 * characters differently (© and ® as 2 cells, Hebrew points as 1).
 */
const quickStringWidth = {
  name: 'quick-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) => (/[\\/]node_modules[\\/]wrap-ansi[\\/]/.test(args.importer) ? undefined : { path: at('src/render/ui/quick-string-width.ts') }));
  },
};

/** Ink turns each row of a frame into a string with @alcalzone/ansi-tokenize: a faster `styledCharsToString` (see the file). */
const quickAnsiTokenize = {
  name: 'quick-ansi-tokenize',
  setup(build) {
    build.onResolve({ filter: /^@alcalzone\/ansi-tokenize$/ }, () => ({ path: at('src/render/ui/quick-ansi-tokenize.ts') }));
  },
};

/**
 * The UI bundle is CommonJS, so that the launcher can run it from a code cache as it runs the CLI,
 * and CommonJS holds no top-level await. `yoga-layout` readies its WebAssembly with one: the UI
 * gets `src/render/ui/yoga-stand-in.ts` in its place, and in the place of `layout-engine.ts`, whose
 * loader every render awaits. Ink's reconciler awaits twice at its top, only when `DEV=true`
 * (React devtools, its package.json for them): those two are taken out here, and the build fails
 * if Ink's source no longer holds them as written.
 */
const commonJsUi = {
  name: 'common-js-ui',
  setup(build) {
    const standIn = at('src/render/ui/yoga-stand-in.ts');
    build.onResolve({ filter: /^yoga-layout$/ }, () => ({ path: standIn }));
    build.onResolve({ filter: /(^|\/)layout-engine\.js$/ }, (args) => (/[\\/]src[\\/]render[\\/]ui[\\/]/.test(args.importer) ? { path: standIn } : undefined));
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const devtools = "await import('./devtools.js');";
      const packageJson = '? await loadPackageJson()';
      if (!text.includes(devtools) || !text.includes(packageJson)) throw new Error(`${args.path}: Ink's dev-only top-level awaits are not as the build expects`);
      return { contents: text.replace(devtools, 'void 0;').replace(packageJson, '? { name: undefined, version: undefined }'), loader: 'js' };
    });
  },
};

rmSync(DIST, { recursive: true, force: true });
execFileSync(process.execPath, [at('node_modules/typescript/bin/tsc'), '-p', at('tsconfig.build.json'), '--noEmit'], { stdio: 'inherit' });
const cli = await build({
  ...common,
  entryPoints: [at('src/cli/cli.ts')],
  outfile: at('dist/cli/clausewise.js'),
  format: 'cjs',
  // Every `import()` becomes a `require()`: code run from a code cache cannot import.
  supported: { 'dynamic-import': false },
  // The UI is imported by the launcher (src/cli/ui-module.ts). pinyin-pro (a 320 KB dictionary) and
  // iuliia romanise a place name the gazetteer lacks, rarely: required from node_modules then, they
  // add nothing to the bundle every run reads.
  external: ['../render/ui/entry.js', 'pinyin-pro', 'iuliia'],
  // Kept in memory, to be written once made ASCII-only.
  write: false,
});
mkdirSync(at('dist/cli'), { recursive: true });
for (const { path, text } of cli.outputFiles) writeFileSync(path, asciiOnly(text, path));
const ui = await build({
  ...common,
  plugins: [quickStringWidth, quickAnsiTokenize, commonJsUi],
  entryPoints: [at('src/render/ui/entry.tsx')],
  outfile: at('dist/ui/entry.cjs'),
  format: 'cjs',
  supported: { 'dynamic-import': false },
  write: false,
});
mkdirSync(at('dist/ui'), { recursive: true });
for (const { path, text } of ui.outputFiles) writeFileSync(path, asciiOnly(text, path));
// The package is "type": "module"; the launcher and the bundle are CommonJS.
writeFileSync(at('dist/cli/package.json'), '{ "type": "commonjs" }\n');
copyFileSync(at('src/cli/launcher.cjs'), at('dist/cli/main.js'));
chmodSync(at('dist/cli/main.js'), 0o755);
execFileSync(process.execPath, [at('src/build/make-code-cache.cjs')], { stdio: 'inherit' });

/**
 * Escape the characters esbuild leaves as they are (in regular expressions) as \uXXXX, so that
 * the launcher reads the bundle as one-byte text: decoding 800 KB of UTF-8 with a few CJK
 * characters in it makes a two-byte string and costs Node 17 M instructions on every start.
 * A character after a backslash would change meaning: the build fails instead.
 */
function asciiOnly(text, file) {
  return text.replace(/[^\0-\x7f]/g, (unit, offset) => {
    if (text[offset - 1] === '\\') throw new Error(`${file}: a non-ASCII character after a backslash at ${offset}`);
    return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
