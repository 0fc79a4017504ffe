import type { Bilingual } from '../errors/messages.js';
import { toDec, toPlainString } from '../numbers/_lib/decimal.js';
import type { StaffStructure } from './context.js';
import type { Dataset } from './dataset.js';
import type { AssessmentResult, TerritoryResult } from './results.js';

/** A consistency warning: the data's own numbers disagree. The data is kept; the warning says how. */
export interface ConsistencyWarning {
  /** `MARKS_SUM`, `SHARE_MISMATCH`, `MEAN_MISMATCH`, `STAT_OUT_OF_RANGE`, `COUNT_EXCEEDS_PARTICIPANTS`, `TOTAL_MISMATCH`, `AGGREGATE_OUT_OF_RANGE`, `PARTICIPANTS_EXCEED_ADMITTED`, `DISTRIBUTION_SUM`. */
  readonly code: string;
  /** Where in the dataset. */
  readonly path: readonly (string | number)[];
  /** The numbers involved. */
  readonly numbers: Readonly<Record<string, number | string>>;
  /** What disagrees, in Russian and English. */
  readonly message: Bilingual;
}

/** Options for {@link checkDataset}. */
export interface ConsistencyOptions {
  /** How far a printed percent may be from the one computed from counts, in п.п.; 0.5 by default (a value printed to whole percents). */
  readonly percentTolerance?: number;
  /** How far a printed mean may be from the mean of the mark distribution; 0.005 by default (two decimals). */
  readonly meanTolerance?: number;
}

type Row = AssessmentResult | TerritoryResult;

/** A number for a Russian sentence: decimal comma. */
const ru = (x: string | number): string => String(x).replace('.', ',');

/** Where a row is, in words (written only for a warning). */
const whereOf = (r: Row): string => `${'schoolId' in r ? r.schoolId : r.territoryId}, ${r.year}, ${r.procedure} ${r.subject} ${r.grade}`;

/**
 * Whether `|count · scale / total − printed| > tolerance`, exactly: in floating point when the
 * difference is clearly on one side (millions of rows are checked), in decimals near the boundary.
 */
function beyond(count: number, scale: number, total: number, printed: string | number, tolerance: number): boolean {
  const p = typeof printed === 'number' ? printed : Number(printed.replace(',', '.'));
  const d = Math.abs((count * scale) / total - p);
  if (Number.isFinite(d) && Math.abs(d - tolerance) > 1e-9 * Math.max(1, Math.abs(p))) return d > tolerance;
  return toDec(count).times(scale).div(total).minus(toDec(printed)).abs().gt(tolerance);
}

function rowWarnings(r: Row, kind: string, index: number, o: Required<ConsistencyOptions>, out: ConsistencyWarning[]): void {
  const path = (...rest: (string | number)[]): (string | number)[] => [kind, index, ...rest];
  const m = r.marks;
  if (m !== undefined) {
    const n2 = m['2'] ?? 0;
    const n3 = m['3'] ?? 0;
    const n4 = m['4'] ?? 0;
    const n5 = m['5'] ?? 0;
    const sum = n2 + n3 + n4 + n5;
    if (r.participants !== undefined && sum !== r.participants) {
      out.push({
        code: 'MARKS_SUM',
        path: path('marks'),
        numbers: { sum, participants: r.participants },
        message: { ru: `${whereOf(r)}: сумма отметок «2»–«5» (${sum}) не равна числу участников (${r.participants})`, en: `${whereOf(r)}: marks 2–5 add up to ${sum}, not to the ${r.participants} participants` },
      });
    }
    if (sum > 0) {
      const printed = r.reported?.mean ?? (r.scoreKind === 'mark' || r.procedure === 'oge' || r.procedure === 'gve9' ? r.mean : undefined);
      if (printed !== undefined && beyond(2 * n2 + 3 * n3 + 4 * n4 + 5 * n5, 1, sum, printed, o.meanTolerance)) {
        const mean = toDec(2 * n2 + 3 * n3 + 4 * n4 + 5 * n5).div(sum);
        const where = whereOf(r);
        out.push({
          code: 'MEAN_MISMATCH',
          path: path(r.reported?.mean !== undefined ? 'reported' : 'mean'),
          numbers: { printed: String(printed), computed: toPlainString(mean.toDecimalPlaces(4)) },
          message: { ru: `${where}: средняя отметка ${ru(printed)} не совпадает с вычисленной по распределению (${ru(mean.toFixed(2))})`, en: `${where}: mean mark ${String(printed)} differs from the distribution's (${mean.toFixed(2)})` },
        });
      }
      const checks: [string, number, string | number | undefined, string, string][] =
        r.reported === undefined
          ? []
          : [
              ['qualityPercent', n4 + n5, r.reported.qualityPercent, 'качество («4» и «5»)', 'quality (4 and 5)'],
              ['successPercent', n3 + n4 + n5, r.reported.successPercent, 'успеваемость', 'success rate'],
            ];
      for (const [field, count, printedPct, label, en] of checks) {
        if (printedPct === undefined) continue;
        if (beyond(count, 100, sum, printedPct, o.percentTolerance)) {
          const computed = toDec(count).times(100).div(sum);
          const where = whereOf(r);
          out.push({
            code: 'SHARE_MISMATCH',
            path: path('reported', field),
            numbers: { printed: String(printedPct), computed: computed.toFixed(2), count, total: sum },
            message: { ru: `${where}: ${label} ${ru(printedPct)} % не совпадает с ${count} из ${sum} (${ru(computed.toFixed(2))} %)`, en: `${where}: ${en} ${String(printedPct)} % disagrees with ${count} of ${sum} (${computed.toFixed(2)} %)` },
          });
        }
      }
    }
  }
  const participants = r.participants;
  for (const field of ['belowMinimum', 'passed', 'winners', 'prizeWinners'] as const) {
    const v = r[field];
    if (v !== undefined && participants !== undefined && v > participants) {
      out.push({
        code: 'COUNT_EXCEEDS_PARTICIPANTS',
        path: path(field),
        numbers: { [field]: v, participants },
        message: { ru: `${whereOf(r)}: ${field} = ${v} больше числа участников (${participants})`, en: `${whereOf(r)}: ${field} = ${v} exceeds the ${participants} participants` },
      });
    }
  }
  if (r.reported?.belowMinimumPercent !== undefined && r.belowMinimum !== undefined && participants !== undefined && participants > 0) {
    if (beyond(r.belowMinimum, 100, participants, r.reported.belowMinimumPercent, o.percentTolerance)) {
      const computed = toDec(r.belowMinimum).times(100).div(participants);
      const where = whereOf(r);
      out.push({
        code: 'SHARE_MISMATCH',
        path: path('reported', 'belowMinimumPercent'),
        numbers: { printed: String(r.reported.belowMinimumPercent), computed: computed.toFixed(2), count: r.belowMinimum, total: participants },
        message: { ru: `${where}: доля ниже минимума ${String(r.reported.belowMinimumPercent)} % не совпадает с ${r.belowMinimum} из ${participants}`, en: `${where}: below-minimum share ${String(r.reported.belowMinimumPercent)} % disagrees with ${r.belowMinimum} of ${participants}` },
      });
    }
  }
  if (r.min !== undefined && r.max !== undefined) {
    const where = whereOf(r);
    const stats = { mean: r.mean, median: r.median, mode: r.mode };
    for (const [name, v] of Object.entries(stats)) {
      if (v !== undefined && (v < r.min || v > r.max)) {
        out.push({
          code: 'STAT_OUT_OF_RANGE',
          path: path(name),
          numbers: { [name]: v, min: r.min, max: r.max },
          message: { ru: `${where}: ${name} = ${v} вне диапазона min..max (${r.min}..${r.max})`, en: `${where}: ${name} = ${v} is outside min..max (${r.min}..${r.max})` },
        });
      }
    }
    if (r.min > r.max) {
      out.push({ code: 'STAT_OUT_OF_RANGE', path: path('min'), numbers: { min: r.min, max: r.max }, message: { ru: `${where}: min больше max`, en: `${where}: min exceeds max` } });
    }
  }
}

/**
 * Checks a dataset's own numbers and returns warnings with the numbers involved; the data itself
 * is never changed. It finds mark distributions that do not add up to their participants, printed
 * shares and means that disagree with their counts, statistics outside min..max, municipal totals
 * that are not the sum of their schools, stated averages outside the range of what they average
 * (seed 000: «в среднем 84 %» of 83, 65 and 77), and more participants than pupils admitted to
 * the exam (seed 000: 557 at ОГЭ mathematics with 491 admitted), and staff distributions (by age,
 * service, education, category) that do not add up to the number of teachers.
 *
 * @param dataset - A parsed dataset.
 * @param options - Tolerances for printed percents and means.
 * @returns The warnings, in dataset order.
 * @example
 * ```ts
 * checkDataset(dataset).map((w) => w.code) //=> ['AGGREGATE_OUT_OF_RANGE', 'PARTICIPANTS_EXCEED_ADMITTED']
 * ```
 */
export function checkDataset(dataset: Dataset, options: ConsistencyOptions = {}): ConsistencyWarning[] {
  const o = { percentTolerance: options.percentTolerance ?? 0.5, meanTolerance: options.meanTolerance ?? 0.005 };
  const out: ConsistencyWarning[] = [];
  const results = dataset.results ?? [];
  for (let i = 0; i < results.length; i++) rowWarnings(results[i] as AssessmentResult, 'results', i, o, out);
  const totals = dataset.territoryResults ?? [];
  for (let i = 0; i < totals.length; i++) rowWarnings(totals[i] as TerritoryResult, 'territoryResults', i, o, out);

  // municipal totals against the sum of their schools
  const schoolsOf = new Map<string, string>();
  for (const s of dataset.schools) schoolsOf.set(s.id, s.territoryId);
  const sums = new Map<string, { participants: number; marks: number[]; n: number }>();
  // only the territories that have totals of their own are summed
  const withTotals = new Set(totals.map((t) => t.territoryId));
  for (const r of withTotals.size > 0 ? results : []) {
    const t = schoolsOf.get(r.schoolId);
    if (t === undefined || !withTotals.has(t)) continue;
    const key = `${t}|${r.year}|${r.procedure}|${r.subject}|${r.grade}|${r.stage ?? ''}`;
    const acc = sums.get(key) ?? { participants: 0, marks: [0, 0, 0, 0], n: 0 };
    acc.participants += r.participants ?? 0;
    acc.n++;
    if (r.marks) ['2', '3', '4', '5'].forEach((k, j) => (acc.marks[j] = (acc.marks[j] as number) + (r.marks?.[k as '2'] ?? 0)));
    sums.set(key, acc);
  }
  (dataset.territoryResults ?? []).forEach((t, i) => {
    const acc = sums.get(`${t.territoryId}|${t.year}|${t.procedure}|${t.subject}|${t.grade}|${t.stage ?? ''}`);
    if (acc === undefined) return;
    if (t.participants !== undefined && acc.participants !== t.participants) {
      out.push({
        code: 'TOTAL_MISMATCH',
        path: ['territoryResults', i, 'participants'],
        numbers: { total: t.participants, sumOfSchools: acc.participants, schools: acc.n },
        message: { ru: `${t.territoryId}, ${t.year}, ${t.procedure} ${t.subject}: итог ${t.participants} участников, а сумма по ${acc.n} школам — ${acc.participants}`, en: `${t.territoryId}, ${t.year}, ${t.procedure} ${t.subject}: total ${t.participants} participants, the ${acc.n} schools add up to ${acc.participants}` },
      });
    }
    if (t.marks !== undefined) {
      ['2', '3', '4', '5'].forEach((k, j) => {
        const total = t.marks?.[k as '2'] ?? 0;
        if (total !== acc.marks[j]) {
          out.push({
            code: 'TOTAL_MISMATCH',
            path: ['territoryResults', i, 'marks', k],
            numbers: { total, sumOfSchools: acc.marks[j] as number },
            message: { ru: `${t.territoryId}, ${t.year}: итог по отметке «${k}» ${total}, а сумма по школам — ${String(acc.marks[j])}`, en: `${t.territoryId}, ${t.year}: total for mark ${k} is ${total}, the schools add up to ${String(acc.marks[j])}` },
          });
        }
      });
    }
  });

  // stated aggregates against their components
  (dataset.reported ?? []).forEach((a, i) => {
    const comps = a.components.map((c) => toDec(c));
    const value = toDec(a.value);
    if (a.kind === 'mean') {
      const lo = comps.reduce((x, y) => (y.lt(x) ? y : x));
      const hi = comps.reduce((x, y) => (y.gt(x) ? y : x));
      if (value.lt(lo) || value.gt(hi)) {
        const mean = comps.reduce((x, y) => x.plus(y)).div(comps.length);
        out.push({
          code: 'AGGREGATE_OUT_OF_RANGE',
          path: ['reported', i],
          numbers: { stated: String(a.value), min: toPlainString(lo), max: toPlainString(hi), meanOfComponents: mean.toFixed(2) },
          message: { ru: `«${a.label}»: среднее ${ru(a.value)} вне диапазона усредняемых значений (${ru(toPlainString(lo))}…${ru(toPlainString(hi))}); их среднее — ${ru(mean.toFixed(2))}`, en: `"${a.label}": the stated mean ${String(a.value)} lies outside the values it averages (${toPlainString(lo)}…${toPlainString(hi)}); their mean is ${mean.toFixed(2)}` },
        });
      }
    } else {
      const sum = comps.reduce((x, y) => x.plus(y));
      if (!sum.eq(value)) {
        out.push({
          code: 'TOTAL_MISMATCH',
          path: ['reported', i],
          numbers: { stated: String(a.value), sum: toPlainString(sum) },
          message: { ru: `«${a.label}»: итог ${String(a.value)}, а сумма слагаемых — ${toPlainString(sum)}`, en: `"${a.label}": stated total ${String(a.value)}, the parts add up to ${toPlainString(sum)}` },
        });
      }
    }
  });

  // participants against pupils admitted to ГИА
  for (const f of dataset.territoryFacts ?? []) {
    for (const [grade, admitted, procs] of [
      [9, f.admittedToGia9, ['oge', 'gve9']],
      [11, f.admittedToGia11, ['ege', 'gve11']],
    ] as const) {
      if (admitted === undefined) continue;
      (dataset.territoryResults ?? []).forEach((t, i) => {
        if (t.territoryId !== f.territoryId || t.year !== f.year || t.grade !== grade || !(procs as readonly string[]).includes(t.procedure)) return;
        if (t.participants !== undefined && t.participants > admitted) {
          out.push({
            code: 'PARTICIPANTS_EXCEED_ADMITTED',
            path: ['territoryResults', i, 'participants'],
            numbers: { participants: t.participants, admitted },
            message: { ru: `${t.territoryId}, ${t.year}, ${t.procedure} ${t.subject}: ${t.participants} участников при ${admitted} допущенных к ГИА-${grade}`, en: `${t.territoryId}, ${t.year}, ${t.procedure} ${t.subject}: ${t.participants} participants but only ${admitted} admitted to the grade ${grade} exams` },
          });
        }
      });
    }
  }

  // staff distributions against the number of teachers
  (dataset.staffing ?? []).forEach((st, i) => staffWarnings(st, `${st.schoolId}, ${st.year}`, ['staffing', i], out));
  (dataset.territoryFacts ?? []).forEach((f, i) => {
    if (f.staff !== undefined) staffWarnings(f.staff, `${f.territoryId}, ${f.year}`, ['territoryFacts', i, 'staff'], out);
  });
  return out;
}

/**
 * A staff's distributions against its number of teachers: the age and service bands and the
 * education split must add up to it; the qualification categories may not exceed it (teachers
 * without a category are not counted there).
 */
function staffWarnings(st: Pick<StaffStructure, 'teachers' | 'ageBands' | 'serviceBands'> & Partial<Pick<StaffStructure, 'education' | 'qualification'>>, where: string, path: (string | number)[], out: ConsistencyWarning[]): void {
  const sumOf = (xs: readonly (number | undefined)[]): number => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
  const parts: [string, string, string, number | undefined, boolean][] = [
    ['ageBands', 'возраст', 'age', st.ageBands && sumOf(st.ageBands.map((b) => b.count)), true],
    ['serviceBands', 'стаж', 'length of service', st.serviceBands && sumOf(st.serviceBands.map((b) => b.count)), true],
    ['education', 'образование', 'education', st.education?.higher !== undefined && st.education.secondaryVocational !== undefined ? st.education.higher + st.education.secondaryVocational : undefined, true],
    ['qualification', 'квалификационные категории', 'qualification categories', st.qualification && sumOf([st.qualification.highest, st.qualification.first, st.qualification.matchesPosition]), false],
  ];
  for (const [field, ru, en, sum, exact] of parts) {
    if (sum === undefined || sum === st.teachers || (!exact && sum < st.teachers)) continue;
    out.push({
      code: 'DISTRIBUTION_SUM',
      path: [...path, field],
      numbers: { sum, teachers: st.teachers },
      message: { ru: `${where}: распределение «${ru}» даёт ${sum} педагогов из ${st.teachers}`, en: `${where}: the ${en} distribution adds up to ${sum} teachers of ${st.teachers}` },
    });
  }
}
