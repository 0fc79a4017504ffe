import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/cli/demo.js';

// The HTML report and a school card opened in headless Chromium (Debian's `chromium`), at screen
// width and printed to PDF on A4. When chromium is missing and we run as root, the test installs it
// with apt-get; otherwise the test is skipped and says why.
//
// The screenshots and PDFs are written to `shnor-report/browser/` for a person to look at:
//   npx vitest run tests/report/html.browser.test.ts
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

const OUT = join(import.meta.dirname, '..', '..', 'shnor-report', 'browser');

interface Look {
  title: string;
  h1: number;
  h2: string[];
  tables: number;
  indicatorCharts: number;
  legends: number;
  tickTexts: string[];
  yearTicks: number;
  hoverTitles: number;
  scatterPoints: number;
  scatterLabels: string[];
  expectedLine: number;
  sampleLabels: number;
  sections: number;
  tocLinks: number;
  cards: number;
  pre: number;
  rawMarkdown: boolean;
  errors: string[];
  png: number;
  pdf: Buffer;
}

const pages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe.skipIf(skipReason !== null)('the HTML report in headless Chromium', () => {
  const looks = new Map<string, Look>();

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const demo = buildDemo('ru');
    writeFileSync(join(OUT, 'report.html'), demo.html);
    writeFileSync(join(OUT, 'card.html'), demo.card);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      for (const name of ['report', 'card']) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
        await page.goto(`file://${join(OUT, `${name}.html`)}`);
        const png = await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
        const pdf = await page.pdf({ path: join(OUT, `${name}.pdf`), format: 'A4', printBackground: true });
        const texts = (sel: string): Promise<string[]> => page.locator(sel).allTextContents();
        looks.set(name, {
          title: await page.title(),
          h1: await page.locator('h1').count(),
          h2: await texts('h2'),
          tables: await page.locator('table').count(),
          indicatorCharts: await page.locator('figure.chart[data-indicator]').count(),
          legends: await page.locator('svg g.legend').count(),
          tickTexts: await texts('figure.chart[data-indicator] svg text.tick:not(.year)'),
          yearTicks: await page.locator('figure.chart[data-indicator] svg text.year').count(),
          hoverTitles: await page.locator('figure.chart svg circle > title, figure.chart svg path > title').count(),
          scatterPoints: await page.locator('.scatter .school').count(),
          scatterLabels: await texts('.scatter text.point-label'),
          expectedLine: await page.locator('.scatter g[clip-path] line.expected').count(),
          sampleLabels: await page.locator('.sample-label').count(),
          sections: await page.locator('section').count(),
          tocLinks: await page.locator('nav.toc a').count(),
          cards: await page.locator('section.card').count(),
          pre: await page.locator('pre').count(),
          rawMarkdown: /(^|\n)#{2,3} |\*\*/.test(await page.locator('body').innerText()),
          errors,
          png: png.length,
          pdf,
        });
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('the report is real HTML: a title, a table of contents, headed sections and tables, no Markdown left', () => {
    const r = looks.get('report') as Look;
    expect(r.title).toContain('Режевской ГО');
    expect(r.h1).toBe(1);
    expect(r.h2).toEqual(expect.arrayContaining(['Содержание', 'Идентификация: перечни школ', 'Целевые показатели', 'Риск-профили', 'Карточки школ']));
    expect(r.tocLinks).toBeGreaterThanOrEqual(r.h2.length - 2);
    expect(r.tables).toBeGreaterThan(20);
    expect(r.pre).toBe(0);
    expect(r.rawMarkdown).toBe(false);
  });

  it('every indicator chart has ticks with units, year labels, a legend and values on hover', () => {
    const r = looks.get('report') as Look;
    expect(r.indicatorCharts).toBe(10);
    expect(r.legends).toBe(11); // ten indicator charts and the scatter
    expect(r.tickTexts.length).toBeGreaterThan(10 * 3);
    expect(r.tickTexts.every((t) => t.endsWith('%'))).toBe(true); // every seed 000 indicator is a percent
    expect(new Set(r.tickTexts).size).toBeGreaterThan(4); // not just 0 and 100
    expect(r.yearTicks).toBeGreaterThanOrEqual(10 * 2);
    expect(r.hoverTitles).toBeGreaterThan(10 * 2);
  });

  it('the scatter names the schools and draws the expected line', () => {
    const r = looks.get('report') as Look;
    expect(r.scatterPoints).toBe(16);
    expect(r.scatterLabels).toContain('СОШ № 23');
    expect(r.expectedLine).toBe(1);
  });

  it('says the data is synthetic on every section, and has a card per school', () => {
    const r = looks.get('report') as Look;
    expect(r.sampleLabels).toBeGreaterThanOrEqual(r.sections);
    expect(r.cards).toBe(16);
  });

  it('prints to A4 pages, each section on its own page', () => {
    const r = looks.get('report') as Look;
    expect(r.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages(r.pdf)).toBeGreaterThanOrEqual(16 + 5);
    const c = looks.get('card') as Look;
    expect(pages(c.pdf)).toBeGreaterThanOrEqual(1);
    // A4 in points: 595 × 842
    expect(r.pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d* 84[12]\.\d*\s*\]/);
  });

  it('the school card stands alone: the school, its lists with reasons, results, risk profile, indicators', () => {
    const c = looks.get('card') as Look;
    expect(c.title).toContain('Карточка школы: МБОУ СОШ № 23');
    expect(c.cards).toBe(1);
    expect(c.tables).toBeGreaterThanOrEqual(3);
    expect(c.sampleLabels).toBeGreaterThanOrEqual(1);
  });

  it('logs no console errors or warnings and loads nothing from outside', () => {
    expect(looks.get('report')?.errors).toEqual([]);
    expect(looks.get('card')?.errors).toEqual([]);
    expect(looks.get('report')?.png).toBeGreaterThan(100_000);
  });
});
