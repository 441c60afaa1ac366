/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. Skipped, with a
 * warning, where /usr/bin/chromium is missing (`.ci/run` installs it).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { HOSTILE, sampleDiff } from '../render/build-diff.js';
import { runCli, SEED } from '../support/cli.js';

const CHROMIUM = '/usr/bin/chromium';

/** The little of the DOM that the in-page callbacks use (the project compiles without the DOM lib). */
interface DomNode {
  id: string;
  textContent: string | null;
  firstChild: DomNode | null;
  querySelector(selector: string): DomNode | null;
}
type DomWindow = { getComputedStyle(element: unknown): { fontFamily: string } };
const available = existsSync(CHROMIUM);
if (!available) console.warn(`test/browser: ${CHROMIUM} not found, skipping the browser test (apt-get install chromium fonts-noto-cjk)`);

describe.skipIf(!available)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-report-'));

  beforeAll(async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(sampleDiff({ hostile: true })));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(5000);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Ids of the first clause of each visible row (the B side, else the A side). */
  async function visibleRows(): Promise<string[]> {
    return page.locator('tr.row:visible').evaluateAll((rows) => (rows as unknown as DomNode[]).map((row) => row.querySelector('td.b [id]')?.id ?? row.querySelector('td.a [id]')?.id ?? '?'));
  }

  async function visibleSections(): Promise<string[]> {
    return page.locator('section.sec:visible h2').evaluateAll((hs) => (hs as unknown as DomNode[]).map((h) => h.firstChild?.textContent ?? ''));
  }

  it('shows the changes at first, and the filter bar', async () => {
    expect(await page.locator('nav.filters').isVisible()).toBe(true);
    expect(await page.locator('tr.row:visible').count()).toBe(11); // 9 changes + 2 old places of moved clauses
    expect(await page.locator('button[aria-pressed="true"]').textContent()).toBe('Changes only (9)');
    await page.click('button[data-filter="all"]');
    expect(await page.locator('tr.row:visible').count()).toBe(32); // 30 changes + 2 old places of moved clauses
  });

  it('filters rows by class and hides sections left empty', async () => {
    const expected: Record<string, { rows: string[]; sections: string[] }> = {
      changed: { rows: ['b4', 'b5', 'a5', 'b6', 'b10', 'a11', 'b12', 'a21', 'b23', 'a22', 'b29'], sections: ['(preamble)', '安全合作 → 一、安全合作', '经贸合作', '议会合作', `数字经济${HOSTILE.script}`] },
      added: { rows: ['b5', 'b29'], sections: ['(preamble)', `数字经济${HOSTILE.script}`] },
      removed: { rows: ['a5', 'a22'], sections: ['(preamble)', '议会合作'] },
      reworded: { rows: ['b4', 'b10', 'b23'], sections: ['(preamble)', '安全合作 → 一、安全合作', '经贸合作'] },
      moved: { rows: ['a11', 'b12', 'a21', 'b23'], sections: ['安全合作 → 一、安全合作', '经贸合作'] },
    };
    for (const [filter, want] of Object.entries(expected)) {
      await page.click(`button[data-filter="${filter}"]`);
      expect(await visibleRows(), filter).toEqual(want.rows);
      expect(await visibleSections(), filter).toEqual(want.sections);
      expect(await page.locator(`button[data-filter="${filter}"]`).getAttribute('aria-pressed')).toBe('true');
    }
    await page.click('button[data-filter="all"]');
    expect(await page.locator('tr.row:visible').count()).toBe(32);
  });

  it('follows a "moved from" link to the old place of the clause', async () => {
    await page.click('td.b .note a[href="#a21"]');
    expect(new URL(page.url()).hash).toBe('#a21');
    expect(await page.locator('#a21').isVisible()).toBe(true);
  });

  it('shows hostile text as text: no dialog, no image, no request', async () => {
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('body').textContent()).toContain(HOSTILE.img);
    expect(await page.locator('h1').textContent()).toContain(HOSTILE.img);
    expect(requests).toEqual([]);
  });

  it('renders Chinese with a CJK font and hides the filter bar when printed', async () => {
    const family = await page.locator('td.b .t').first().evaluate((el) => (globalThis as unknown as DomWindow).getComputedStyle(el).fontFamily);
    expect(family).toMatch(/^"Noto Sans CJK SC"/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.filters').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('takes a screenshot (also into $CLAUSEWISE_SCREENSHOT_DIR when set)', async () => {
    await page.goto(`${page.url().split('#')[0]!}#`);
    await page.click('button[data-filter="changed"]');
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
    const target = process.env['CLAUSEWISE_SCREENSHOT_DIR'];
    if (target) {
      mkdirSync(target, { recursive: true });
      copyFileSync(shot, join(target, 'report.png'));
    }
  });

  it('opens a report written by `clausewise diff --format html -o` on the real seed', async () => {
    const out = join(dir, 'seed.html');
    const { code, stderr } = await runCli(['diff', SEED, SEED, '--format', 'html', '-o', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const seedPage = await browser.newPage();
    await seedPage.goto(pathToFileURL(out).href);
    const rows = await seedPage.locator('tr.row').count();
    expect(rows).toBeGreaterThan(100);
    await seedPage.click('button[data-filter="changed"]');
    expect(await seedPage.locator('tr.row:visible').count()).toBe(0); // identical inputs: nothing changed
    await seedPage.close();
  });
});
