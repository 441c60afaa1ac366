import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Packages and project files reachable from a source file through static `import … from` lines. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
      const target = match[1]!;
      if (target.startsWith('.')) visit(resolve(dirname(file), target.replace(/\.js$/, '.ts')));
      else packages.add(target);
    }
  };
  visit(entry);
  return { files, packages };
}

/** CLI start-up matters: the HTML parser is loaded only when the input is HTML. */
describe('lazy loading of the HTML parser', () => {
  it('is not statically imported by the importer', () => {
    const { files, packages } = staticGraph(resolve(SRC, 'ingest/index.ts'));
    expect([...packages].filter((name) => /rehype|hast|parse5/.test(name))).toEqual([]);
    expect([...files].map((file) => file.slice(SRC.length))).not.toContain('ingest/html.ts');
  });

  it('is imported dynamically for HTML input', () => {
    expect(readFileSync(resolve(SRC, 'ingest/parse-input.ts'), 'utf8')).toContain("await import('./raw.js')");
    expect(readFileSync(resolve(SRC, 'ingest/raw.ts'), 'utf8')).toContain("await import('./html.js')");
  });
});

/** Canonical files (every store read, most diffs) need neither the repair passes nor the YAML library. */
describe('lazy loading for canonical files', () => {
  it('keeps YAML, entity tables, mdast and the repair passes out of the static graph of the importer', () => {
    const { files, packages } = staticGraph(resolve(SRC, 'ingest/index.ts'));
    expect([...packages].filter((name) => !name.startsWith('node:'))).toEqual([]);
    expect([...files].map((file) => file.slice(SRC.length)).filter((file) => /repair\/(?!line-endings)|from-blocks|raw\.ts/.test(file))).toEqual([]);
  });
});
