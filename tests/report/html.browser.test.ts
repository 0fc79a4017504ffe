import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/cli/demo.js';

// The HTML report opened in headless Chromium (Debian's `chromium`). When it is missing and we
// run as root, the test installs it with apt-get; otherwise the test is skipped and says why.
const CHROMIUM = '/usr/bin/chromium';
function ensureChromium(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.getuid?.() !== 0) return 'chromium is not installed and we are not root: install Debian\u2019s chromium package to run this test';
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (e) {
    return `apt-get install chromium failed: ${(e as Error).message}`;
  }
  return existsSync(CHROMIUM) ? null : 'chromium still missing after apt-get';
}
const skipReason = ensureChromium();
if (skipReason !== null) console.warn(`[html.browser.test] skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('the HTML report in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shnor-html-'));
  const file = join(dir, 'report.html');
  let result: { svgs: number; charts: number; scatterDots: number; expectedLine: number; errors: string[]; title: string; screenshot: number };

  beforeAll(async () => {
    writeFileSync(file, buildDemo('ru').html);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`file://${file}`);
      const png = await page.screenshot({ fullPage: true });
      result = {
        svgs: await page.locator('svg').count(),
        charts: await page.locator('figure.chart[data-indicator]').count(),
        scatterDots: await page.locator('.scatter circle.school').count(),
        expectedLine: await page.locator('.scatter line.expected').count(),
        errors,
        title: await page.title(),
        screenshot: png.length,
      };
    } finally {
      await browser.close();
    }
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders, with its title', () => {
    expect(result.title).toContain('Режевской ГО');
    expect(result.screenshot).toBeGreaterThan(10_000);
  });

  it('has a chart per indicator and the scatter with the expected-results line', () => {
    expect(result.charts).toBe(10);
    expect(result.svgs).toBe(11);
    expect(result.scatterDots).toBeGreaterThanOrEqual(10);
    expect(result.expectedLine).toBe(1);
  });

  it('logs no console errors', () => {
    expect(result.errors).toEqual([]);
  });
});
