import { readFileSync } from 'node:fs';
import { importBytes } from '../../src/ingest/index.js';
try {
  await importBytes(readFileSync('/tmp/ab/brk10.txt'), { source: 'x', label: 'x' });
  console.log('ok');
} catch (e) { console.log((e as Error).message); }
