import { expectedResults } from '../indices/expectedResults.js';
import type { ProgramEvaluation } from '../programs/evaluateProgram.js';
import type { Lang } from '../numbers/format.js';
import { STATUS, T, arrow, shortNum, targetText } from './_lib/shared.js';
import { type ReportOptions, renderMarkdown } from './renderMarkdown.js';

/** A scatter of results against a context index, for the expected-results chart. */
export interface ScatterInput {
  /** The chart title. */
  readonly title: string;
  /** The x axis (the context index). */
  readonly xLabel: string;
  /** The y axis (the result). */
  readonly yLabel: string;
  /** One point per school. */
  readonly points: readonly { readonly id: string; readonly label: string; readonly x: number; readonly y: number }[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (x: number): string => (Math.round(x * 100) / 100).toString();

/** An SVG line chart of an indicator's actual values against its targets over the years. */
function indicatorChart(e: ProgramEvaluation, id: string, title: string, lang: Lang): string {
  const years = Object.keys(e.indicators.byYear).map(Number).sort((a, b) => a - b);
  const points = years.map((y) => {
    const ev = e.indicators.byYear[String(y)]?.find((x) => x.indicatorId === id);
    const actual = ev?.actual === null || ev?.actual === undefined || typeof ev.actual === 'boolean' ? null : Number(ev.actual);
    const target = ev?.target === null || ev?.target === undefined || ev.target.op === 'flag' ? null : Number(ev.target.value);
    return { y, actual, target };
  });
  const values = points.flatMap((p) => [p.actual, p.target]).filter((v): v is number => v !== null);
  if (values.length === 0) return '';
  const W = 360;
  const H = 180;
  const pad = 32;
  const max = Math.max(100, ...values);
  const xOf = (i: number): number => pad + (years.length === 1 ? 0 : (i * (W - 2 * pad)) / (years.length - 1));
  const yOf = (v: number): number => H - pad - (v / max) * (H - 2 * pad);
  const line = (key: 'actual' | 'target'): string =>
    points
      .map((p, i) => (p[key] === null ? null : `${fmt(xOf(i))},${fmt(yOf(p[key] as number))}`))
      .filter((x) => x !== null)
      .join(' ');
  const dots = points.map((p, i) => (p.actual === null ? '' : `<circle class="actual" cx="${fmt(xOf(i))}" cy="${fmt(yOf(p.actual))}" r="3"><title>${p.y}: ${fmt(p.actual)}</title></circle>`)).join('');
  const axis = years.map((y, i) => `<text x="${fmt(xOf(i))}" y="${H - 10}" text-anchor="middle">${y}</text>`).join('');
  return `<figure class="chart" data-indicator="${esc(id)}"><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">
<line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" class="axis"/><line x1="${pad}" y1="${pad / 2}" x2="${pad}" y2="${H - pad}" class="axis"/>
<text x="4" y="${fmt(yOf(max))}">${fmt(max)}</text><text x="4" y="${H - pad}">0</text>${axis}
<polyline class="target" points="${line('target')}"/><polyline class="actual" points="${line('actual')}"/>${dots}
</svg><figcaption>${esc(title)} — <span class="legend-actual">${T(lang, 'факт', 'actual')}</span>, <span class="legend-target">${T(lang, 'цель', 'target')}</span></figcaption></figure>`;
}

/** An SVG scatter of results against the context index with the line of expected results. */
function scatterChart(s: ScatterInput, lang: Lang): string {
  if (s.points.length < 3) return '';
  let fit: ReturnType<typeof expectedResults> | null = null;
  try {
    fit = expectedResults(s.points);
  } catch {
    fit = null;
  }
  const W = 480;
  const H = 300;
  const pad = 40;
  // loops, not Math.min(...xs): a region's points exceed the arguments a call may take
  let [x0, x1, y0, y1] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const p of s.points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  const pointById = new Map(s.points.map((p) => [p.id, p]));
  const sx = (x: number): number => pad + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * pad);
  const sy = (y: number): number => H - pad - ((y - y0) / (y1 - y0 || 1)) * (H - 2 * pad);
  const dots = (fit?.rows ?? s.points.map((p) => ({ id: p.id, context: p.x, actual: p.y, side: 'as_expected' as const }))).map((r) => {
    const p = pointById.get(r.id);
    return `<circle class="school ${r.side}" cx="${fmt(sx(r.context))}" cy="${fmt(sy(r.actual))}" r="4"><title>${esc(p?.label ?? r.id)}: ${fmt(r.actual)}</title></circle>`;
  });
  const line = fit === null ? '' : `<line class="expected" x1="${fmt(sx(x0))}" y1="${fmt(sy(fit.intercept + fit.slope * x0))}" x2="${fmt(sx(x1))}" y2="${fmt(sy(fit.intercept + fit.slope * x1))}"/>`;
  return `<figure class="chart scatter"><svg role="img" aria-label="${esc(s.title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">
<line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" class="axis"/><line x1="${pad}" y1="${pad / 2}" x2="${pad}" y2="${H - pad}" class="axis"/>
<text x="${W / 2}" y="${H - 8}" text-anchor="middle">${esc(s.xLabel)}</text><text x="10" y="${pad / 2}">${esc(s.yLabel)}</text>
${line}${dots.join('')}</svg><figcaption>${esc(s.title)} — ${T(lang, 'линия ожидаемых результатов (МНК); зелёные — выше ожидаемого, красные — ниже', 'the expected-results line (least squares); green above expectation, red below')}</figcaption></figure>`;
}

/**
 * Renders a program evaluation as a self-contained HTML page (no scripts, no external files) with
 * SVG charts: each indicator's actual values against its targets over the years, and, when given,
 * a scatter of results against the social index with the line of expected results.
 *
 * @param e - The evaluation.
 * @param options - As {@link renderMarkdown}, plus the scatter.
 * @returns The HTML document.
 * @example
 * ```ts
 * writeFileSync('report.html', renderHtml(evaluation, { scatter }));
 * ```
 */
export function renderHtml(e: ProgramEvaluation, options: ReportOptions & { readonly scatter?: ScatterInput } = {}): string {
  const lang = options.lang ?? 'ru';
  const title = `${lang === 'ru' ? e.programName.ru : (e.programName.en ?? e.programName.ru)} — ${e.year}`;
  const md = renderMarkdown(e, options);
  // the text part: the Markdown report, as preformatted blocks per section
  const sections = md
    .split(/\n(?=## )/)
    .slice(1)
    .filter((s) => !s.startsWith(`## ${T(lang, 'Целевые показатели', 'Target indicators')}`))
    .map((s) => {
      const [head, ...body] = s.split('\n');
      return `<section><h2>${esc((head ?? '').replace(/^## /, ''))}</h2><pre>${esc(body.join('\n').trim())}</pre></section>`;
    });
  const rows = e.indicators.evaluations
    .map((ev) => `<tr class="${ev.status}"><td>${esc(options.indicatorNames?.[ev.indicatorId] ?? ev.indicatorId)}</td><td>${esc(targetText(ev, lang))}</td><td>${esc(shortNum(ev.actual, lang))} ${arrow(e, ev.indicatorId)}</td><td>${esc((STATUS[ev.status] as [string, string])[lang === 'ru' ? 0 : 1])}</td></tr>`)
    .join('\n');
  const charts = e.indicators.evaluations.map((ev) => indicatorChart(e, ev.indicatorId, options.indicatorNames?.[ev.indicatorId] ?? ev.indicatorId, lang)).join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
pre{white-space:pre-wrap;font-family:inherit;background:#f7f7f7;padding:.75rem;border-radius:4px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}
tr.achieved td:last-child{color:#1a7f37}tr.not_achieved td:last-child{color:#b42318}
.charts{display:flex;flex-wrap:wrap;gap:1rem}.chart{margin:0}
svg text{font-size:10px;fill:#555}.axis{stroke:#999}
polyline{fill:none;stroke-width:2}polyline.target{stroke:#999;stroke-dasharray:4 3}polyline.actual{stroke:#1f6feb}
circle.actual{fill:#1f6feb}.legend-actual{color:#1f6feb}.legend-target{color:#777}
circle.school{fill:#888}circle.above{fill:#1a7f37}circle.below{fill:#b42318}line.expected{stroke:#4aa3df;stroke-width:2}
</style></head>
<body>
<h1>${esc(title)}</h1>
<p>${T(lang, 'Набор данных', 'Dataset')}: <code>${esc(e.datasetId)}</code></p>
${sections.join('\n')}
<section><h2>${T(lang, 'Целевые показатели', 'Target indicators')}</h2>
<table><thead><tr><th>${T(lang, 'Показатель', 'Indicator')}</th><th>${T(lang, 'Цель', 'Target')}</th><th>${T(lang, 'Факт', 'Actual')}</th><th>${T(lang, 'Статус', 'Status')}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<div class="charts">
${charts}
</div></section>
${options.scatter ? `<section><h2>${esc(options.scatter.title)}</h2>${scatterChart(options.scatter, lang)}</section>` : ''}
</body></html>
`;
}
