import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { detectForm } from '../../src/ingest/detect-form.js';
import { parseRawReport } from '../../src/ingest/raw.js';
import { generatePair, scaledBase } from '../gen/generate.js';
import { rawForms } from '../gen/raw-forms.js';

/**
 * Reference hashes of what the raw readers make of every fixture (in its own form, and read as
 * Markdown) and of generated raw Markdown, page text and HTML pages at 120 and 1,000 clauses: the
 * whole report (blocks' tree, what was dropped, labels, what is missing). Taken before the
 * line-based Markdown reader (the HTML pages' before the direct HTML reader);
 * `UPDATE_RAW_HASHES=1` writes them again.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const HASHES = join(import.meta.dirname, 'raw-hashes.json');

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

async function hash(text: string, form: 'html' | 'markdown' | 'text'): Promise<string> {
  let value: string;
  try {
    value = JSON.stringify(await parseRawReport(text, form));
  } catch (error) {
    value = `error: ${(error as Error).message}`;
  }
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

async function inputs(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const path of [...files(join(ROOT, 'fixtures', 'renderings')), ...files(join(ROOT, 'fixtures', 'summits')), join(ROOT, 'fixtures', 'seed-2020-moscow.txt')]) {
    try {
      texts.set(relative(ROOT, path), decodeBytes(readFileSync(path)).text);
    } catch {
      // not text: nothing to read
    }
  }
  for (const size of [120, 1000]) {
    const pair = generatePair(1, 3, { base: scaledBase(size, 1), edits: Math.max(14, Math.round(size / 10)) });
    for (const [side, declaration] of [['a', pair.a], ['b', pair.b]] as const) {
      const { markdown, pageText, html } = rawForms(declaration);
      texts.set(`generated ${size} ${side} markdown`, markdown);
      texts.set(`generated ${size} ${side} page text`, pageText);
      texts.set(`generated ${size} ${side} html`, html);
    }
  }
  return texts;
}

async function hashes(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const [name, text] of await inputs()) {
    const form = detectForm(text);
    if (form !== 'canonical') result[`${name} (${form})`] = await hash(text, form);
    if (form !== 'html' && form !== 'markdown') result[`${name} (read as markdown)`] = await hash(text, 'markdown');
  }
  return result;
}

describe('raw readers', () => {
  it('make of every fixture and generated raw input what they made before the line-based Markdown reader', async () => {
    const now = await hashes();
    if (process.env['UPDATE_RAW_HASHES']) writeFileSync(HASHES, `${JSON.stringify(now, null, 1)}\n`);
    const reference = JSON.parse(readFileSync(HASHES, 'utf8')) as Record<string, string>;
    expect(now).toEqual(reference);
  }, 120_000);
});
