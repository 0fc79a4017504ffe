/**
 * The demo: the seed 000 program evaluated over the embedded sample dataset, with seed 002's rules
 * applied to the same schools, rendered as Markdown, JSON and HTML.
 * @internal
 */
import sampleActuals from '../data/sample-rezh.actuals.json';
import sampleData from '../data/sample-rezh.dataset.json';
import sampleProfiles from '../data/sample-rezh.risk-profiles.json';
import {
  type Identification,
  type Lang,
  type ProgramEvaluation,
  SEED_000_PROGRAM,
  SEED_000_RISK_CATALOGUE,
  type ScatterInput,
  evaluateProgram,
  identify,
  parseDataset,
  parseRiskProfile,
  prepareDataset,
  renderHtml,
  renderSchoolCard,
  renderMarkdown,
  sergokalinskyMethodology,
} from '../index.js';

/** The school whose card the demo writes: on the list by both methodologies. @internal */
const CARD_SCHOOL = 'rezh-23';

/** The demo's outputs. @internal */
export interface DemoOutput {
  readonly evaluation: ProgramEvaluation;
  readonly extra: Identification;
  readonly markdown: string;
  readonly html: string;
  /** One school's card (the first school on the program's list). */
  readonly card: string;
  readonly json: string;
}

const INDICATOR_NAMES: Readonly<Record<string, [string, string]>> = {
  'seed000.i1': ['1. Равный доступ в ШНОР/ШНСУ', '1. Equal access in ШНОР/ШНСУ'],
  'seed000.i2': ['2. Педагоги, прошедшие адресное ПК', '2. Teachers with targeted PD'],
  'seed000.i3': ['3. Обучающиеся ШНСУ с подтверждённой объективностью', '3. ШНСУ pupils with confirmed objectivity'],
  'seed000.i4': ['4. Школы с объективно подтверждённым ростом', '4. Schools with confirmed improvement'],
  'seed000.i5': ['5. Укомплектованность без совместителей', '5. Staffing without part-timers'],
  'seed000.i6': ['6. ОО зоны риска с положительной динамикой', '6. Risk-zone schools with positive dynamics'],
  'seed000.i7': ['7. Удовлетворённые родители', '7. Satisfied parents'],
  'seed000.i8': ['8. ШНОР/ШНСУ с закреплённой школой-партнёром', '8. ШНОР/ШНСУ with a partner school'],
  'seed000.i9': ['9. ШНОР/ШНСУ с «Точкой роста»', '9. ШНОР/ШНСУ with «Точка роста»'],
  'seed000.i10': ['10. Школы с системой профилактики неуспешности', '10. Schools preventing academic failure'],
};

/**
 * Builds the demo report in a language.
 * @internal
 */
export function buildDemo(lang: Lang, year = 2023): DemoOutput {
  const dataset = parseDataset(sampleData);
  const actuals = (sampleActuals as unknown as { actuals: Record<string, { year: number; value: number | { count: number; total: number } }[]> }).actuals;
  const riskProfiles = (sampleProfiles as { profiles: unknown[] }).profiles.map((p) => parseRiskProfile(p, SEED_000_RISK_CATALOGUE));
  const evaluation = evaluateProgram(SEED_000_PROGRAM, dataset, year, { actuals, riskProfiles, trace: true });
  const prepared = prepareDataset(dataset);
  const extra = identify(sergokalinskyMethodology(), prepared, year, { trace: true, explain: true });
  const schoolNames = Object.fromEntries(dataset.schools.map((s) => [s.id, s.name]));
  const indicatorNames = Object.fromEntries(Object.entries(INDICATOR_NAMES).map(([k, v]) => [k, v[lang === 'ru' ? 0 : 1]]));
  const methodology002 = sergokalinskyMethodology();
  const extraSection = [{ title: lang === 'ru' ? `Для сравнения: методика Сергокалинского района Республики Дагестан на тех же школах, ${year} г.` : `For comparison: the Sergokalinsky district (Dagestan) methodology on the same schools, ${year}`, result: extra, methodology: methodology002 }];
  // the scatter: ОГЭ mathematics quality (4 and 5) over three years against the social index
  const points: { id: string; label: string; x: number; y: number }[] = [];
  for (const s of dataset.schools) {
    const x = extra.indices.isb?.[s.id];
    const rows = (dataset.results ?? []).filter((r) => r.schoolId === s.id && r.procedure === 'oge' && r.subject === 'math' && r.year > year - 3 && r.year <= year);
    const good = rows.reduce((n, r) => n + (r.marks?.['4'] ?? 0) + (r.marks?.['5'] ?? 0), 0);
    const all = rows.reduce((n, r) => n + (r.participants ?? 0), 0);
    if (x !== null && x !== undefined && all > 0) points.push({ id: s.id, label: s.name, x: Math.round(x * 1000) / 1000, y: Math.round((good * 1000) / all) / 10 });
  }
  const scatter: ScatterInput = {
    title: lang === 'ru' ? `Качество ОГЭ по математике (${year - 2}–${year}) и индекс социального благополучия` : `ОГЭ mathematics quality (${year - 2}–${year}) and the social well-being index`,
    xLabel: lang === 'ru' ? 'ИСБ (z-оценка)' : 'ИСБ (z-score)',
    yLabel: lang === 'ru' ? 'доля «4» и «5», %' : 'share of 4 and 5, %',
    points,
  };
  const options = { lang, schoolNames, indicatorNames, extra: extraSection, program: SEED_000_PROGRAM, dataset };
  return {
    evaluation,
    extra,
    markdown: renderMarkdown(evaluation, options),
    html: renderHtml(evaluation, { ...options, scatter }),
    card: renderSchoolCard(evaluation, CARD_SCHOOL, options) ?? '',
    // the traces stay out of the JSON (they are what the reasons in the reports are written from)
    json: `${JSON.stringify({ evaluation, seed002: extra, scatter }, (k, v: unknown) => (k === 'trace' ? undefined : v), 2)}\n`,
  };
}
