import { type Outcome, missing } from '../core/outcome.js';
import type { Bilingual } from '../errors/messages.js';
import { ShnorError } from '../errors/ShnorError.js';
import { invalidNumberError, invalidOptionError, invalidYearError } from '../errors/raise.js';
import { compareValue } from '../numbers/compare.js';
import { Dec, decimalLeastSquares, toDec, toDecimalRounding, toPlainString } from '../numbers/decimal.js';
import { formatNumber } from '../numbers/format.js';
import { operatorWords } from '../numbers/operators.js';
import { reason } from '../numbers/reasons.js';
import { type Share, sharePercentDecimal } from '../numbers/share.js';
import type { ComparisonOperator, DecimalInput, DecimalString, Quantity } from '../numbers/types.js';
import { safeParseIndicatorActuals } from './actuals.js';
import type { IndicatorDefinition } from './definition.js';

/**
 * An actual value of an indicator: a number, a decimal string, a share (counts), a yes/no; `null` when unknown.
 *
 * @category Indicators
 */
export type IndicatorActual = DecimalInput | Share | boolean | null | undefined;

/**
 * One year's actual value.
 *
 * @category Indicators
 */
export interface ActualPoint {
  /** The year. */
  readonly year: number;
  /** The actual value. */
  readonly value: IndicatorActual;
}

/**
 * The status of an indicator in a year: `achieved` or `not_achieved` against its target;
 * `not_applicable` when the program sets no target for that year (nothing to achieve);
 * `missing` when the actual value (or the baseline it needs) is not known. The two non-value
 * states are spelled as everywhere else (`Outcome`); before 0.2 they were `no_target` and `no_data`.
 *
 * @category Indicators
 */
export type IndicatorStatus = 'achieved' | 'not_achieved' | 'not_applicable' | 'missing';

/**
 * The target that applied in a year.
 *
 * @category Indicators
 */
export interface ResolvedTarget {
  /** `gte` (не менее), `gt` (более), `lte` (не более), `lt` (менее), `eq`, or `flag` (yes/no). */
  readonly op: ComparisonOperator | 'flag';
  /** The target value (`"true"`/`"false"` for a flag). */
  readonly value: DecimalString;
  /** Whether the target is due this year (an end-state bound with `byYear` in the future is not yet due). */
  readonly due: boolean;
}

/**
 * Options for {@link evaluateIndicator}.
 *
 * @category Indicators
 */
export interface EvaluateIndicatorOptions {
  /**
   * `published` (the default when the definition says how the program prints values): round the
   * actual value as the program prints targets before comparing, so that 1 of 16 schools (6,25 %)
   * meets the printed target 6,3; `exact`: compare exact values.
   */
  readonly compare?: 'exact' | 'published';
}

/**
 * An indicator evaluated for a year.
 *
 * @category Indicators
 */
export interface IndicatorEvaluation {
  /** The indicator's id. */
  readonly indicatorId: string;
  /** The year evaluated. */
  readonly year: number;
  /** achieved / not achieved / no target that year / no data. */
  readonly status: IndicatorStatus;
  /** The actual value (exact; a share as its percent). */
  readonly actual: DecimalString | boolean | null;
  /** The target that applied. */
  readonly target: ResolvedTarget | null;
  /** How the comparison was made. */
  readonly compared: 'exact' | 'published';
  /** `actual − target` in the indicator's natural unit. */
  readonly gap: Outcome<Quantity>;
  /** Percent of plan: actual / target × 100 (target / actual × 100 when lower is better). */
  readonly percentOfPlan: Outcome<DecimalString>;
  /** Progress from the baseline to the final target, in percent of the way. */
  readonly progress: Outcome<DecimalString>;
  /** Whether the least-squares trend of the actuals reaches the final target by its year. */
  readonly onTrack: Outcome<{ readonly finalYear: number; readonly projected: DecimalString; readonly reaches: boolean }>;
  /** What was missing, when `status` is `missing`. */
  readonly missing: readonly string[];
  /** A sentence a municipal officer can read. */
  readonly explanation: Bilingual;
}

const GAP_UNIT = { percent: 'pp', count: 'count', grade: 'grade_points', score: 'score_points', rate: 'value', value: 'value', boolean: 'value' } as const;

function actualValue(v: IndicatorActual, field: string): Dec | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'object') return sharePercentDecimal(v);
  return toDec(v, field);
}

/** Checks untrusted actuals like `share()` checks counts; `undefined` values read as unknown. */
function checkedActuals(actuals: readonly ActualPoint[]): readonly ActualPoint[] {
  if (!Array.isArray(actuals)) throw new ShnorError('VALIDATION_FAILED', { what: 'IndicatorActuals', issues: [{ code: 'invalid_type', path: [], message: { ru: 'фактические значения показателя должны быть списком пар «год — значение» («{ year, value }»)', en: 'the actuals of an indicator must be an array of { year, value }' } }] });
  const points = actuals.map((a: ActualPoint) => (typeof a === 'object' && a !== null && a.value === undefined && Object.prototype.hasOwnProperty.call(a, 'value') ? { ...a, value: null } : a));
  const r = safeParseIndicatorActuals(points);
  if (!r.success) throw new ShnorError('VALIDATION_FAILED', { what: 'IndicatorActuals', issues: r.issues });
  return actuals;
}

/** The final target value and year, for progress and trend. */
function finalTarget(def: IndicatorDefinition, baseline: Dec | null): { year: number | null; value: Dec } | null {
  const t = def.target;
  switch (t.kind) {
    case 'series': {
      const withValues = t.values.filter((v) => v.value !== null);
      const last = withValues.reduce<(typeof withValues)[number] | undefined>((a, b) => (a === undefined || b.year > a.year ? b : a), undefined);
      return last === undefined || last.value === null ? null : { year: last.year, value: toDec(last.value, 'target') };
    }
    case 'bound':
      return { year: t.byYear ?? null, value: toDec(t.value, 'target.value') };
    case 'increment': {
      if (baseline === null) return null;
      const by = toDec(t.by, 'target.by');
      return { year: t.byYear ?? null, value: t.unit === 'relative_percent' ? baseline.times(by.div(100).plus(1)) : baseline.plus(def.better === 'lower' ? by.neg() : by) };
    }
    case 'flag':
      return null;
  }
}

function resolveTarget(def: IndicatorDefinition, year: number, baseline: Dec | null): ResolvedTarget | 'none' | 'needs_baseline' {
  const t = def.target;
  const op = def.better === 'higher' ? 'gte' : 'lte';
  switch (t.kind) {
    case 'series': {
      const entry = t.values.find((v) => v.year === year);
      if (entry === undefined || entry.value === null) return 'none';
      return { op, value: toPlainString(toDec(entry.value, `target.values[${year}]`)), due: true };
    }
    case 'bound':
      if (t.fromYear !== undefined && year < t.fromYear) return 'none';
      return { op: t.op, value: toPlainString(toDec(t.value, 'target.value')), due: t.byYear === undefined || year >= t.byYear };
    case 'increment': {
      const f = finalTarget(def, baseline);
      if (f === null) return 'needs_baseline';
      return { op, value: toPlainString(f.value), due: t.byYear === undefined || year >= t.byYear };
    }
    case 'flag':
      return { op: 'flag', value: String(t.expected), due: t.byYear === undefined || year >= t.byYear };
  }
}

function fit(points: readonly { year: number; v: Dec }[], at: number): Dec | null {
  const f = decimalLeastSquares(points.map((p) => ({ x: new Dec(p.year), y: p.v })));
  return f === null ? null : f.meanY.plus(f.slope.times(new Dec(at).minus(f.meanX)));
}

/**
 * Evaluates a target indicator for a year: actual against target (achieved / not achieved / no
 * target / no data), the gap, percent of plan, progress from the baseline to the final target,
 * and whether the trend of the actuals reaches the final target in time.
 *
 * @param def - The indicator definition (see {@link IndicatorDefinitionSchema}).
 * @param actuals - Actual values by year (numbers, decimal strings, shares, yes/no; `null` when unknown).
 * @param year - The year to evaluate.
 * @param options - How to compare (`published` rounding or `exact`).
 * @returns The evaluation with its explanation in Russian and English.
 * @throws {@link ShnorError} `INVALID_YEAR` for a bad year; `VALIDATION_FAILED` for actuals that are
 *   not a list of `{ year, value }` with valid values (7 of 5, −7 of 5, 2,5 of 5, `{ total: 5 }`, a
 *   year twice); `INVALID_NUMBER` for a yes/no actual against a numeric target, `INVALID_OPTION`
 *   for a number against a yes/no target (check a file first with {@link checkActuals}).
 * @example
 * ```ts
 * // seed 000, показатель 6, 2019 год: цель 6,3 %; положительная динамика у 1 из 16 школ
 * const indicator6 = SEED_000_INDICATORS.find((i) => i.id === 'seed000.i6');
 * const r = evaluateIndicator(indicator6, [{ year: 2019, value: share(1, 16) }], 2019);
 * r.status //=> 'achieved' (6,25 % печатается как 6,3 — так программа печатает цели)
 * r.explanation.ru //=> '2019: факт 6,25 при цели не менее 6,3 — достигнут (…).'
 * ```
 * @category Indicators
 */
export function evaluateIndicator(
  def: IndicatorDefinition,
  actuals: readonly ActualPoint[],
  year: number,
  options: EvaluateIndicatorOptions = {},
): IndicatorEvaluation {
  if (!Number.isInteger(year)) throw invalidYearError({ value: year });
  checkedActuals(actuals);
  const baseline = def.baseline === undefined ? null : toDec(def.baseline.value, 'baseline.value');
  const compared = options.compare ?? (def.published === undefined ? 'exact' : 'published');
  const point = actuals.find((a) => a.year === year);
  const actual = actualValue(point?.value, `actuals[${year}]`);
  const resolved = resolveTarget(def, year, baseline);
  const target = typeof resolved === 'string' ? null : resolved;
  const actualOut = actual === null ? null : typeof actual === 'boolean' ? actual : toPlainString(actual);
  const notNumeric = reason('NOT_NUMERIC');
  const base = {
    indicatorId: def.id,
    year,
    actual: actualOut,
    target,
    compared,
  };
  const label = def.name.en ?? def.name.ru;
  // no target
  if (resolved === 'none') {
    return {
      ...base,
      status: 'not_applicable',
      gap: reason('NO_TARGET'),
      percentOfPlan: reason('NO_TARGET'),
      progress: progressOf(def, baseline, actual),
      onTrack: onTrackOf(def, actuals, year, baseline),
      missing: [],
      explanation: { ru: `${year}: цель на этот год не установлена («-»).`, en: `${year}: no target is set for ${label} this year ("-").` },
    };
  }
  const lacking = [...(resolved === 'needs_baseline' ? ['baseline'] : []), ...(actual === null ? [`actual ${year}`] : [])];
  if (lacking.length > 0 || target === null || actual === null) {
    return {
      ...base,
      status: 'missing',
      gap: missing(lacking),
      percentOfPlan: missing(lacking),
      progress: missing(lacking),
      onTrack: missing(lacking),
      missing: lacking,
      explanation: {
        ru: `${year}: нет данных (${lacking.map((l) => (l === 'baseline' ? 'базовое значение' : l.replace('actual', 'факт'))).join(', ')}).`,
        en: `${year}: no data (${lacking.join(', ')}).`,
      },
    };
  }
  let achieved: boolean;
  let gap: Outcome<Quantity> = notNumeric;
  let percentOfPlan: Outcome<DecimalString> = notNumeric;
  if (target.op === 'flag') {
    if (typeof actual !== 'boolean') throw invalidOptionError({ option: `actuals.${def.id}[${year}]`, value: point?.value, expected: { ru: 'да или нет («true» или «false»): у показателя цель «да/нет»', en: 'true or false: the indicator has a yes/no target' } });
    achieved = String(actual) === target.value;
  } else {
    if (typeof actual === 'boolean') throw invalidNumberError({ field: `actuals.${def.id}[${year}]`, value: actual });
    const t = new Dec(target.value);
    // one comparison for the whole library: a share as counts (exact), a number as a computed value, a rounded value exactly
    const raw = point?.value;
    const compareWith =
      compared === 'published' && def.published !== undefined
        ? toPlainString(roundAs(actual, def.published))
        : typeof raw === 'object' && raw !== null
          ? raw
          : typeof raw === 'number'
            ? raw
            : toPlainString(actual);
    const c = compareValue(compareWith, target.op, target.value);
    achieved = c.status === 'value' && c.value;
    gap = { status: 'value', value: { unit: GAP_UNIT[def.unit], value: toPlainString(actual.minus(t)) } };
    const [num, den] = def.better === 'higher' ? [actual, t] : [t, actual];
    percentOfPlan = den.isZero()
      ? reason('ZERO_BASE')
      : { status: 'value', value: toPlainString(num.div(den).times(100)) };
  }
  const opRu = target.op === 'flag' ? '' : operatorWords(target.op, 'ru');
  const opEn = target.op === 'flag' ? '' : operatorWords(target.op, 'en');
  const show = (x: DecimalString | boolean): string => (typeof x === 'boolean' ? (x ? 'да' : 'нет') : formatNumber(x));
  const showEn = (x: DecimalString | boolean): string => (typeof x === 'boolean' ? (x ? 'yes' : 'no') : formatNumber(x, { lang: 'en' }));
  const targetShown = target.op === 'flag' ? (target.value === 'true' ? 'да' : 'нет') : `${opRu} ${formatNumber(target.value)}`;
  const targetShownEn = target.op === 'flag' ? (target.value === 'true' ? 'yes' : 'no') : `${opEn} ${formatNumber(target.value, { lang: 'en' })}`;
  const roundedNote =
    compared === 'published' && def.published !== undefined && typeof actual !== 'boolean'
      ? { ru: ` (сравнение после округления, знаков после запятой: ${def.published.decimals}, режим ${def.published.mode}, как программа печатает цели)`, en: ` (compared after rounding to ${def.published.decimals} decimals, ${def.published.mode}, as the program prints its targets)` }
      : { ru: '', en: '' };
  const dueNote = target.due ? { ru: '', en: '' } : { ru: '; срок цели ещё не наступил', en: '; the target is not yet due' };
  return {
    ...base,
    status: achieved ? 'achieved' : 'not_achieved',
    gap,
    percentOfPlan,
    progress: progressOf(def, baseline, actual),
    onTrack: onTrackOf(def, actuals, year, baseline),
    missing: [],
    explanation: {
      ru: `${year}: факт ${show(actualOut as DecimalString | boolean)} при цели ${targetShown} — ${achieved ? 'достигнут' : 'не достигнут'}${roundedNote.ru}${dueNote.ru}.`,
      en: `${year}: actual ${showEn(actualOut as DecimalString | boolean)} against a target of ${targetShownEn}: ${achieved ? 'achieved' : 'not achieved'}${roundedNote.en}${dueNote.en}.`,
    },
  };
}

function roundAs(value: Dec, published: NonNullable<IndicatorDefinition['published']>): Dec {
  return value.toDecimalPlaces(published.decimals, toDecimalRounding(published.mode));
}

function progressOf(def: IndicatorDefinition, baseline: Dec | null, actual: Dec | boolean | null): Outcome<DecimalString> {
  if (typeof actual === 'boolean') return reason('NOT_NUMERIC');
  const f = finalTarget(def, baseline);
  const lacking = [...(baseline === null ? ['baseline'] : []), ...(actual === null ? ['actual'] : []), ...(f === null && baseline !== null ? ['final target'] : [])];
  if (lacking.length > 0 || baseline === null || actual === null || f === null) return missing(lacking);
  const way = f.value.minus(baseline);
  if (way.isZero()) return reason('TARGET_EQUALS_BASELINE');
  return { status: 'value', value: toPlainString(actual.minus(baseline).div(way).times(100)) };
}

function onTrackOf(
  def: IndicatorDefinition,
  actuals: readonly ActualPoint[],
  year: number,
  baseline: Dec | null,
): Outcome<{ readonly finalYear: number; readonly projected: DecimalString; readonly reaches: boolean }> {
  const f = finalTarget(def, baseline);
  if (f === null || f.year === null) return reason('NO_FINAL_YEAR');
  const points: { year: number; v: Dec }[] = [];
  for (const a of actuals) {
    if (a.year > year) continue;
    const v = actualValue(a.value, `actuals[${a.year}]`);
    if (v !== null && typeof v !== 'boolean') points.push({ year: a.year, v });
  }
  if (points.length < 2) return reason('TOO_FEW_POINTS');
  const projected = fit(points, f.year);
  if (projected === null) return reason('TOO_FEW_POINTS');
  const reaches = def.better === 'higher' ? projected.gte(f.value) : projected.lte(f.value);
  return { status: 'value', value: { finalYear: f.year, projected: toPlainString(projected), reaches } };
}
