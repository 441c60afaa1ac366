/**
 * Daily use of the HTML report in Chromium (playwright-core): it opens on the changes, every
 * summary count filters, the filter lives in the URL hash, j/k (n/p) move between changes, a
 * sidebar lists the changes, narrow screens stack the columns, dark mode and print work.
 * Screenshots go to $CLAUSEWISE_SCREENSHOT_DIR when set.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { sampleDiff } from '../render/build-diff.js';
import { runCli, SEED } from '../support/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`test/browser: ${CHROMIUM} not found, skipping the browser test (apt-get install chromium fonts-noto-cjk)`);

/** The little of the DOM the in-page callbacks use (the project compiles without the DOM lib). */
interface DomNode { id: string; className: string; querySelector(selector: string): DomNode | null }
type DomWindow = { getComputedStyle(element: unknown): Record<string, string> };

describe.skipIf(!available)('HTML report: navigation in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-nav-'));
  const file = join(dir, 'report.html');
  const url = () => pathToFileURL(file).href;

  beforeAll(async () => {
    writeFileSync(file, renderHtml(sampleDiff()));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(5000);
    await page.goto(url());
  });
  afterAll(async () => { await browser?.close(); });

  const pressed = () => page.locator('nav.filters button[aria-pressed="true"]').textContent();
  const visibleRows = () => page.locator('tr.row:visible').evaluateAll((rows) => (rows as unknown as DomNode[]).map((row) => row.querySelector('td.b [id]')?.id ?? row.querySelector('td.a [id]')?.id ?? '?'));
  const focused = () => page.locator('tr.row.focus').evaluateAll((rows) => (rows as unknown as DomNode[]).map((row) => row.querySelector('td.b [id]')?.id ?? row.querySelector('td.a [id]')?.id ?? '?'));
  async function shot(name: string): Promise<void> {
    const path = join(dir, name);
    await page.screenshot({ path, fullPage: false });
    const target = process.env['CLAUSEWISE_SCREENSHOT_DIR'];
    if (target) {
      mkdirSync(target, { recursive: true });
      copyFileSync(path, join(target, name));
    }
  }

  it('opens on "Changes only" when there are changes, and on "All" when there are none', async () => {
    expect(await pressed()).toBe('Changes only (9)');
    expect(await page.locator('tr.same:visible').count()).toBe(0);
    await shot('report-wide.png');
    const same = join(dir, 'same.html');
    expect((await runCli(['diff', SEED, SEED, '--format', 'html', '-o', same])).code).toBe(0);
    const other = await browser.newPage();
    await other.goto(pathToFileURL(same).href);
    expect(await other.locator('nav.filters button[aria-pressed="true"]').textContent()).toMatch(/^All/);
    await other.close();
  });

  it('makes every summary count a filter, split and merged included, and keeps the filter in the hash', async () => {
    for (const [kind, rows] of [['split', ['b6']], ['merged', ['b10']], ['added', ['b5', 'b29']], ['reworded', ['b4', 'b10', 'b23']]] as const) {
      await page.click(`.summary a[data-filter="${kind}"]`);
      expect(await visibleRows(), kind).toEqual(rows);
      expect(new URL(page.url()).hash).toBe(`#filter=${kind}`);
      expect(await pressed()).toMatch(new RegExp(`^${kind[0]!.toUpperCase()}${kind.slice(1)} \\(`));
    }
    await page.click('nav.filters button[data-filter="removed"]');
    expect(new URL(page.url()).hash).toBe('#filter=removed');
    await page.reload();
    expect(await pressed()).toBe('Removed (2)');
    expect(await visibleRows()).toEqual(['a5', 'a22']);
    await page.goto(`${url()}#filter=moved`);
    expect(await pressed()).toBe('Moved (2)');
  });

  it('j/k and n/p move between the changes with a visible focus', async () => {
    await page.goto(`${url()}#filter=changed`);
    await page.reload();
    await page.keyboard.press('j');
    expect(await focused()).toEqual(['b4']);
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    expect(await focused()).toEqual(['a5']);
    await page.keyboard.press('k');
    expect(await focused()).toEqual(['b5']);
    await page.keyboard.press('p');
    expect(await focused()).toEqual(['b4']);
    const outline = await page.locator('tr.row.focus td').first().evaluate((el) => (globalThis as unknown as DomWindow).getComputedStyle(el)['boxShadow'] ?? '');
    expect(outline).not.toBe('none');
    await shot('report-focus.png');
  });

  it('has a sidebar listing every change, each a link to it', async () => {
    await page.goto(`${url()}#filter=changed`);
    await page.reload();
    const links = page.locator('aside.toc a');
    expect(await links.count()).toBe(9); // one per change: split and merged once each, the old places of moved clauses not listed
    await links.filter({ hasText: 'b29' }).click();
    expect(new URL(page.url()).hash).toBe('#b29');
    expect(await page.locator('#b29').isVisible()).toBe(true);
    // The list follows the filter; a link to a clause the filter hides shows every row.
    await page.goto(`${url()}#filter=added`);
    await page.reload();
    expect(await page.locator('aside.toc li:visible').count()).toBe(2);
    await page.goto(`${url()}#b23`);
    expect(await page.locator('#b23').isVisible()).toBe(true);
    expect(await pressed()).toBe('All (30)');
  });

  it('lands a clause opened by its anchor below the sticky filter bar, at any width', async () => {
    const full = join(dir, 'full.html');
    expect((await runCli(['diff', 'declarations/2020-moscow.md', 'fixtures/synthetic-2020-moscow-revised.md', '--format', 'html', '-o', full])).code).toBe(0);
    const other = await browser.newPage();
    // 900 px wraps the bar onto two lines; b58 is a change (shown at once), a21 unchanged (shown by the anchor).
    for (const width of [1280, 900]) {
      await other.setViewportSize({ width, height: 800 });
      for (const id of ['b58', 'a21', 'b80']) {
        await other.goto('about:blank');
        await other.goto(`${pathToFileURL(full).href}#${id}`);
        // Bounding boxes are relative to the viewport: the row must start where the bar ends, or lower.
        const row = (await other.locator(`#${id}`).locator('xpath=ancestor::tr[1]').boundingBox())!.y;
        const bar = await other.locator('nav.filters').boundingBox().then((box) => box!.y + box!.height);
        expect(row, `#${id} at ${width} px: row top ${row}, bar bottom ${bar}`).toBeGreaterThanOrEqual(bar);
      }
    }
    await other.close();
  });

  it('stacks the two columns below 700 px', async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(`${url()}#filter=reworded`);
    await page.reload();
    const a = await page.locator('tr.reworded td.a').first().boundingBox();
    const b = await page.locator('tr.reworded td.b').first().boundingBox();
    expect(a!.width).toBeGreaterThan(300);
    expect(b!.width).toBeGreaterThan(300);
    expect(b!.y).toBeGreaterThan(a!.y);
    await shot('report-narrow.png');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('follows prefers-color-scheme: dark, and prints without the bars and the sidebar', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.locator('body').evaluate((el) => (globalThis as unknown as DomWindow).getComputedStyle(el)['backgroundColor']);
    const [r, g, b] = (/\d+/g.exec(background!) ? background!.match(/\d+/g)!.map(Number) : [255, 255, 255]);
    expect(r! + g! + b!).toBeLessThan(150);
    await shot('report-dark.png');
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    expect(await page.locator('nav.filters').isVisible()).toBe(false);
    expect(await page.locator('aside.toc').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
