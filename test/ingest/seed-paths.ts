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
