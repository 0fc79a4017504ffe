import { invalidOptionError, unitMismatchError } from '../../errors/raise.js';
import { type Dec, toDec } from '../../numbers/decimal.js';
import { type Share, sharePercentDecimal } from '../../numbers/share.js';
import type { ChangeClass, ChangeUnit, LevelInput, LevelScale, Scale, Tolerance } from '../types.js';

/** The natural unit of an absolute change on each scale. */
export const NATURAL_UNIT: Readonly<Record<Scale, ChangeUnit>> = {
  percent: 'pp',
  grade: 'grade_points',
  score: 'score_points',
  place: 'places',
  count: 'count',
  index: 'value',
};

const SCALES = Object.keys(NATURAL_UNIT);

function checkScale(scale: LevelScale, key: 'scale' | 'measure'): void {
  if (typeof scale !== 'object' || scale === null || !SCALES.includes(scale.scale)) {
    throw unitMismatchError({ expected: SCALES.join(' | '), received: String((scale as { scale?: unknown } | null)?.scale) });
  }
  if (scale.better !== 'higher' && scale.better !== 'lower') {
    throw invalidOptionError({ option: `${key}.better`, value: scale.better, expected: { ru: '«higher» (лучше больше) или «lower» (лучше меньше)', en: 'higher | lower' } });
  }
}

/** The options of a dynamics function that say the levels' scale: `scale`, or its deprecated name `measure`. */
export interface ScaleOptions {
  readonly scale?: LevelScale;
  readonly measure?: LevelScale;
}

/**
 * The scale of a dynamics call's levels: `options.scale`, or the deprecated `options.measure` (read
 * for one release). Both given and different, or neither given, is an error.
 */
export function scaleOf(options: ScaleOptions): LevelScale {
  if (typeof options !== 'object' || options === null) throw invalidOptionError({ option: 'options', value: options, expected: { ru: 'объект параметров со шкалой «{ scale: { scale, better } }»', en: '{ scale: { scale, better } }' } });
  const { scale, measure } = options;
  if (scale !== undefined && measure !== undefined) {
    const same = typeof scale === 'object' && typeof measure === 'object' && scale !== null && measure !== null && scale.scale === measure.scale && scale.better === measure.better;
    if (!same) {
      throw invalidOptionError({
        option: 'measure',
        value: measure,
        expected: { ru: `ничего: «measure» — устаревшее имя «scale», а «scale» уже задан и отличается («${JSON.stringify(scale)}»)`, en: `nothing: measure is the deprecated name of scale, which is given and differs (${JSON.stringify(scale)})` },
      });
    }
  }
  if (scale !== undefined) {
    checkScale(scale, 'scale');
    return scale;
  }
  if (measure !== undefined) {
    checkScale(measure, 'measure');
    return measure;
  }
  throw invalidOptionError({ option: 'scale', value: undefined, expected: { ru: "шкала уровней и направление улучшения, например «{ scale: 'percent', better: 'higher' }»", en: "the levels' scale and which way is better, e.g. { scale: 'percent', better: 'higher' }" } });
}

export function isShare(x: unknown): x is Share {
  return typeof x === 'object' && x !== null && 'count' in x && 'total' in x;
}

/** A level as a Decimal; `null` when missing or an empty share. */
export function levelValue(level: LevelInput, scale: Scale, field: string): Dec | null | 'empty' {
  if (level === null || level === undefined) return null;
  if (isShare(level)) {
    if (scale !== 'percent') throw unitMismatchError({ expected: 'percent', received: scale });
    return sharePercentDecimal(level) ?? 'empty';
  }
  return toDec(level, field);
}

/** Whether a change is within the tolerance. */
export function withinTolerance(from: Dec, to: Dec, tolerance: Tolerance | undefined): boolean {
  const diff = to.minus(from).abs();
  if (tolerance === undefined) return diff.isZero();
  if ('absolute' in tolerance) {
    const t = toDec(tolerance.absolute, 'tolerance.absolute');
    if (t.isNegative()) throw invalidOptionError({ option: 'tolerance.absolute', value: tolerance.absolute, expected: { ru: 'число не меньше 0', en: '≥ 0' } });
    return diff.lte(t);
  }
  const p = toDec(tolerance.relativePercent, 'tolerance.relativePercent');
  if (p.isNegative()) throw invalidOptionError({ option: 'tolerance.relativePercent', value: tolerance.relativePercent, expected: { ru: 'число процентов не меньше 0', en: '≥ 0' } });
  return diff.lte(from.abs().times(p).div(100));
}

/** Improvement / deterioration / no change from two levels. */
export function classify(from: Dec, to: Dec, measure: LevelScale, tolerance: Tolerance | undefined): ChangeClass {
  if (withinTolerance(from, to, tolerance)) return 'no_change';
  const up = to.gt(from);
  return up === (measure.better === 'higher') ? 'improvement' : 'deterioration';
}
