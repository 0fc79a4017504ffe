/** SVG charts for the HTML report: axes with ticks and units, grid, legends, values on hover. Internal. */
import type { Lang } from '../../numbers/format.js';
import { T, esc, num } from './words.js';

/** Okabe–Ito colours (safe for colour-blind readers). */
export const PALETTE = { blue: '#0072B2', orange: '#E69F00', green: '#009E73', vermillion: '#D55E00', grey: '#555555', sky: '#56B4E9', purple: '#CC79A7' } as const;

const f = (x: number): string => (Math.round(x * 10) / 10).toString();

/** Round tick values covering [lo, hi]: 1, 2 or 5 times a power of ten. */
function niceTicks(lo: number, hi: number, target = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi - lo < 1e-12) {
    const pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / target;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= hi + step * 1e-9 && ticks.length < 50; v += step) ticks.push(Math.round(v / step) * step);
  if ((ticks[ticks.length - 1] ?? lo) < hi) ticks.push((ticks[ticks.length - 1] ?? lo) + step);
  return ticks;
}

/** One indicator's actual values and targets over the years, as a line chart with a data table. */
export function lineChart(
  title: string,
  series: readonly { readonly year: number; readonly actual: number | null; readonly target: number | null }[],
  unit: string,
  percent: boolean,
  lang: Lang,
  id: string,
): string {
  const values = series.flatMap((p) => [p.actual, p.target]).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return '';
  const W = 420;
  const H = 230;
  const left = 52;
  const right = 12;
  const top = 34;
  const bottom = 34;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (percent) {
    lo = Math.max(0, Math.min(lo, hi - 10));
    hi = Math.min(100, Math.max(hi, lo + 10));
  }
  const ticks = niceTicks(lo, hi, 5);
  const y0 = ticks[0] as number;
  const y1 = ticks[ticks.length - 1] as number;
  const n = series.length;
  const xOf = (i: number): number => left + (n === 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (n - 1));
  const yOf = (v: number): number => H - bottom - ((v - y0) / (y1 - y0 || 1)) * (H - top - bottom);
  const u = unit === '' ? '' : unit === '%' ? ' %' : ` ${unit}`;
  const grid = ticks
    .map((t) => `<line class="grid" x1="${left}" x2="${W - right}" y1="${f(yOf(t))}" y2="${f(yOf(t))}"/><text class="tick" x="${left - 6}" y="${f(yOf(t) + 3.5)}" text-anchor="end">${esc(num(t, lang, 1))}${esc(u)}</text>`)
    .join('');
  const xAxis = series.map((p, i) => `<text class="tick year" x="${f(xOf(i))}" y="${H - bottom + 16}" text-anchor="middle">${p.year}</text>`).join('');
  const path = (key: 'actual' | 'target'): string => {
    const pts = series.map((p, i) => (p[key] === null ? null : `${f(xOf(i))},${f(yOf(p[key] as number))}`)).filter((x): x is string => x !== null);
    return pts.length === 0 ? '' : `<polyline class="${key}" points="${pts.join(' ')}"/>`;
  };
  const dots = (key: 'actual' | 'target', word: string): string =>
    series
      .map((p, i) => (p[key] === null ? '' : `<circle class="${key}" cx="${f(xOf(i))}" cy="${f(yOf(p[key] as number))}" r="${key === 'actual' ? 4 : 3}"><title>${p.year}: ${word} ${esc(num(p[key] as number, lang, 1))}${esc(u)}</title></circle>`))
      .join('');
  const legend = `<g class="legend" transform="translate(${left},14)"><line class="actual" x1="0" x2="22" y1="0" y2="0"/><circle class="actual" cx="11" cy="0" r="3.5"/><text x="28" y="4">${T(lang, 'факт', 'actual')}</text><line class="target" x1="90" x2="112" y1="0" y2="0"/><text x="118" y="4">${T(lang, 'цель', 'target')}</text></g>`;
  const rows = series.map((p) => `<tr><td>${p.year}</td><td>${p.target === null ? '—' : `${esc(num(p.target, lang, 2))}${esc(u)}`}</td><td>${p.actual === null ? '—' : `${esc(num(p.actual, lang, 2))}${esc(u)}`}</td></tr>`).join('');
  return `<figure class="chart" data-indicator="${esc(id)}"><figcaption>${esc(title)}</figcaption><div class="chart-body"><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">
<title>${esc(title)}</title>${grid}<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${H - bottom}"/><line class="axis" x1="${left}" x2="${W - right}" y1="${H - bottom}" y2="${H - bottom}"/>${xAxis}${legend}
${path('target')}${path('actual')}${dots('target', T(lang, 'цель', 'target'))}${dots('actual', T(lang, 'факт', 'actual'))}</svg>
<table class="data"><thead><tr><th>${T(lang, 'Год', 'Year')}</th><th>${T(lang, 'Цель', 'Target')}</th><th>${T(lang, 'Факт', 'Actual')}</th></tr></thead><tbody>${rows}</tbody></table></div></figure>`;
}

/** A point of the scatter. */
export interface ScatterPoint {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly side?: 'above' | 'below' | 'as_expected';
}

/** Results against a context index with the line of expected results, school names, a legend and a data table. */
export function scatterChart(
  title: string,
  xLabel: string,
  yLabel: string,
  points: readonly ScatterPoint[],
  fit: { readonly intercept: number; readonly slope: number } | null,
  lang: Lang,
): string {
  const pts = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (pts.length < 3) return '';
  const W = 720;
  const H = 440;
  const left = 64;
  const right = 20;
  const top = 40;
  const bottom = 56;
  let [x0, x1, y0, y1] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const p of pts) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  const xt = niceTicks(x0, x1, 6);
  const yt = niceTicks(Math.max(0, y0), Math.min(100, y1), 5);
  const [xa, xb, ya, yb] = [xt[0] as number, xt[xt.length - 1] as number, yt[0] as number, yt[yt.length - 1] as number];
  const sx = (x: number): number => left + ((x - xa) / (xb - xa || 1)) * (W - left - right);
  const sy = (y: number): number => H - bottom - ((y - ya) / (yb - ya || 1)) * (H - top - bottom);
  const colour = (s: ScatterPoint['side']): string => (s === 'above' ? PALETTE.green : s === 'below' ? PALETTE.vermillion : PALETTE.blue);
  const shape = (p: ScatterPoint): string => {
    const cx = f(sx(p.x));
    const cy = f(sy(p.y));
    const tip = `<title>${esc(p.label)}: ${esc(num(p.y, lang, 1))} %, ${T(lang, 'индекс', 'index')} ${esc(num(p.x, lang, 2))}</title>`;
    // shapes as well as colours: the side can be read without colour
    if (p.side === 'above') return `<path class="school above" d="M${cx},${f(sy(p.y) - 6)} l5.5,9.5 h-11 z" fill="${PALETTE.green}">${tip}</path>`;
    if (p.side === 'below') return `<path class="school below" d="M${cx},${f(sy(p.y) + 6)} l5.5,-9.5 h-11 z" fill="${PALETTE.vermillion}">${tip}</path>`;
    return `<circle class="school as_expected" cx="${cx}" cy="${cy}" r="4.5" fill="${colour(p.side)}">${tip}</circle>`;
  };
  // labels placed greedily: each tries a few positions around its point and takes the first that overlaps no other label
  const placed: { x: number; y: number; w: number }[] = pts.map((p) => ({ x: sx(p.x) - 6, y: sy(p.y) + 4, w: 12 }));
  const labels = [...pts]
    .sort((a, b) => sy(a.y) - sy(b.y))
    .map((p) => {
      const text = p.label.replace(/^(МБОУ|МАОУ|МКОУ|ГБОУ|МОУ)\s+/, '');
      const w = text.length * 5.6;
      const px = sx(p.x);
      const py = sy(p.y);
      const tries = [
        [8, 4],
        [8, 15],
        [8, -7],
        [-8 - w, 4],
        [8, 26],
        [8, -18],
        [-8 - w, 15],
        [-8 - w, -7],
      ] as const;
      const hit = tries.find(([dx, dy]) => placed.every((q) => Math.abs(q.y - (py + dy)) >= 11 || px + dx + w < q.x || q.x + q.w < px + dx)) ?? tries[0];
      const at = { x: px + hit[0], y: py + hit[1], w };
      placed.push(at);
      return `<text class="point-label" x="${f(at.x)}" y="${f(at.y)}">${esc(text)}</text>`;
    })
    .join('');
  const grid =
    xt.map((t) => `<line class="grid" x1="${f(sx(t))}" x2="${f(sx(t))}" y1="${top}" y2="${H - bottom}"/><text class="tick" x="${f(sx(t))}" y="${H - bottom + 16}" text-anchor="middle">${esc(num(t, lang, 2))}</text>`).join('') +
    yt.map((t) => `<line class="grid" x1="${left}" x2="${W - right}" y1="${f(sy(t))}" y2="${f(sy(t))}"/><text class="tick" x="${left - 6}" y="${f(sy(t) + 3.5)}" text-anchor="end">${esc(num(t, lang, 1))} %</text>`).join('');
  const line = fit === null ? '' : `<line class="expected" x1="${f(sx(xa))}" y1="${f(sy(fit.intercept + fit.slope * xa))}" x2="${f(sx(xb))}" y2="${f(sy(fit.intercept + fit.slope * xb))}"/>`;
  const legend = `<g class="legend" transform="translate(${left},16)">
<line class="expected" x1="0" x2="24" y1="0" y2="0"/><text x="30" y="4">${T(lang, 'ожидаемый результат', 'expected result')}</text>
<path d="M190,-6 l5.5,9.5 h-11 z" fill="${PALETTE.green}"/><text x="202" y="4">${T(lang, 'выше ожидаемого', 'above expectation')}</text>
<path d="M340,6 l5.5,-9.5 h-11 z" fill="${PALETTE.vermillion}"/><text x="352" y="4">${T(lang, 'ниже ожидаемого', 'below expectation')}</text>
<circle cx="490" cy="0" r="4.5" fill="${PALETTE.blue}"/><text x="500" y="4">${T(lang, 'как ожидалось', 'as expected')}</text></g>`;
  const clip = `<clipPath id="plot"><rect x="${left}" y="${top}" width="${W - left - right}" height="${H - top - bottom}"/></clipPath>`;
  const rows = [...pts]
    .sort((a, b) => a.x - b.x)
    .map((p) => `<tr><td>${esc(p.label)}</td><td>${esc(num(p.x, lang, 2))}</td><td>${esc(num(p.y, lang, 1))} %</td><td>${fit === null ? '—' : `${esc(num(fit.intercept + fit.slope * p.x, lang, 1))} %`}</td></tr>`)
    .join('');
  return `<figure class="chart scatter"><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">
<title>${esc(title)}</title><defs>${clip}</defs>${grid}<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${H - bottom}"/><line class="axis" x1="${left}" x2="${W - right}" y1="${H - bottom}" y2="${H - bottom}"/>
<text class="axis-label" x="${f((left + W - right) / 2)}" y="${H - 12}" text-anchor="middle">${esc(xLabel)}</text><text class="axis-label" transform="translate(16,${f((top + H - bottom) / 2)}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>
${legend}<g clip-path="url(#plot)">${line}</g>${pts.map(shape).join('')}${labels}</svg>
<table class="data"><thead><tr><th>${T(lang, 'Школа', 'School')}</th><th>${esc(xLabel)}</th><th>${esc(yLabel)}</th><th>${T(lang, 'Ожидаемый результат', 'Expected')}</th></tr></thead><tbody>${rows}</tbody></table></figure>`;
}
