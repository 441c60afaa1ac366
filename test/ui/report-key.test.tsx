import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { compareReferences } from '../../src/cli/compare.js';
import { bufferIO } from '../../src/cli/io.js';
import { docxReportWriter, reportName } from '../../src/cli/review-report.js';
import { App } from '../../src/render/ui/app.js';
import { documentXmlOf, readParagraphs, view } from '../render/docx/read-docx.js';
import { ROOT } from '../support/cli.js';
import { KEY, press, tick, waitFor } from './support.js';

afterEach(() => cleanup());

const REVISED = 'fixtures/synthetic-2020-moscow-revised.md';

describe('the review\'s w key', () => {
  it('writes the pair\'s Word redline into the working folder and says so in the footer', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'clausewise-review-docx-'));
    const { from, to, result } = await compareReferences('2020-moscow', REVISED, bufferIO({ cwd: ROOT }));
    const ui = render(<App result={result} color={false} writeReport={docxReportWriter(cwd, from, to, result)} />);
    await tick();
    await press(ui, 'w');
    await waitFor(ui, (frame) => frame.includes('wrote 2020-moscow-vs-synthetic-2020-moscow-revised.docx'));
    expect(ui.lastFrame()).toContain('wrote 2020-moscow-vs-synthetic-2020-moscow-revised.docx');
    const file = join(cwd, '2020-moscow-vs-synthetic-2020-moscow-revised.docx');
    expect(view(readParagraphs(documentXmlOf(readFileSync(file))), 'accept')[0]!.text).toBe(to.declaration.meta.title);
    await press(ui, 'j');
    expect(ui.lastFrame()).not.toContain('wrote ');
  });

  it('leaves w to the search being typed', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'clausewise-review-docx-'));
    const { from, to, result } = await compareReferences('2020-moscow', REVISED, bufferIO({ cwd: ROOT }));
    const ui = render(<App result={result} color={false} writeReport={docxReportWriter(cwd, from, to, result)} />);
    await tick();
    await press(ui, '/', 'w');
    await tick(100);
    expect(ui.lastFrame()).toContain('/w');
    await press(ui, KEY.escape);
    expect(existsSync(join(cwd, reportName('2020-moscow', REVISED)))).toBe(false);
  });

  it('names the report after the pair, in characters safe in any file system', () => {
    expect(reportName('2020-moscow@HEAD~1', 'fixtures/b.md')).toBe('2020-moscow-HEAD-1-vs-b.docx');
    expect(reportName('../宣言.txt', '/x/y')).toBe('declaration-vs-y.docx');
  });
});
