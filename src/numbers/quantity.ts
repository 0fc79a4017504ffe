import type { Outcome } from '../core/outcome.js';
import { invalidNumberError, unitMismatchError } from '../errors/raise.js';
import { type Dec, toDec, toPlainString } from './decimal.js';
import { type Share, sharePercentDecimal } from './share.js';
import { emptyDenominator, reason } from './reasons.js';
import type { DecimalInput, Quantity, Unit } from './types.js';

const UNITS: readonly Unit[] = [
  'percent',
  'pp',
  'relative_percent',
  'ratio',
  'grade_points',
  'score_points',
  'places',
  'count',
  'value',
];

/**
 * Builds a {@link Quantity}: a number with its unit, normalised to a plain decimal string.
 *
 * @param unit - The unit.
 * @param input - A finite number or decimal string.
 * @returns `{ unit, value }`.
 * @throws {@link ShnorError} `INVALID_NUMBER` for a bad value; `UNIT_MISMATCH` for an unknown unit.
 * @example
 * ```ts
 * // снижение на 2 п.п.; доля качества 96,30 % из таблицы программы
 * quantity('pp', -2) //=> { unit: 'pp', value: '-2' }
 * quantity('percent', '96,30') //=> { unit: 'percent', value: '96.3' }
 * ```
 * @category Numbers
 */
export function quantity<U extends Unit>(unit: U, input: DecimalInput): Quantity<U> {
  if (!UNITS.includes(unit)) throw unitMismatchError({ expected: UNITS.join(' | '), received: String(unit) });
  return { unit, value: toPlainString(toDec(input, 'value')) };
}

/**
 * A percent level given either as a share or as a percent quantity.
 *
 * @category Numbers
 */
export type PercentLevel = Share | Quantity<'percent'>;

function levelOf(level: PercentLevel, field: string): Dec | null {
  if (typeof level !== 'object' || level === null) throw invalidNumberError({ field, value: level });
  if ('unit' in level) {
    if (level.unit !== 'percent') throw unitMismatchError({ expected: 'percent', received: level.unit });
    return toDec(level.value, field);
  }
  return sharePercentDecimal(level);
}

/**
 * The change between two percent levels in **percentage points** (п.п.): `to − from`.
 * 96,3 % → 94,3 % is −2 п.п.; compare {@link relativePercentChange}, which gives −2,08 %.
 *
 * @param from - The earlier level: a share or a `percent` quantity.
 * @param to - The later level.
 * @returns The change with unit `pp`, or "not applicable" when a share is of an empty group.
 * @throws {@link ShnorError} `UNIT_MISMATCH` when a quantity is not in `percent`.
 * @example
 * ```ts
 * // доля качества упала с 96,3 % до 94,3 %: на 2 п.п.
 * percentagePointChange(quantity('percent', 96.3), quantity('percent', 94.3))
 * //=> { status: 'value', value: { unit: 'pp', value: '-2' } }
 * ```
 * @category Numbers
 */
export function percentagePointChange(from: PercentLevel, to: PercentLevel): Outcome<Quantity<'pp'>> {
  const a = levelOf(from, 'from');
  const b = levelOf(to, 'to');
  if (a === null || b === null) return emptyDenominator();
  return { status: 'value', value: { unit: 'pp', value: toPlainString(b.minus(a)) } };
}

/**
 * The **relative** change between two levels of the same unit, in percent of the earlier level:
 * `(to − from) / from × 100`. 96,3 % → 94,3 % is −2,0768… %; 116 → 204 pupils is +75,86… %.
 * A change from zero has no relative size: "not applicable", never `Infinity`.
 *
 * @param from - The earlier level: a share or a quantity.
 * @param to - The later level, in the same unit as `from`.
 * @returns The change with unit `relative_percent`, or "not applicable" (`ZERO_BASE`, `EMPTY_DENOMINATOR`).
 * @throws {@link ShnorError} `UNIT_MISMATCH` when the units differ or a level is itself a change unit.
 * @example
 * ```ts
 * // относительное изменение доли качества; от нулевого числа участников — не применимо
 * relativePercentChange(quantity('percent', 96.3), quantity('percent', 94.3)).status //=> 'value'
 * relativePercentChange(quantity('count', 0), quantity('count', 5)).status //=> 'not_applicable'
 * ```
 * @category Numbers
 */
export function relativePercentChange(
  from: Share | Quantity,
  to: Share | Quantity,
): Outcome<Quantity<'relative_percent'>> {
  if (typeof from !== 'object' || from === null) throw invalidNumberError({ field: 'from', value: from });
  if (typeof to !== 'object' || to === null) throw invalidNumberError({ field: 'to', value: to });
  const unitA = 'unit' in from ? from.unit : 'percent';
  const unitB = 'unit' in to ? to.unit : 'percent';
  if (unitA !== unitB) throw unitMismatchError({ expected: unitA, received: unitB });
  const a = 'unit' in from ? toDec(from.value, 'from') : levelOf(from, 'from');
  const b = 'unit' in to ? toDec(to.value, 'to') : levelOf(to, 'to');
  if (a === null || b === null) return emptyDenominator();
  if (a.isZero()) {
    return reason('ZERO_BASE');
  }
  return { status: 'value', value: { unit: 'relative_percent', value: toPlainString(b.minus(a).div(a.abs()).times(100)) } };
}
