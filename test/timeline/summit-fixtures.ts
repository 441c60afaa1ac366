import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimelineInput } from '../../src/timeline/chain.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import { ROOT } from '../support/cli.js';

/** Ids of the synthetic summits in fixtures/summits/, oldest first. */
export const SUMMIT_IDS = ['2020-seed', '2021-synthetic-a', '2022-synthetic-b', '2023-synthetic-c'] as const;

/** Path of a summit fixture. */
export function summitPath(id: string): string {
  return join(ROOT, 'fixtures/summits', `${id}.md`);
}

/** The committed summit files, parsed, oldest first. */
export function loadSummits(ids: readonly string[] = SUMMIT_IDS): TimelineInput[] {
  return ids.map((id) => ({ id, declaration: parseCanonicalSync(readFileSync(summitPath(id), 'utf8')) }));
}
