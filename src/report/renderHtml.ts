import { expectedResults } from '../indices/expectedResults.js';
import type { ProgramEvaluation } from '../programs/evaluateProgram.js';
import { lineChart, PALETTE, scatterChart } from './_lib/charts.js';
import { type IndicatorRow, type ReportData, type RenderOptions, type SchoolCard, buildReport } from './_lib/model.js';
import type { ReasonLine } from './_lib/reasons.js';
import { T, count, esc, whole } from './_lib/words.js';
import type { Lang } from '../numbers/format.js';

/**
 * A scatter of results against a context index, for the expected-results chart.
 *
 * @category Reports
 */
export interface ScatterInput {
  /** The chart title. */
  readonly title: string;
  /** The x axis (the context index). */
  readonly xLabel: string;
  /** The y axis (the result, in percent). */
  readonly yLabel: string;
  /** One point per school. */
  readonly points: readonly { readonly id: string; readonly label: string; readonly x: number; readonly y: number }[];
}

/**
 * Options of {@link renderHtml}: those of {@link renderMarkdown}, the scatter, and which parts to include.
 *
 * @category Reports
 */
export interface RenderHtmlOptions extends RenderOptions {
  /** The expected-results scatter. */
  readonly scatter?: ScatterInput;
  /** Include a card per school (default `true`). */
  readonly schoolCards?: boolean;
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link RenderHtmlOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Reports
 */
export type HtmlReportOptions = RenderHtmlOptions;

function reasonList(reasons: readonly ReasonLine[]): string {
  if (reasons.length === 0) return '';
  // nest by depth
  let html = '<ul class="reasons">';
  let depth = 0;
  let open = false;
  for (const r of reasons) {
    while (depth < r.depth) {
      html += '<ul>';
      depth++;
      open = false;
    }
    while (depth > r.depth) {
      html += '</li></ul>';
      depth--;
    }
    if (open) html += '</li>';
    html += `<li class="o-${r.outcome}">${esc(r.text)}`;
    open = true;
  }
  while (depth > 0) {
    html += '</li></ul>';
    depth--;
  }
  return `${html}</li></ul>`;
}

function sampleBanner(d: ReportData): string {
  return d.sampleLabel === null ? '' : `<p class="sample-label" role="note">${esc(d.sampleLabel)}</p>`;
}

function schoolCardHtml(c: SchoolCard, i: number, d: ReportData): string {
  const { lang } = d;
  let last = '';
  const verdicts = c.verdicts
    .map((v) => {
      const head = v.section !== last ? `<tr class="group"><th colspan="3">${esc(v.section)}</th></tr>` : '';
      last = v.section;
      return `${head}<tr><th scope="row">${esc(v.category)}</th><td class="verdict">${esc(v.value)}</td><td>${reasonList(v.reasons)}</td></tr>`;
    })
    .join('');
  const results =
    c.results.length === 0
      ? `<p>${T(lang, 'Результатов оценочных процедур в данных нет.', 'No assessment results in the data.')}</p>`
      : `<table class="results"><thead><tr><th>${T(lang, 'Процедура, предмет, класс', 'Procedure, subject, grade')}</th>${c.resultYears.map((y) => `<th>${y}</th>`).join('')}</tr></thead><tbody>${c.results
          .map((r) => `<tr><th scope="row">${esc(r.label)}</th>${c.resultYears.map((y) => `<td>${esc(r.byYear.get(y) ?? '—')}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
  const risk =
    c.risk.length === 0
      ? `<p>${T(lang, 'Риск-профиля нет.', 'No risk profile.')}</p>`
      : `<table><thead><tr><th>${T(lang, 'Фактор риска', 'Risk factor')}</th><th>${T(lang, 'Уровень', 'Level')}</th></tr></thead><tbody>${c.risk.map((r) => `<tr><td>${esc(r.factor)}${r.priority ? ` <strong>(${T(lang, 'приоритетный', 'priority')})</strong>` : ''}</td><td>${esc(r.level)}</td></tr>`).join('')}</tbody></table>`;
  const years = [...new Set(c.history.flatMap((h) => h.years.map((y) => y.year)))].sort((a, b) => a - b);
  const history =
    c.history.length === 0
      ? ''
      : `<h4>${T(lang, 'История в перечнях', 'History on the lists')}</h4><table><thead><tr><th>${T(lang, 'Перечень', 'List')}</th>${years.map((y) => `<th>${y}</th>`).join('')}</tr></thead><tbody>${c.history
          .map((h) => `<tr><th scope="row">${esc(h.category)}</th>${years.map((y) => `<td>${esc(h.years.find((x) => x.year === y)?.value ?? '—')}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
  const indicators = c.indicators.length === 0 ? `<p>${T(lang, 'Школа не входит в расчёт долевых показателей программы.', 'The school counts towards none of the program’s shares.')}</p>` : `<ul>${c.indicators.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`;
  return `<section class="card page" id="school-${i + 1}" aria-labelledby="school-${i + 1}-h">${sampleBanner(d)}
<h3 id="school-${i + 1}-h">${T(lang, 'Карточка школы', 'School card')}: ${esc(c.name)}</h3>${c.facts === '' ? '' : `<p class="facts">${esc(c.facts)}</p>`}
<h4>${T(lang, 'Категории и причины', 'Categories and reasons')}, ${d.year}</h4><table class="verdicts"><thead><tr><th>${T(lang, 'Перечень', 'List')}</th><th>${T(lang, 'Решение', 'Verdict')}</th><th>${T(lang, 'Почему', 'Why')}</th></tr></thead><tbody>${verdicts}</tbody></table>
${history}
<h4>${T(lang, 'Результаты по годам', 'Results over the years')}</h4>${results}
<h4>${T(lang, 'Риск-профиль', 'Risk profile')}</h4>${risk}
<h4>${T(lang, 'Показатели программы, в расчёт которых входит школа', 'Program indicators the school counts towards')}</h4>${indicators}
</section>`;
}

/** The report content as an HTML document. @internal */
function htmlOf(d: ReportData, scatter: ScatterInput | undefined, cards: boolean): string {
  const parts: string[] = [];
  htmlPieces(d, scatter, cards, (s) => parts.push(s));
  return parts.join('');
}

/** The report content as an HTML document, handed over in pieces: the page up to the cards, then one card at a time, then the end. @internal */
function htmlPieces(d: ReportData, scatter: ScatterInput | undefined, cards: boolean, put: (text: string) => void): void {
  const { lang } = d;
  const sections: { id: string; title: string; html: string }[] = [];
  if (d.warnings.length > 0) sections.push({ id: 'warnings', title: T(lang, 'Важно для читателя', 'Read this first'), html: `<ul class="warnings">${d.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` });
  d.identifications.forEach((sec, si) => {
    const parts: string[] = [];
    if (sec.methodologyName !== null) parts.push(`<p>${T(lang, 'Методика', 'Methodology')}: ${esc(sec.methodologyName)}</p>`);
    for (const c of sec.categories) {
      parts.push(`<h3>${esc(c.name)}</h3>`);
      if (c.kind === 'classifier' || c.classes.length > 0) {
        parts.push(`<table><thead><tr><th>${T(lang, 'Группа', 'Class')}</th><th>${T(lang, 'Школ', 'Schools')}</th><th>${T(lang, 'Школы', 'Schools')}</th></tr></thead><tbody>${c.classes.map((k) => `<tr><th scope="row">${esc(k.name)}</th><td class="num">${k.schools.length}</td><td>${esc(k.schools.map((s) => s.name).join(', '))}</td></tr>`).join('')}</tbody></table>`);
      } else {
        parts.push(`<p>${T(lang, 'В списке', 'On the list')}: <strong>${count(c.yes.length, 'school', lang)}</strong> ${T(lang, 'из', 'of')} ${whole(c.total, lang)}.</p>`);
        if (c.yes.length > 0) parts.push(`<table class="listed"><thead><tr><th>${T(lang, 'Школа', 'School')}</th><th>${T(lang, 'Почему в списке', 'Why listed')}</th></tr></thead><tbody>${c.yes.map((s) => `<tr><th scope="row">${esc(s.name)}</th><td>${reasonList(s.reasons) || T(lang, 'причины не сохранены: оценка выполнена без хода рассуждения', 'reasons not kept: evaluated without traces')}</td></tr>`).join('')}</tbody></table>`);
      }
      if (c.missing.length > 0) parts.push(`<p>${T(lang, 'Нет данных для решения', 'Not enough data')} (${count(c.missing.length, 'school', lang)}); ${T(lang, 'не хватает сведений', 'missing')}:</p><ul>${c.missing.map((u) => `<li>${esc(u.name)}: ${esc(u.missing)}</li>`).join('')}</ul>`);
    }
    sections.push({ id: `lists-${si + 1}`, title: sec.title, html: parts.join('\n') });
  });
  if (d.history.length > 0)
    sections.push({
      id: 'changes',
      title: `${T(lang, 'Изменения в перечнях', 'Changes in the lists')}: ${d.year - 1} → ${d.year}`,
      html: d.history.map((h) => `<h3>${esc(h.category)}</h3><p>${h.moves.length === 0 ? T(lang, 'Без изменений.', 'No changes.') : `${h.moves.map(esc).join('; ')}.`}</p><p>${T(lang, 'Остались', 'Stayed')}: ${count(h.stayed, 'school', lang)}${h.longest.length > 0 ? `; ${T(lang, 'три года и более', 'three years or more')}: ${esc(h.longest.join(', '))}` : ''}.</p>`).join('\n'),
    });
  if (d.risk !== null)
    sections.push({
      id: 'risk',
      title: T(lang, 'Риск-профили', 'Risk profiles'),
      html: `<p>${T(lang, 'Перечень', 'Catalogue')}: ${esc(d.risk.catalogue)}; ${T(lang, 'профили', 'profiles of')} ${count(d.risk.schools, 'school', lang)}.</p><table><thead><tr><th>${T(lang, 'Фактор риска', 'Risk factor')}</th><th>${T(lang, 'высокий', 'high')}</th><th>${T(lang, 'средний', 'medium')}</th><th>${T(lang, 'низкий', 'low')}</th><th>${T(lang, 'нет данных', 'no data')}</th><th>${T(lang, 'приоритетный', 'priority')}</th><th>${T(lang, 'высокий: к прошлому году', 'high: on last year')}</th></tr></thead><tbody>${d.risk.rows
        .map((r) => `<tr><th scope="row">${esc(r.factor)}</th><td class="num">${r.high}</td><td class="num">${r.medium}</td><td class="num">${r.low}</td><td class="num">${r.missing}</td><td class="num">${r.priority}</td><td>${esc(r.delta)}</td></tr>`)
        .join('')}</tbody></table>`,
    });
  const s = d.indicatorCounts;
  sections.push({
    id: 'indicators',
    title: T(lang, 'Целевые показатели', 'Target indicators'),
    html: `<p>${T(lang, 'Достигнуто', 'Achieved')}: <strong>${s.achieved}</strong>; ${T(lang, 'не достигнуто', 'not achieved')}: <strong>${s.not_achieved}</strong>; ${T(lang, 'нет цели на этот год', 'no target this year')}: ${s.not_applicable}; ${T(lang, 'нет данных', 'no data')}: ${s.missing}.</p>
<table class="indicators"><thead><tr><th>${T(lang, 'Показатель', 'Indicator')}</th><th>${T(lang, 'Цель', 'Target')}</th><th>${T(lang, 'Факт', 'Actual')}</th><th>${T(lang, 'К прошлому году', 'On last year')}</th><th>${T(lang, 'Статус', 'Status')}</th></tr></thead><tbody>${d.indicators
      .map((r) => `<tr class="${r.status}"><th scope="row" title="${esc(r.fullName)}">${esc(r.name)}</th><td>${esc(r.target)}</td><td class="num">${esc(r.actual)}</td><td class="num">${esc(r.arrow)}</td><td class="status">${esc(r.statusText)}${r.notes.length > 0 ? `<br><small>${esc(r.notes.join('; '))}</small>` : ''}</td></tr>`)
      .join('')}</tbody></table>
${indicatorCharts(d.indicators, lang)}`,
  });
  if (scatter !== undefined) {
    let fit: ReturnType<typeof expectedResults> | null = null;
    try {
      fit = scatter.points.length >= 3 ? expectedResults(scatter.points) : null;
    } catch {
      fit = null;
    }
    const side = new Map((fit?.rows ?? []).map((r) => [r.id, r.side]));
    const pts = scatter.points.map((p) => ({ ...p, side: side.get(p.id) ?? ('as_expected' as const) }));
    sections.push({ id: 'scatter', title: scatter.title, html: `${scatterChart(scatter.title, scatter.xLabel, scatter.yLabel, pts, fit, lang)}<p class="note">${T(lang, 'Линия ожидаемых результатов построена методом наименьших квадратов по всем школам; треугольник вершиной вверх — результат выше ожидаемого, вершиной вниз — ниже.', 'The expected-results line is a least-squares fit over all schools; a triangle pointing up is above expectation, pointing down below.')}</p>` });
  }
  if (d.plan !== null) sections.push({ id: 'plan', title: d.plan.title, html: `<ul>${d.plan.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` });
  if (d.financing !== null) sections.push({ id: 'financing', title: d.financing.title, html: `<ul>${d.financing.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` });
  if (d.dataChecks.length > 0) sections.push({ id: 'checks', title: T(lang, 'Проверка данных', 'Data checks'), html: `<ul>${d.dataChecks.map((w) => `<li>${esc(w.text)}${w.examples === undefined ? '' : `<ul>${w.examples.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`}</li>`).join('')}</ul>` });
  if (d.calendar.length > 0) sections.push({ id: 'calendar', title: `${T(lang, 'Календарь мониторинга', 'Monitoring calendar')} ${d.year}/${d.year + 1}`, html: `<ul>${d.calendar.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` });
  const toc = `<nav class="toc page" aria-label="${T(lang, 'Содержание', 'Contents')}"><h2>${T(lang, 'Содержание', 'Contents')}</h2><ol>${sections.map((x) => `<li><a href="#${x.id}">${esc(x.title)}</a></li>`).join('')}${cards && (d.schools.length > 0 || d.cardsNote !== null) ? `<li><a href="#cards">${T(lang, 'Карточки школ', 'School cards')}</a><ol>${d.schools.map((c, i) => `<li><a href="#school-${i + 1}">${esc(c.name)}</a></li>`).join('')}</ol></li>` : ''}</ol></nav>`;
  put(`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(d.title)}</title>
<style>
:root{--ink:#1b1b1b;--muted:#555;--rule:#c8c8c8;--blue:${PALETTE.blue};--orange:${PALETTE.orange};--green:${PALETTE.green};--red:${PALETTE.vermillion}}
*{box-sizing:border-box}
body{font-family:"PT Sans","Segoe UI",Arial,sans-serif;font-size:15px;line-height:1.45;margin:0 auto;padding:1.5rem 2rem;max-width:1180px;color:var(--ink)}
h1{font-size:1.6rem;margin:.2rem 0 .5rem}h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem}h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}
.sample-label{background:#fff4d6;border:1px solid var(--orange);color:#6b4a00;font-weight:bold;padding:.3rem .6rem;margin:.4rem 0;border-radius:3px}
.warnings li{margin:.3rem 0}.warnings{background:#fdeee8;border-left:4px solid var(--red);padding:.6rem 1rem .6rem 2rem}
table{border-collapse:collapse;margin:.4rem 0 1rem;width:100%}th,td{border:1px solid var(--rule);padding:.3rem .5rem;vertical-align:top;text-align:left}thead th{background:#f0f0f0}
td.num{text-align:right;white-space:nowrap}tr.achieved td.status{color:#00603f;font-weight:bold}tr.not_achieved td.status{color:#a23a00;font-weight:bold}
table.indicators td.status{min-width:9em}table.indicators th[scope=row]{width:50%}p.no-chart{color:#444}
ul.reasons{margin:0;padding-left:1.1rem}ul.reasons ul{padding-left:1.1rem}ul.reasons li{margin:.1rem 0}li.o-false{color:var(--muted)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:1rem}
figure.chart{margin:0 0 1rem;break-inside:avoid}figure.chart figcaption{font-weight:bold;margin-bottom:.3rem}.chart-body{display:flex;gap:.6rem;align-items:flex-start}
table.data{width:auto;font-size:12px;white-space:nowrap}tr.group th{background:#e8eef5}table.listed tbody th,table.verdicts tbody th{width:13em}table.data td,table.data th{padding:.15rem .35rem}
svg{overflow:visible;max-width:100%;height:auto}svg text{font-size:11px;fill:#333;font-family:inherit}svg .tick{fill:#444}svg .axis-label{font-size:12px;font-weight:bold}
.grid{stroke:#e2e2e2}.axis{stroke:#444}polyline{fill:none;stroke-width:2.5}polyline.target,line.target{stroke:var(--orange);stroke-dasharray:6 4;stroke-width:2.5}polyline.actual,line.actual{stroke:var(--blue);stroke-width:2.5}
circle.actual{fill:var(--blue)}circle.target{fill:var(--orange)}line.expected{stroke:#000;stroke-width:1.8;stroke-dasharray:8 4}.point-label{font-size:10px;fill:#333}
.scatter svg{width:100%;max-width:760px}
nav.toc ol{padding-left:1.4rem}nav.toc ol ol{columns:2}
.note,.facts,small{color:var(--muted)}
@page{size:A4;margin:16mm 12mm 16mm;@bottom-right{content:counter(page) " / " counter(pages);font:8pt Arial,sans-serif;color:#555}${d.sampleLabel === null ? '' : `@top-right{content:"${d.sampleLabel.replace(/["\\]/g, '')}";font:bold 8pt Arial,sans-serif;color:#6b4a00}`}}
@media print{
 body{font-size:10.5pt;padding:0;max-width:none}
 .page,section.report-section{break-before:page}section.keep,nav.toc{break-before:auto}
 h2,h3,h4{break-after:avoid}tr,figure,li{break-inside:avoid}
 .charts{grid-template-columns:1fr}
 a{color:inherit;text-decoration:none}
 .sample-label{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
</style></head>
<body>
<header>${sampleBanner(d)}<h1>${esc(d.title)}</h1><p>${T(lang, 'Набор данных', 'Dataset')}: ${esc(d.datasetName)}</p></header>
${toc}
${sections.map((x) => `<section class="report-section${x.id === 'warnings' ? ' keep' : ''}" id="${x.id}" aria-labelledby="${x.id}-h">${sampleBanner(d)}<h2 id="${x.id}-h">${esc(x.title)}</h2>\n${x.html}</section>`).join('\n')}
`);
  if (cards && (d.schools.length > 0 || d.cardsNote !== null)) {
    put(`<div id="cards"><h2 class="cards-title">${T(lang, 'Карточки школ', 'School cards')}</h2>${d.cardsNote === null ? '' : `<p class="note cards-note">${esc(d.cardsNote)}</p>`}`);
    d.schools.forEach((c, i) => put(`${i > 0 ? '\n' : ''}${schoolCardHtml(c, i, d)}`));
    put('</div>');
  }
  put(`
</body></html>
`);
}

/**
 * A chart per indicator with at least one actual; the indicators without any actual in any year are
 * named in one line instead of a chart that would show the target alone.
 */
function indicatorCharts(rows: readonly IndicatorRow[], lang: Lang): string {
  const drawn = rows.filter((r) => r.series.some((p) => p.actual !== null));
  const bare = rows.filter((r) => !drawn.includes(r));
  const charts = drawn.length === 0 ? '' : `<div class="charts">${drawn.map((r) => lineChart(r.name, r.series, r.unit, r.percent, lang, r.id)).join('\n')}</div>`;
  const note =
    bare.length === 0
      ? ''
      : drawn.length === 0
        ? `<p class="no-chart">${T(lang, 'Графиков нет: ни у одного показателя нет фактических значений.', 'No charts: no indicator has an actual value.')}</p>`
        : `<p class="no-chart">${T(lang, `Без графика — нет ни одного фактического значения (${count(bare.length, 'indicator', lang)})`, `No chart — no actual value in any year (${count(bare.length, 'indicator', lang)})`)}: ${bare.map((r) => esc(r.name)).join('; ')}.</p>`;
  return charts + note;
}

/**
 * Renders a program evaluation as a self-contained HTML page (no scripts, no external files), fit
 * to print on A4: a table of contents, warnings the reader must see, the lists with reasons, the
 * indicator table, an SVG chart per indicator (axes with ticks and units, target and actual lines
 * with a legend, values on hover and in a table beside it), the expected-results scatter when
 * given, and a card per school (categories with reasons, results over the years, risk profile,
 * indicators it counts towards, history on the lists). Synthetic or sample data is labelled on
 * every page.
 *
 * @param e - The evaluation (with traces for the reasons: `evaluateProgram(…, { trace: true })`).
 * @param options - As {@link renderMarkdown}, plus the scatter and whether to add school cards.
 * @returns The HTML document.
 * @example
 * ```ts
 * // отчёт о программе Режевского округа за 2023 год — страница HTML для печати
 * renderHtml(evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { trace: true }), { dataset }).startsWith('<!doctype html>') //=> true
 * ```
 * @category Reports
 */
export function renderHtml(e: ProgramEvaluation, options: RenderHtmlOptions = {}): string {
  const cards = options.schoolCards ?? true;
  return htmlOf(buildReport(e, cards ? options : { ...options, cards: 'none' }), options.scatter, cards);
}

/**
 * Writes the same document as {@link renderHtml} in pieces (the page up to the school cards, one
 * card at a time, the end), for a national report longer than one string can hold. Internal: the
 * CLI writes `--format html` with it.
 *
 * @param e - The evaluation (with traces for the reasons).
 * @param write - Called with each piece, in order.
 * @param options - As {@link renderHtml}.
 * @example
 * ```ts
 * // отчёт о программе Режевского округа за 2023 год, записанный по частям
 * const evaluation = evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { trace: true });
 * let html = '';
 * writeHtml(evaluation, (s) => (html += s), { dataset });
 * html === renderHtml(evaluation, { dataset }) //=> true
 * ```
 * @internal
 */
export function writeHtml(e: ProgramEvaluation, write: (text: string) => void, options: RenderHtmlOptions = {}): void {
  const cards = options.schoolCards ?? true;
  let buf = '';
  htmlPieces(buildReport(e, cards ? options : { ...options, cards: 'none' }), options.scatter, cards, (s) => {
    buf += s;
    if (buf.length >= 1 << 20) {
      write(buf);
      buf = '';
    }
  });
  if (buf !== '') write(buf);
}

/**
 * Renders one school's card as a self-contained HTML page (the same card as in the full report).
 *
 * @param e - The evaluation (with traces).
 * @param schoolId - The school.
 * @param options - As {@link renderMarkdown}.
 * @returns The HTML document, or `null` when the school is not in the evaluation.
 * @example
 * ```ts
 * // карточка СОШ № 5 Режа по программе seed 000 за 2024 год: одна страница HTML для печати
 * const evaluation = evaluateProgram(SEED_000_PROGRAM, dataset, 2024, { actuals });
 * renderSchoolCard(evaluation, 'rezh-5', { dataset })?.includes('<title>Карточка школы: МБОУ СОШ № 5 — 2024</title>') //=> true
 * renderSchoolCard(evaluation, 'нет-такой', { dataset }) //=> null (нет такой школы)
 * ```
 * @category Reports
 */
export function renderSchoolCard(e: ProgramEvaluation, schoolId: string, options: RenderOptions = {}): string | null {
  const d = buildReport(e, options, schoolId);
  const i = d.schools.findIndex((s) => s.id === schoolId);
  const card = d.schools[i];
  if (card === undefined) return null;
  const one: ReportData = { ...d, title: `${T(d.lang, 'Карточка школы', 'School card')}: ${card.name} — ${d.year}`, schools: [card] };
  return htmlOf({ ...one, warnings: d.warnings, identifications: [], history: [], risk: null, indicators: [], dataChecks: [], calendar: [], plan: null, financing: null, indicatorCounts: { achieved: 0, not_achieved: 0, not_applicable: 0, missing: 0 } }, undefined, true)
    .replace(/<section class="report-section" id="indicators"[\s\S]*?<\/section>\n?/, '')
    .replace(/<nav class="toc page"[\s\S]*?<\/nav>/, '')
    .replace(/<h2 class="cards-title">[^<]*<\/h2>/, '')
    .replace('<section class="card page"', '<section class="card"');
}
