/**
 * The Word redline in a real office suite: LibreOffice (`soffice --headless`) opens the .docx,
 * exports it as PDF (which shows the tracked changes), and as OpenDocument, whose body holds the
 * text with every change accepted: it must be B. Skipped, with a warning, where soffice is
 * missing (`.ci/run` installs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { parseCanonicalSync } from '../../src/tree/markdown-parse.js';
import type { Declaration } from '../../src/types.js';
import { generatePair } from '../gen/generate.js';
import { expectedView } from '../render/docx/read-docx.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
if (!SOFFICE) console.warn('test/libreoffice: soffice not found, skipping the LibreOffice test (apt-get install libreoffice-writer-nogui poppler-utils)');
const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => parseCanonicalSync(readFileSync(join(ROOT, path), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'clausewise-libreoffice-'));
/** A profile of our own, so that another LibreOffice running on the machine does not take the conversion. */
const profile = pathToFileURL(join(dir, 'profile')).href;

/** Convert a file with LibreOffice into `dir`; the path of the result. */
function convert(file: string, to: string): string {
  execFileSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
  return file.replace(/\.docx$/, `.${to}`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The paragraphs of an OpenDocument body as LibreOffice shows them with every change accepted: tracked deletions and tables left out. */
function acceptedParagraphs(odt: string): string[] {
  const xml = new TextDecoder().decode(unzipSync(readFileSync(odt))['content.xml']);
  const body = xml.slice(xml.indexOf('<office:text')).replace(/<text:tracked-changes>[\s\S]*?<\/text:tracked-changes>/g, '').replace(/<table:table\b[\s\S]*?<\/table:table>/g, '');
  return [...body.matchAll(/<text:(p|h)\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:\1>)/g)]
    .map((m) => (m[2] ?? '')
      .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!))
    .filter((text) => !text.startsWith('Tracked changes turn A into B'));
}

/** Write the .docx of a pair. */
function writeDocx(name: string, a: Declaration, b: Declaration): string {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, renderDocx(align(a, b, { fromSource: 'a', toSource: 'b' }), a, b));
  return file;
}

describe.skipIf(!SOFFICE)('the Word redline in LibreOffice', () => {
  const a = read('declarations/2020-moscow.md');
  const b = read('fixtures/synthetic-2020-moscow-revised.md');

  it('opens and exports as PDF, with the text and the tracked changes on the page', { timeout: 300_000 }, () => {
    const pdf = convert(writeDocx('bundled', a, b), 'pdf');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    if (!hasPoppler) return console.warn('test/libreoffice: pdftotext or pdftoppm missing, the PDF was not read (apt-get install poppler-utils)');
    const text = execFileSync('/usr/bin/pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('上海合作组织成员国元首理事会莫斯科宣言（合成修订版）');
    // A removed clause still shows, struck through: LibreOffice exports tracked changes as shown.
    expect(text.replace(/\s/g, '')).toContain('成员国积极评价2020年3月2日在维也纳举行的联合国麻醉品委员会第63次会议期间');
    execFileSync('/usr/bin/pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-png', pdf, join(dir, 'page')]);
    expect(statSync(join(dir, 'page-01.png')).size).toBeGreaterThan(5_000);
  });

  it('reads back as B with every change accepted, on the bundled pair and on a generated pair with every kind of change', { timeout: 300_000 }, () => {
    // Seed 15: clauses added, removed, split, merged, moved and reworded, sections swapped, a heading dropped.
    const generated = generatePair(15, 3);
    const { summary } = align(generated.a, generated.b);
    for (const kind of ['added', 'removed', 'split', 'merged', 'moved', 'reworded'] as const) expect(summary[kind], kind).toBeGreaterThan(0);
    for (const [name, from, to] of [['bundled', a, b], ['generated', generated.a, generated.b]] as const) {
      const odt = convert(writeDocx(`${name}-odt`, from, to), 'odt');
      expect(acceptedParagraphs(odt), name).toEqual(expectedView(to).map((p) => p.text));
    }
  });
});
