/** Computes school measures for identification. Internal. */
import type { Reason } from '../../core/outcome.js';
import type { AssessmentResult, TerritoryResult } from '../../model/results.js';
import type { Measure } from '../schema.js';
import { type MissingInput, yearSpan } from '../engine/missing.js';
import { countInBands } from '../../model/staff.js';
import { type ByProcedure, type DatasetIndex, at } from './context.js';
import { readNumber } from '../../numbers/decimal.js';
import { emptyDenominator } from '../../numbers/reasons.js';
import { BUILT_IN_CATALOGUE, BUILT_IN_MARKED, type ProcedureCatalogue, proceduresOf, resultInput } from './procedures.js';

/** A measure's value for one school: a number (with the exact share behind it, when there is one). */
export type MeasureValue =
  | { readonly status: 'value'; readonly value: number; readonly share?: { readonly count: number; readonly total: number }; readonly years: readonly number[]; readonly detail?: Readonly<Record<string, number | string>> }
  | { readonly status: 'missing'; readonly missing: readonly MissingInput[] }
  | { readonly status: 'not_applicable'; readonly reason: Reason };

type Row = AssessmentResult | TerritoryResult;
type Metric = Extract<Measure, { kind: 'result' }>['metric'];

const SHARE_METRICS = new Set<Metric>(['belowMinimumShare', 'qualityShare', 'successShare']);
/** Metrics that are counts: summed over rows and years, never averaged. */
const COUNT_METRICS = new Set<Metric>(['participants', 'belowMinimumCount', 'resultsCount']);

/**
 * Counts (for a share) or a value with a weight (for a mean) from one row; a string names the
 * missing field. `marked`: the procedures whose «2» counts as below the minimum (the built-in
 * ones, and the dataset's declared procedures that say so).
 */
export function rowPart(r: Row, metric: Metric, marked: ReadonlySet<string> = BUILT_IN_MARKED): { count: number; total: number } | { value: number; weight: number | null } | string {
  const m = r.marks;
  const total = r.participants ?? (m === undefined ? undefined : (m['2'] ?? 0) + (m['3'] ?? 0) + (m['4'] ?? 0) + (m['5'] ?? 0));
  switch (metric) {
    case 'belowMinimumShare': {
      const count = r.belowMinimum ?? (marked.has(r.procedure) && m !== undefined ? (m['2'] ?? 0) : undefined);
      if (count === undefined) return 'belowMinimum';
      if (total === undefined) return 'participants';
      return { count, total };
    }
    case 'qualityShare':
      if (m === undefined) return 'marks';
      return { count: (m['4'] ?? 0) + (m['5'] ?? 0), total: total as number };
    case 'successShare':
      if (m === undefined) return 'marks';
      return { count: (m['3'] ?? 0) + (m['4'] ?? 0) + (m['5'] ?? 0), total: total as number };
    case 'meanScore':
      if (r.mean === undefined) return 'mean';
      return { value: r.mean, weight: r.participants ?? null };
    case 'meanMark': {
      if (m !== undefined) {
        const n = (m['2'] ?? 0) + (m['3'] ?? 0) + (m['4'] ?? 0) + (m['5'] ?? 0);
        if (n > 0) return { value: (2 * (m['2'] ?? 0) + 3 * (m['3'] ?? 0) + 4 * (m['4'] ?? 0) + 5 * (m['5'] ?? 0)) / n, weight: n };
      }
      if (r.mean !== undefined && (r.scoreKind === 'mark' || r.procedure === 'oge' || r.procedure === 'gve9' || r.procedure === 'gve11')) return { value: r.mean, weight: r.participants ?? null };
      return 'marks';
    }
    case 'participants':
      if (total === undefined) return 'participants';
      return { value: total, weight: null };
    case 'belowMinimumCount': {
      const count = r.belowMinimum ?? (marked.has(r.procedure) && m !== undefined ? (m['2'] ?? 0) : undefined);
      if (count === undefined) return 'belowMinimum';
      return { value: count, weight: null };
    }
    case 'resultsCount':
      return { value: 1, weight: null };
    case 'basicTasksShare':
      if (r.basicTasksDone === undefined) return 'basicTasksDone';
      return { value: r.basicTasksDone, weight: r.participants ?? null };
    case 'advancedTasksShare':
      if (r.advancedTasksDone === undefined) return 'advancedTasksDone';
      return { value: r.advancedTasksDone, weight: r.participants ?? null };
  }
}

/** The number of participants of a row (from its marks when it does not say). */
function rowSize(r: Row): number {
  const m = r.marks;
  return r.participants ?? (m === undefined ? 0 : (m['2'] ?? 0) + (m['3'] ?? 0) + (m['4'] ?? 0) + (m['5'] ?? 0));
}

/** Pools the parts of several rows into one value. */
export function poolParts(parts: readonly ReturnType<typeof rowPart>[], metric: Metric): { value: number; share?: { count: number; total: number }; weighting?: string } | null {
  if (parts.length === 0) return null;
  if (SHARE_METRICS.has(metric)) {
    let count = 0;
    let total = 0;
    for (const p of parts) {
      const q = p as { count: number; total: number };
      count += q.count;
      total += q.total;
    }
    if (total === 0) return null;
    return { value: (count * 100) / total, share: { count, total } };
  }
  if (COUNT_METRICS.has(metric)) return { value: parts.reduce((s, p) => s + (p as { value: number }).value, 0) };
  const ps = parts as readonly { value: number; weight: number | null }[];
  if (ps.length === 1) return { value: (ps[0] as { value: number }).value };
  if (ps.every((p) => p.weight !== null && p.weight > 0)) {
    const w = ps.reduce((s, p) => s + (p.weight as number), 0);
    return { value: ps.reduce((s, p) => s + p.value * (p.weight as number), 0) / w, weighting: 'participants' };
  }
  return { value: ps.reduce((s, p) => s + p.value, 0) / ps.length, weighting: 'equal' };
}

/** A result measure over a year → rows map (a school's or a territory's). */
export function resultMeasure(byYear: { get(year: number): ByProcedure<Row> | undefined } | undefined, m: Extract<Measure, { kind: 'result' }>, year: number, who: string, procs: ProcedureCatalogue = BUILT_IN_CATALOGUE): MeasureValue {
  // one pass, no intermediate arrays: national datasets call this for every school
  const last = m.years?.last ?? 1;
  const pool = (m.years?.combine ?? 'pool') === 'pool';
  const share = SHARE_METRICS.has(m.metric);
  let lacking: MissingInput[] | null = null;
  const minN = m.minParticipants;
  let suppressed = 0;
  // the years with data, as bits from the window's first year: the list is one shared array
  const first = year - last + 1;
  let mask = 0;
  // pooled accumulators
  let count = 0;
  let total = 0;
  let wsum = 0;
  let wtot = 0;
  let usum = 0;
  let n = 0;
  let weighted = true;
  let single = 0;
  // per-year means (combine: 'mean')
  let yearlySum = 0;
  let yearlyN = 0;
  for (let y = year - last + 1; y <= year; y++) {
    const procedures = byYear?.get(y);
    let yc = 0;
    let yt = 0;
    let yws = 0;
    let ywt = 0;
    let yus = 0;
    let yn = 0;
    let yWeighted = true;
    let matched = 0;
    let bad: string | null = null;
    let badRow: Row | undefined;
    if (procedures !== undefined) {
      for (let pi = 0; pi < m.procedures.length; pi++) {
        const proc = m.procedures[pi] as string;
        // a procedure listed twice counts once
        if (m.procedures.indexOf(proc as never) !== pi) continue;
        const rows = procedures.get(proc);
        if (rows === undefined) continue;
        for (const r of rows) {
          if (!m.subjects.includes(r.subject)) continue;
          if (m.grades !== undefined && !m.grades.includes(r.grade)) continue;
          if (minN !== undefined && rowSize(r) < minN) {
            // too few participants: left out before pooling, and said so
            suppressed++;
            continue;
          }
          matched++;
          const part = rowPart(r, m.metric, procs.marked);
          if (typeof part === 'string') {
            bad = part;
            badRow = r;
            continue;
          }
          if (share) {
            const p = part as { count: number; total: number };
            yc += p.count;
            yt += p.total;
          } else {
            const p = part as { value: number; weight: number | null };
            yus += p.value;
            yn++;
            single = p.value;
            if (p.weight !== null && p.weight > 0) {
              yws += p.value * p.weight;
              ywt += p.weight;
            } else yWeighted = false;
          }
        }
      }
    }
    if (matched === 0) {
      if (m.years?.requireAll === true) (lacking ??= []).push(resultInput(who, m.procedures, m.subjects, y, y, procs));
      continue;
    }
    if (bad !== null) {
      (lacking ??= []).push(resultInput(who, [(badRow as Row).procedure], [(badRow as Row).subject], y, y, procs, { grade: (badRow as Row).grade, field: bad }));
      continue;
    }
    mask += 2 ** (y - first); // each year once: exact for any window length
    count += yc;
    total += yt;
    wsum += yws;
    wtot += ywt;
    usum += yus;
    n += yn;
    if (!yWeighted) weighted = false;
    if (!pool) {
      if (share) {
        if (yt > 0) {
          yearlySum += (yc * 100) / yt;
          yearlyN++;
        }
      } else if (COUNT_METRICS.has(m.metric)) {
        yearlySum += yus;
        yearlyN++;
      } else if (yn > 0) {
        yearlySum += yn === 1 ? yus : yWeighted ? yws / ywt : yus / yn;
        yearlyN++;
      }
    }
  }
  if (lacking !== null) return { status: 'missing', missing: lacking };
  if (mask === 0 && suppressed > 0) {
    return { status: 'not_applicable', reason: { code: 'SUPPRESSED', ru: `все результаты скрыты: в каждом меньше ${minN} участников`, en: `every result is suppressed: each has fewer than ${minN} participants` } };
  }
  if (mask === 0) return { status: 'missing', missing: [resultInput(who, m.procedures, m.subjects, year - last + 1, year, procs)] };
  const yearsWithData = yearsIn(first, mask, last);
  if (!pool) {
    if (yearlyN === 0) return { status: 'not_applicable', reason: EMPTY };
    return { status: 'value', value: yearlySum / yearlyN, years: yearsWithData, detail: MEAN_DETAIL };
  }
  if (share) {
    if (total === 0) return { status: 'not_applicable', reason: EMPTY };
    return { status: 'value', value: (count * 100) / total, share: { count, total }, years: yearsWithData, ...(suppressed > 0 ? { detail: { suppressed } } : {}) };
  }
  if (COUNT_METRICS.has(m.metric)) return { status: 'value', value: usum, years: yearsWithData, ...(suppressed > 0 ? { detail: { suppressed } } : {}) };
  if (n === 1) return { status: 'value', value: single, years: yearsWithData };
  return weighted ? { status: 'value', value: wsum / wtot, years: yearsWithData, detail: WEIGHTED } : { status: 'value', value: usum / n, years: yearsWithData, detail: EQUAL };
}

const YEAR_LISTS = new Map<number, readonly number[]>();
/** Every shared year list, by identity → its number (the evaluator packs measure values with it). */
const YEAR_LIST_IDS = new Map<readonly number[], number>();
const YEAR_LIST_BY_ID: (readonly number[])[] = [];

/**
 * The years of a window that have data, as one shared frozen array per (first year, set of years),
 * so that a million measure values do not allocate a million arrays. `mask` has bit i set when
 * year `first + i` has data; windows longer than 30 years get an unshared array.
 */
export function yearsIn(first: number, mask: number, length: number): readonly number[] {
  if (length > 30) {
    const out: number[] = [];
    for (let i = 0; i < length; i++) if (Math.floor(mask / 2 ** i) % 2 === 1) out.push(first + i);
    return out;
  }
  const key = first * 2 ** 31 + mask;
  let a = YEAR_LISTS.get(key);
  if (a === undefined) {
    const out: number[] = [];
    for (let i = 0; i < length; i++) if ((mask >>> i) & 1) out.push(first + i);
    a = Object.freeze(out);
    YEAR_LISTS.set(key, a);
    YEAR_LIST_IDS.set(a, YEAR_LIST_BY_ID.length);
    YEAR_LIST_BY_ID.push(a);
  }
  return a;
}

/** A shared one-year array. */
export function yearsOf(y: number): readonly number[] {
  // a measure of one year asks this for every school: the list by year in an array, not through the map's number keys
  const k = y - 1900;
  if (k >= 0 && k < 300 && Number.isInteger(k)) {
    let a = SINGLE_YEARS[k];
    if (a === undefined) {
      a = yearsIn(y, 1, 1);
      SINGLE_YEARS[k] = a;
    }
    return a;
  }
  return yearsIn(y, 1, 1);
}

/** The one-year lists of the years 1900–2199, by year − 1900 (the same objects `yearsIn` shares). */
const SINGLE_YEARS: (readonly number[] | undefined)[] = [];

/** The number of a shared year list, or -1 when the list is not shared. */
export function yearListId(years: readonly number[]): number {
  return YEAR_LIST_IDS.get(years) ?? -1;
}

/** The shared year list with that number. */
export function yearListById(id: number): readonly number[] {
  return YEAR_LIST_BY_ID[id] as readonly number[];
}

const EMPTY = /* #__PURE__ */ emptyDenominator().reason;
const MEAN_DETAIL = Object.freeze({ combine: 'mean' } as const);
const WEIGHTED = Object.freeze({ weighting: 'participants' } as const);
const EQUAL = Object.freeze({ weighting: 'equal' } as const);
const SHARED_DETAILS: readonly Readonly<Record<string, string>>[] = [MEAN_DETAIL, WEIGHTED, EQUAL];

/** The number of a shared `detail` object (how a mean was weighted), or -1. */
export function detailId(detail: object): number {
  return SHARED_DETAILS.indexOf(detail as Readonly<Record<string, string>>);
}

/** The shared `detail` object with that number. */
export function detailById(id: number): Readonly<Record<string, string>> {
  return SHARED_DETAILS[id] as Readonly<Record<string, string>>;
}

const shareValue = (count: number, total: number, years: readonly number[]): MeasureValue =>
  total === 0
    ? emptyDenominator()
    : { status: 'value', value: (count * 100) / total, share: { count, total }, years };

/**
 * A measure's value for a school in a year, except `index` and `category` measures, which the
 * evaluator resolves itself. With `unnamed` (statuses only), a social, staff, resource, external or
 * declared measure that lacks its record gives that one value instead of a list of what it lacks.
 */
export function schoolMeasure(ix: DatasetIndex, m: Measure, si: number, year: number, unnamed?: MeasureValue): MeasureValue {
  const school = ix.schools[si];
  if (school === undefined) return { status: 'missing', missing: [{ kind: 'field', school: `#${si}`, section: 'school', field: 'record' }] };
  const schoolId = school.id;
  switch (m.kind) {
    case 'result': {
      // ЕГЭ and ГВЭ-11 are not held at a school without grade 11: not applicable, not missing
      if ((school.type === 'ООШ' || school.type === 'НОШ') && m.procedures.every((p) => p === 'ege' || p === 'gve11')) {
        const held = m.procedures.map((p) => (p === 'ege' ? 'ЕГЭ' : 'ГВЭ-11')).join(m.procedures.length === 2 ? ' и ' : ', ');
        return { status: 'not_applicable', reason: { code: 'NOT_OFFERED', ru: `в школе нет 11 класса (${school.type}): ${held} не ${m.procedures.length > 1 ? 'проводятся' : 'проводится'}`, en: `the school has no grade 11 (${school.type}): no ${held.replace(' и ', ' or ')}` } };
      }
      return resultMeasure(ix.results[si], m, year, schoolId, proceduresOf(ix.dataset));
    }
    case 'fact': {
      const last = m.years?.last ?? 1;
      let count = 0;
      let total = 0;
      const first = year - last + 1;
      let mask = 0;
      const lacking: MissingInput[] = [];
      for (let y = first; y <= year; y++) {
        const f = at(ix.facts, si, y)?.[m.field];
        if (f === undefined) {
          lacking.push({ kind: 'field', school: schoolId, section: 'facts', field: m.field, years: yearSpan(y, y) });
          continue;
        }
        count += f.count;
        total += f.total;
        mask += 2 ** (y - first); // each year once: exact for any window length
      }
      // every year of the window is needed unless the measure says otherwise
      if (lacking.length > 0 && ((m.years?.requireAll ?? true) || mask === 0)) return { status: 'missing', missing: lacking };
      return shareValue(count, total, yearsIn(first, mask, last));
    }
    case 'social': {
      const s = at(ix.social, si, year);
      const c = s?.counts?.[m.factor];
      if (s !== undefined && c !== undefined) return shareValue(c, s.pupils, yearsOf(year));
      const p = s?.percents?.[m.factor];
      if (p !== undefined) return { status: 'value', value: readNumber(p), years: yearsOf(year) };
      return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'social', field: m.factor, years: yearSpan(year, year) }] };
    }
    case 'staffing': {
      const s = at(ix.staffing, si, year);
      if (s === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'staffing', field: m.field, years: yearSpan(year, year) }] };
      const v = m.field === 'qualified' ? (s.highestCategory !== undefined && s.firstCategory !== undefined ? s.highestCategory + s.firstCategory : undefined) : s[m.field];
      if (v === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'staffing', field: m.field, years: yearSpan(year, year) }] };
      return shareValue(v, s.teachers, yearsOf(year));
    }
    case 'staffBand': {
      const s = at(ix.staffing, si, year);
      const bands = m.distribution === 'age' ? s?.ageBands : s?.serviceBands;
      if (bands === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'staffing', field: m.distribution === 'age' ? 'ageBands' : 'serviceBands', years: yearSpan(year, year) }] };
      const c = countInBands(bands, m);
      if (c.status !== 'value') return c.status === 'missing' ? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'staffing', field: m.distribution === 'age' ? 'ageBands' : 'serviceBands', years: yearSpan(year, year) }] } : { status: 'not_applicable', reason: c.reason };
      return shareValue(c.value.count, c.value.total, yearsOf(year));
    }
    case 'resources': {
      const r = at(ix.resources, si, year);
      if (r === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'resources', field: m.field, years: yearSpan(year, year) }] };
      if (m.field === 'openDeficits') {
        if (r.deficits === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'resources', field: 'deficits', years: yearSpan(year, year) }] };
        return { status: 'value', value: r.deficits.filter((d) => d.eliminated !== true).length, years: yearsOf(year) };
      }
      const v = r[m.field];
      if (v === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'resources', field: m.field, years: yearSpan(year, year) }] };
      return { status: 'value', value: typeof v === 'boolean' ? (v ? 1 : 0) : readNumber(v), years: yearsOf(year) };
    }
    case 'external': {
      const y = year + (m.yearOffset ?? 0);
      const e = at(ix.external, si, y);
      if (e === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'external', field: m.field, years: yearSpan(y, y) }] };
      if (m.field === 'absentFromAnalytics') return { status: 'value', value: e.absentFromAnalytics === true ? 1 : 0, years: yearsOf(y) };
      if (e.absentFromAnalytics === true) {
        return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'external', field: 'absentFromAnalytics', years: yearSpan(y, y) }] };
      }
      const v = m.field === 'antiRatingPlace' || m.field === 'isbshGroup' || m.field === 'qualityGroup' ? e[m.field] : e.lists?.[m.field];
      if (v === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'external', field: m.field, years: yearSpan(y, y) }] };
      return { status: 'value', value: typeof v === 'boolean' ? (v ? 1 : 0) : v, years: yearsOf(y) };
    }
    case 'school': {
      const s = school;
      if (m.field === 'rural') return { status: 'value', value: s.settlement === 'rural' ? 1 : 0, years: yearsOf(year) };
      if (m.field === 'smallClass') return s.smallClass === undefined ? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'school', field: 'smallClass' }] } : { status: 'value', value: s.smallClass ? 1 : 0, years: yearsOf(year) };
      if (m.field === 'distanceToCentreKm') return s.distanceToCentreKm === undefined ? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'school', field: 'distanceToCentreKm' }] } : { status: 'value', value: s.distanceToCentreKm, years: yearsOf(year) };
      const e = s.enrolment?.find((x) => x.year === year);
      return e === undefined ? { status: 'missing', missing: [{ kind: 'field', school: schoolId, section: 'school', field: 'enrolment', years: yearSpan(year, year) }] } : { status: 'value', value: e.pupils, years: yearsOf(year) };
    }
    case 'declared':
      return declaredMeasure(ix, m, si, year, schoolId, unnamed);
    case 'index':
    case 'category':
    case 'selectionBound':
    case 'sum':
    case 'difference':
    case 'ratio':
    case 'change':
      throw new Error('resolved by the evaluator');
  }
}

/** z for a two-sided interval at 90, 95 and 99 %. */
const Z: Readonly<Record<number, number>> = { 90: 1.6448536269514722, 95: 1.959963984540054, 99: 2.5758293035489004 };

const toNum = (x: string | number): number => readNumber(x);

/** Per dataset's declarations and fact: the value of a fact the dataset does not declare (one for every school). */
const undeclaredValues = new WeakMap<object, Map<string, Extract<MeasureValue, { status: 'not_applicable' }>>>();
/** The value of a fact the dataset does not declare, one object per dataset and fact (measures and the `status` rule). @internal */
export function undeclaredValue(declarations: DatasetIndex['declarations'], fact: string): Extract<MeasureValue, { status: 'not_applicable' }> {
  let byFact = undeclaredValues.get(declarations);
  if (byFact === undefined) {
    byFact = new Map();
    undeclaredValues.set(declarations, byFact);
  }
  let v = byFact.get(fact);
  if (v === undefined) {
    v = { status: 'not_applicable', reason: { code: 'UNDECLARED', ru: `набор данных не объявляет показатель «${fact}»`, en: `the dataset does not declare the fact "${fact}"` } };
    byFact.set(fact, v);
  }
  return v;
}

/** A declared fact's value, or a bound of its confidence interval. */
function declaredMeasure(ix: DatasetIndex, m: Extract<Measure, { kind: 'declared' }>, si: number, year: number, schoolId: string, unnamed?: MeasureValue): MeasureValue {
  const y = year + (m.yearOffset ?? 0);
  const decl = ix.declarations.get(m.fact);
  if (decl === undefined) return undeclaredValue(ix.declarations, m.fact);
  const fv = at(ix.declared, si, y)?.get(m.fact);
  if (fv === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'declared', school: schoolId, fact: m.fact, name: decl.name, years: yearSpan(y, y) }] };
  let value: number;
  if (decl.kind === 'boolean' || typeof fv.value === 'boolean') value = fv.value === true || fv.value === 'true' ? 1 : 0;
  else if (decl.kind === 'category') {
    const i = decl.values?.indexOf(String(fv.value)) ?? -1;
    if (i < 0) return { status: 'not_applicable', reason: { code: 'NOT_NUMERIC', ru: `«${decl.name.ru}» — категория, а не число`, en: `"${decl.name.en ?? decl.name.ru}" is a category, not a number` } };
    value = i;
  } else value = toNum(fv.value as string | number);
  if (!Number.isFinite(value)) return unnamed ?? { status: 'missing', missing: [{ kind: 'declared', school: schoolId, fact: m.fact, name: decl.name, years: yearSpan(y, y) }] };
  const bound = m.bound ?? 'value';
  if (bound === 'value') return { status: 'value', value, years: yearsOf(y) };
  const level = m.level ?? fv.level ?? 95;
  let lower: number;
  let upper: number;
  let how: string;
  if (fv.ci !== undefined && (m.level === undefined || m.level === (fv.level ?? 95))) {
    lower = toNum(fv.ci[0]);
    upper = toNum(fv.ci[1]);
    how = 'given';
  } else {
    const se = fv.se ?? (fv.sd !== undefined && fv.n !== undefined && fv.n > 0 ? fv.sd / Math.sqrt(fv.n) : undefined);
    const z = Z[level];
    if (se === undefined || z === undefined) return unnamed ?? { status: 'missing', missing: [{ kind: 'declared', school: schoolId, fact: m.fact, name: decl.name, interval: true, years: yearSpan(y, y) }] };
    lower = value - z * se;
    upper = value + z * se;
    how = fv.se !== undefined ? 'se' : 'sd/√n';
  }
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return unnamed ?? { status: 'missing', missing: [{ kind: 'declared', school: schoolId, fact: m.fact, name: decl.name, interval: true, years: yearSpan(y, y) }] };
  return { status: 'value', value: bound === 'lower' ? lower : upper, years: yearsOf(y), detail: { estimate: value, lower, upper, level, how } };
}
