import { checkArray } from '../errors/guards.js';
import { YEAR_RANGE } from '../model/primitives.js';
import type { Bilingual } from '../errors/messages.js';
import { invalidOptionError, invalidYearError } from '../errors/raise.js';
import { detectInstability } from '../dynamics/detectInstability.js';
import type { SeriesPoint } from '../dynamics/series.js';
import type { ExternalFact } from '../model/context.js';
import { compareValue } from '../numbers/compare.js';
import { toDec, toFiniteNumber, toPlainString } from '../numbers/decimal.js';
import { sharePercentDecimal } from '../numbers/share.js';
import { formatInSentence } from '../numbers/format.js';

/**
 * An objectivity signal: a reason to look closer, never a verdict. `not_applicable` when the group is too
 * small to judge; the numbers and the thresholds used are always given.
 *
 * @category Objectivity
 */
export interface ObjectivitySignal {
  /** `signal`, `no_signal`, or `not_applicable` (too few participants to judge: the explanation says how many). */
  readonly result: 'signal' | 'no_signal' | 'not_applicable';
  /** The numbers the signal rests on. */
  readonly numbers: Readonly<Record<string, number | string | null>>;
  /** The thresholds used (program data). */
  readonly thresholds: Readonly<Record<string, number>>;
  /** In words, with the caveat. */
  readonly explanation: Bilingual;
}

const checkNumber = (v: unknown, field: string, min = 0): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) throw invalidOptionError({ option: field, value: v, expected: { ru: `конечное число не меньше ${min}`, en: `a finite number ≥ ${min}` } });
  return v;
};
const checkInt = (v: unknown, field: string): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw invalidOptionError({ option: field, value: v, expected: { ru: 'целое неотрицательное число', en: 'a non-negative integer' } });
  return v;
};
/** a number in a sentence, one decimal at most (the one formatter of the number core) */
const pct = (x: number): string => formatInSentence(x, 'en', 1);
const ru = (x: number): string => formatInSentence(x, 'ru', 1);
/** a share's percent as the nearest number (`null` for an empty group) */
const percentNumber = (s: { readonly count: number; readonly total: number }): number | null => {
  const p = sharePercentDecimal(s);
  return p === null ? null : toFiniteNumber(p);
};
/** `value > limit` through the number core's one comparison */
const isAbove = (value: Parameters<typeof compareValue>[0], limit: number | string): boolean => {
  const c = compareValue(value, 'gt', limit);
  return c.status === 'value' && c.value;
};

/**
 * A school's years on a list, and whether it is there again («повторно»).
 *
 * @category Objectivity
 */
export interface ListRepeat {
  /** The school. */
  readonly schoolId: string;
  /** The years on the list, ascending. */
  readonly years: readonly number[];
  /** The longest run of consecutive years. */
  readonly longestRun: number;
  /** On the list in more than one year. */
  readonly repeated: boolean;
}

/**
 * Membership in a list by year with repeats: the Rosobrnadzor list of schools with signs of biased
 * ВПР results («Данная школа показывает необъективность повторно», seed 004 L1827).
 *
 * @param facts - External facts.
 * @param list - The list; `rosobrnadzorBiased` by default.
 * @returns One row per school that was ever on the list, repeated ones first.
 * @example
 * ```ts
 * // школы Кемеровского округа (seed 004), попадавшие в список Рособрнадзора не один год
 * listRepeats(seed004Dataset.external ?? []).filter((r) => r.repeated).map((r) => r.schoolId)
 * //=> ['kem-verkhotomskaya', 'kem-mozzhukhinskaya', 'kem-beregovskaya', 'kem-yagunovskaya']
 * ```
 * @category Objectivity
 */
export function listRepeats(facts: readonly ExternalFact[], list: 'rosobrnadzorBiased' | 'shnor' | 'shnsu' | 'riskZone' | 'project500' = 'rosobrnadzorBiased'): ListRepeat[] {
  checkArray(facts, 'facts', { ru: 'список внешних фактов', en: 'a list of external facts' }, true);
  facts.forEach((f, i) => {
    if (typeof f.schoolId !== 'string') throw invalidOptionError({ option: `facts[${i}].schoolId`, value: f.schoolId, expected: { ru: 'идентификатор школы (строка)', en: 'a school id' } });
    if (!Number.isInteger(f.year) || f.year < YEAR_RANGE.min || f.year > YEAR_RANGE.max) throw invalidYearError({ value: f.year });
  });
  const years = new Map<string, Set<number>>();
  for (const f of facts) if (f.lists?.[list] === true) years.set(f.schoolId, (years.get(f.schoolId) ?? new Set()).add(f.year));
  const out: ListRepeat[] = [];
  for (const [schoolId, ys] of years) {
    const sorted = [...ys].sort((a, b) => a - b);
    let longestRun = 1;
    let run = 1;
    for (let i = 1; i < sorted.length; i++) {
      run = (sorted[i] as number) === (sorted[i - 1] as number) + 1 ? run + 1 : 1;
      longestRun = Math.max(longestRun, run);
    }
    out.push({ schoolId, years: sorted, longestRun, repeated: sorted.length > 1 });
  }
  return out.sort((a, b) => Number(b.repeated) - Number(a.repeated) || b.years.length - a.years.length);
}

/**
 * The options of {@link vprAgainstSchoolMarks}: the program's thresholds, each with its default.
 *
 * @category Objectivity
 */
export interface VprAgainstSchoolMarksOptions {
  /** A signal when the school's own mark is above the ВПР mark in more than this percent of the works; 20 by default. */
  readonly maxRaisedPercent?: number;
  /** Fewer works than this: not applicable (too few); 20 by default. */
  readonly minWorks?: number;
}

/**
 * ВПР marks against the school's own marks (the passport indicator «доля работ ВПР, результаты
 * которых подтверждают результаты текущего оценивания», seed 004 L53): the shares confirmed,
 * lowered by the ВПР (the school's own mark was higher: «завышение») and raised; a signal when the
 * school's own marks are above the ВПР in more than `maxRaisedPercent` % of the works.
 *
 * @param counts - Works where the ВПР mark equals / is below / is above the school's mark.
 * @param options - `maxRaisedPercent` (20 by default) and `minWorks` (20 by default) — program data.
 * @returns The signal with the shares.
 * @throws {@link ShnorError} `INVALID_OPTION` for negative or non-integer counts.
 * @example
 * ```ts
 * // отметки ВПР ниже школьных у 25 % участников — признак необъективности, повод для анализа
 * vprAgainstSchoolMarks({ confirmed: 40, vprLower: 25, vprHigher: 5 }).result //=> 'signal'
 * ```
 * @category Objectivity
 */
export function vprAgainstSchoolMarks(
  counts: { readonly confirmed: number; readonly vprLower: number; readonly vprHigher: number },
  options: VprAgainstSchoolMarksOptions = {},
): ObjectivitySignal {
  if (typeof counts !== 'object' || counts === null) throw invalidOptionError({ option: 'counts', value: counts, expected: { ru: 'объект с числами работ «{ confirmed, vprLower, vprHigher }»', en: '{ confirmed, vprLower, vprHigher }' } });
  for (const k of ['confirmed', 'vprLower', 'vprHigher'] as const) checkInt(counts[k], k);
  const max = checkNumber(options.maxRaisedPercent ?? 20, 'maxRaisedPercent');
  const minWorks = checkNumber(options.minWorks ?? 20, 'minWorks');
  if (!Number.isSafeInteger(counts.confirmed + counts.vprLower + counts.vprHigher)) throw invalidOptionError({ option: 'counts', value: counts.confirmed + counts.vprLower + counts.vprHigher, expected: { ru: 'сумма меньше 2^53', en: 'a total below 2^53' } });
  const n = counts.confirmed + counts.vprLower + counts.vprHigher;
  const thresholds = { maxRaisedPercent: max, minWorks };
  // the one share-to-percent of the number core, as the nearest number for the output
  const share = (x: number): number | null => percentNumber({ count: x, total: n });
  const numbers = { works: n, confirmedPercent: share(counts.confirmed), schoolHigherPercent: share(counts.vprLower), schoolLowerPercent: share(counts.vprHigher) };
  if (n < minWorks) {
    return { result: 'not_applicable', numbers, thresholds, explanation: { ru: `всего ${n} работ (нужно не менее ${minWorks}): слишком мало участников, чтобы судить`, en: `only ${n} works (at least ${minWorks} needed): too few participants to judge` } };
  }
  const raised = numbers.schoolHigherPercent as number;
  const signal = isAbove({ count: counts.vprLower, total: n }, max);
  return {
    result: signal ? 'signal' : 'no_signal',
    numbers,
    thresholds,
    explanation: {
      ru: `подтверждено ${ru(numbers.confirmedPercent as number)} % работ; отметка школы выше ВПР в ${ru(raised)} % (порог ${ru(max)} %) — ${signal ? 'признак возможной необъективности, требует анализа' : 'признака нет'}`,
      en: `${pct(numbers.confirmedPercent as number)} % of works confirmed; the school's mark above the ВПР in ${pct(raised)} % (threshold ${max} %): ${signal ? 'a sign of possible bias, to analyse' : 'no sign'}`,
    },
  };
}

/**
 * The options of {@link distributionAgainstRegion}: the program's thresholds, each with its default.
 *
 * @category Objectivity
 */
export interface DistributionAgainstRegionOptions {
  /** A signal when the school's share is above the region's by more than this, in п.п.; 15 by default. */
  readonly maxExcessPp?: number;
  /** Fewer participants than this: not applicable (too few); 20 by default. */
  readonly minParticipants?: number;
}

/**
 * A distribution far from the region's: the school's share of top marks (or any share) against the
 * region's, in percentage points; a signal when it exceeds the region's by more than `maxExcessPp`.
 * This is the third marker of seed 004 (L1839): «распределение процентов выполнения работы
 * относительно областных показателей».
 *
 * @param school - The school's count with the mark and participants.
 * @param regionPercent - The region's share in percent.
 * @param options - `maxExcessPp` (15 by default) and `minParticipants` (20 by default).
 * @returns The signal.
 * @throws {@link ShnorError} `INVALID_OPTION` for bad numbers.
 * @example
 * ```ts
 * // «4» и «5» у 18 из 30 участников при 22 % по региону — признак для анализа
 * distributionAgainstRegion({ count: 18, total: 30 }, 22).result //=> 'signal' (60 % against 22 %)
 * ```
 * @category Objectivity
 */
export function distributionAgainstRegion(
  school: { readonly count: number; readonly total: number },
  regionPercent: number,
  options: DistributionAgainstRegionOptions = {},
): ObjectivitySignal {
  if (typeof school !== 'object' || school === null || !Number.isSafeInteger(school.count) || !Number.isSafeInteger(school.total) || school.count < 0 || school.count > school.total) {
    throw invalidOptionError({ option: 'school', value: typeof school === 'object' && school !== null ? `${String(school.count)}/${String(school.total)}` : school, expected: { ru: 'доля «{ count, total }», где 0 ≤ «count» ≤ «total»', en: 'counts with 0 ≤ count ≤ total' } });
  }
  checkNumber(regionPercent, 'regionPercent');
  if (regionPercent > 100) throw invalidOptionError({ option: 'regionPercent', value: regionPercent, expected: { ru: 'процент от 0 до 100', en: 'a percent from 0 to 100' } });
  const maxExcessPp = checkNumber(options.maxExcessPp ?? 15, 'maxExcessPp', -100);
  const minParticipants = checkNumber(options.minParticipants ?? 20, 'minParticipants');
  const thresholds = { maxExcessPp, minParticipants };
  const schoolPercent = percentNumber(school);
  const exact = sharePercentDecimal(school);
  const numbers = { participants: school.total, schoolPercent, regionPercent, excessPp: exact === null ? null : toFiniteNumber(exact.minus(toDec(regionPercent))) };
  if (school.total < minParticipants) {
    return { result: 'not_applicable', numbers, thresholds, explanation: { ru: `${school.total} участников (нужно не менее ${minParticipants}): слишком мало, чтобы судить`, en: `${school.total} participants (at least ${minParticipants} needed): too few to judge` } };
  }
  const excess = numbers.excessPp as number;
  // school % − region % > max  ⇔  school share > region % + max, compared exactly on the counts
  const signal = isAbove(school, toPlainString(toDec(regionPercent).plus(toDec(maxExcessPp))));
  return {
    result: signal ? 'signal' : 'no_signal',
    numbers,
    thresholds,
    explanation: {
      ru: `доля в школе ${ru(schoolPercent as number)} % против ${ru(regionPercent)} % по региону (${excess >= 0 ? '+' : ''}${ru(excess)} п.п., порог +${ru(maxExcessPp)} п.п.) — ${signal ? 'признак, требует анализа' : 'признака нет'}`,
      en: `${pct(schoolPercent as number)} % at the school against ${pct(regionPercent)} % in the region (${excess >= 0 ? '+' : ''}${pct(excess)} pp, threshold +${maxExcessPp} pp): ${signal ? 'a sign, to analyse' : 'no sign'}`,
    },
  };
}

/**
 * The options of {@link boundaryConcentration}: the program's thresholds, each with its default.
 *
 * @category Objectivity
 */
export interface BoundaryConcentrationOptions {
  /** How many score points on each side of the boundary are compared; 2 by default. */
  readonly width?: number;
  /** A signal when the participants within `width` points above the boundary are more than this many times those within `width` below; 3 by default. */
  readonly maxRatio?: number;
  /** Fewer participants near the boundary than this: not applicable (too few); 10 by default. */
  readonly minNearBoundary?: number;
}

/**
 * An unusual concentration of scores just above a mark boundary: the pupils at the boundary and
 * the `width` scores above it, against the same number of scores just below. Honest marking gives
 * about as many just below as just above; a ratio above `maxRatio` is a signal.
 *
 * @param histogram - Pupils per score (`histogram[s]` = how many scored `s`).
 * @param boundary - The lowest score of the higher mark (e.g. the minimum for «3»).
 * @param options - `width` (2 by default), `maxRatio` (3 by default), `minNearBoundary` (10 by default).
 * @returns The signal.
 * @throws {@link ShnorError} `INVALID_OPTION` for a boundary outside the histogram or bad counts.
 * @example
 * ```ts
 * // 2 участника ВПР на 6–7 баллах и 19 на 8–9 при границе «3» в 8 баллов: скопление у границы
 * // 2 pupils at 6–7 points, 19 at 8–9 with the «3» starting at 8
 * boundaryConcentration([0, 0, 1, 1, 1, 1, 1, 1, 12, 7, 3, 2], 8).result //=> 'signal'
 * ```
 * @category Objectivity
 */
export function boundaryConcentration(
  histogram: readonly number[],
  boundary: number,
  options: BoundaryConcentrationOptions = {},
): ObjectivitySignal {
  const width = checkInt(options.width ?? 2, 'width');
  const maxRatio = checkNumber(options.maxRatio ?? 3, 'maxRatio');
  const minNear = checkNumber(options.minNearBoundary ?? 10, 'minNearBoundary');
  if (!Array.isArray(histogram)) throw invalidOptionError({ option: 'histogram', value: histogram, expected: { ru: 'список чисел участников по баллам', en: 'an array of counts' } });
  if (!Number.isInteger(boundary) || boundary < width || boundary + width > histogram.length) {
    throw invalidOptionError({ option: 'boundary', value: boundary, expected: { ru: `целое число от ${width} до ${histogram.length - width}`, en: `an integer from ${width} to ${histogram.length - width}` } });
  }
  histogram.forEach((v, i) => {
    if (!Number.isSafeInteger(v) || v < 0) throw invalidOptionError({ option: `histogram[${i}]`, value: v, expected: { ru: 'целое неотрицательное число', en: 'a non-negative integer' } });
  });
  let above = 0;
  let below = 0;
  for (let i = 0; i < width; i++) {
    above += histogram[boundary + i] as number;
    below += histogram[boundary - 1 - i] as number;
  }
  const thresholds = { width, maxRatio, minNearBoundary: minNear };
  const ratio = below === 0 ? null : above / below;
  const numbers = { justAbove: above, justBelow: below, ratio };
  if (above + below < minNear) {
    return { result: 'not_applicable', numbers, thresholds, explanation: { ru: `у границы всего ${above + below} участников (нужно не менее ${minNear}): слишком мало, чтобы судить`, en: `only ${above + below} participants near the boundary (at least ${minNear} needed): too few to judge` } };
  }
  const signal = ratio === null ? above > 0 : isAbove(ratio, maxRatio);
  return {
    result: signal ? 'signal' : 'no_signal',
    numbers,
    thresholds,
    explanation: {
      ru: `на ${width} балла выше границы ${boundary}: ${above}, на ${width} ниже: ${below}${ratio === null ? '' : ` (в ${ru(ratio)} раза больше, порог ${ru(maxRatio)})`} — ${signal ? 'необычная концентрация у границы, требует анализа' : 'признака нет'}`,
      en: `${above} within ${width} points above the boundary ${boundary}, ${below} within ${width} below${ratio === null ? '' : ` (${pct(ratio)} times, threshold ${maxRatio})`}: ${signal ? 'an unusual concentration at the boundary, to analyse' : 'no sign'}`,
    },
  };
}

/**
 * The options of {@link failureSwings}: the program's thresholds, each with its default.
 *
 * @category Objectivity
 */
export interface FailureSwingsOptions {
  /** How many times the share of «2» must change from one year to the next to count (as `minRatio` of `detectInstability`); 2 by default. */
  readonly minRatio?: number;
  /** How many changes of direction make a signal (as `minReversals` of `detectInstability`); 1 by default. */
  readonly minReversals?: number;
  /** A year with fewer participants than this makes the series too few to judge (not applicable); 20 per year by default. */
  readonly minParticipants?: number;
}

/**
 * A failure rate that swings sharply from year to year (seed 004, L100: «процент неуспешности
 * может изменяться в несколько раз, один год – в сторону увеличения, в другой год – в сторону
 * снижения»), with a sample-size caveat: years with fewer participants than `minParticipants`
 * make the answer `not_applicable`.
 *
 * @param series - The failure share by year, as counts.
 * @param options - `minRatio` (2), `minReversals` (1), `minParticipants` (20 per year).
 * @returns The signal.
 * @example
 * ```ts
 * // «двойки»: 2, 9 и 1 из 50 участников за три года — резкие колебания
 * failureSwings([{ year: 2019, count: 2, total: 50 }, { year: 2020, count: 9, total: 50 }, { year: 2021, count: 1, total: 50 }]).result
 * //=> 'signal'
 * ```
 * @category Objectivity
 */
export function failureSwings(
  series: readonly { readonly year: number; readonly count: number; readonly total: number }[],
  options: FailureSwingsOptions = {},
): ObjectivitySignal {
  const minParticipants = checkNumber(options.minParticipants ?? 20, 'minParticipants');
  const thresholds = { minRatio: checkNumber(options.minRatio ?? 2, 'minRatio'), minReversals: checkNumber(options.minReversals ?? 1, 'minReversals'), minParticipants };
  if (!Array.isArray(series)) throw invalidOptionError({ option: 'series', value: series, expected: { ru: 'список точек «{ year, count, total }»', en: 'an array of { year, count, total }' } });
  series.forEach((p, i) => {
    if (typeof p !== 'object' || p === null || !Number.isInteger(p.year)) throw invalidOptionError({ option: `series[${i}].year`, value: p?.year, expected: { ru: 'год (целое число)', en: 'a year' } });
    if (!Number.isSafeInteger(p.count) || !Number.isSafeInteger(p.total) || p.count < 0 || p.count > p.total) throw invalidOptionError({ option: `series[${i}]`, value: `${String(p.count)}/${String(p.total)}`, expected: { ru: 'доля «{ count, total }», где 0 ≤ «count» ≤ «total»', en: 'counts with 0 ≤ count ≤ total' } });
  });
  const small = series.filter((p) => p.total < minParticipants);
  if (small.length > 0 || series.length < 3) {
    return {
      result: 'not_applicable',
      numbers: { years: series.length, smallYears: small.map((p) => p.year).join(', ') },
      thresholds,
      explanation: {
        ru: series.length < 3 ? 'нужно не менее трёх лет данных' : `в ${small.map((p) => p.year).join(', ')} меньше ${minParticipants} участников: слишком мало, чтобы судить о колебаниях`,
        en: series.length < 3 ? 'at least three years of data are needed' : `fewer than ${minParticipants} participants in ${small.map((p) => p.year).join(', ')}: too few to judge swings`,
      },
    };
  }
  const points: SeriesPoint[] = series.map((p) => ({ year: p.year, value: { count: p.count, total: p.total } }));
  const r = detectInstability(points, { scale: { scale: 'percent', better: 'lower' }, minRatio: thresholds.minRatio, minReversals: thresholds.minReversals });
  if (r.status !== 'value') return { result: 'not_applicable', numbers: {}, thresholds, explanation: { ru: 'недостаточно данных', en: 'not enough data' } };
  const v = r.value;
  return {
    result: v.unstable ? 'signal' : 'no_signal',
    numbers: { reversals: v.reversals, maxRatio: v.maxRatio, throughZero: String(v.throughZero) },
    thresholds,
    explanation: {
      ru: `смен направления: ${v.reversals}, наибольшее изменение в ${v.maxRatio === null ? '∞' : ru(Number(v.maxRatio))} раза — ${v.unstable ? 'нестабильность оценивания, требует анализа' : 'признака нет'}`,
      en: `${v.reversals} reversal(s), the largest swing ${v.maxRatio === null ? '∞' : pct(Number(v.maxRatio))} times: ${v.unstable ? 'unstable marking, to analyse' : 'no sign'}`,
    },
  };
}
