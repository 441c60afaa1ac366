/**
 * Write the derived renderings of the seed into fixtures/renderings/.
 * Run: node --import tsx test/ingest/make-renderings.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildRenderings } from './renderings.js';

const root = new URL('../../fixtures/', import.meta.url);
const seed = readFileSync(new URL('seed-2020-moscow.txt', root), 'utf8');
for (const rendering of buildRenderings(seed)) {
  writeFileSync(new URL(`renderings/${rendering.name}`, root), rendering.bytes);
  console.log(`fixtures/renderings/${rendering.name}: ${rendering.bytes.length} bytes`);
}
