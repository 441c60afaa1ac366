import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/ingest/index.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { fixture, RENDERINGS } from './seed-paths.js';

const normalise = async (bytes: Uint8Array): Promise<string> => toMarkdown(await importBytes(bytes, { source: 'input' }));

/** normalise(normalise(x)) == normalise(x): the canonical form is a fixed point. */
describe('normalising is byte-stable', () => {
  it.each(['seed-2020-moscow.txt', ...RENDERINGS.map((name) => `renderings/${name}`)])('%s', async (name) => {
    const once = await normalise(readFileSync(fixture(name)));
    const twice = await normalise(new TextEncoder().encode(once));
    expect(twice).toBe(once);
  });
});
