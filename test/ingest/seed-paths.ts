/** Paths of the fixtures the ingest tests read. */
import { fileURLToPath } from 'node:url';

/** Absolute path of a file under fixtures/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

/** The real 2020 Moscow declaration page text as scraped. */
export const SEED = fixture('seed-2020-moscow.txt');

/** The derived renderings of the seed (see fixtures/README.md), by file name. */
export const RENDERINGS = [
  '2020-moscow.gbk.html',
  '2020-moscow.utf8.html',
  '2020-moscow.traditional.txt',
  '2020-moscow.wrapped-crlf.txt',
  '2020-moscow.bom.txt',
  '2020-moscow.utf16le.txt',
] as const;

/**
 * Import `text` as a user's scrape and check it gives exactly what the seed gives: the same
 * clauses, sections and metadata (the source aside).
 */
export async function expectImportsAsSeed(text: string): Promise<void> {
  const [{ expect }, { importBytes, importFile }, { flattenClauses, flattenSections }] = await Promise.all([
    import('vitest'),
    import('../../src/ingest/index.js'),
    import('../../src/tree/flatten.js'),
  ]);
  const declaration = await importBytes(new TextEncoder().encode(text));
  const seed = await importFile(SEED);
  expect(flattenClauses(declaration)).toEqual(flattenClauses(seed));
  expect(flattenSections(declaration)).toEqual(flattenSections(seed));
  expect({ ...declaration.meta, source: undefined }).toEqual({ ...seed.meta, source: undefined });
}
