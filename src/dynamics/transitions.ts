import { checkArray, checkObject } from '../errors/guards.js';
import { type Outcome, missing } from '../core/outcome.js';
import { invalidOptionError, unknownLevelError } from '../errors/raise.js';
import type { Change } from './types.js';

/**
 * A move on an ordinal scale.
 *
 * @category Dynamics
 */
export interface OrdinalTransition {
  /** `up` (towards the better end), `down`, or `same`. */
  readonly direction: 'up' | 'down' | 'same';
  /** How many steps, positive upwards. */
  readonly steps: number;
}

/**
 * A transition on an ordinal scale given worst to best: severity («сильно низкие» →
 * «умеренно низкие» is one step up), ИСБШ group, quality group, typology group.
 *
 * @param scale - The labels, from the worst to the best.
 * @param from - The earlier label; `null` when unknown.
 * @param to - The later label; `null` when unknown.
 * @returns The direction and the number of steps; "missing" when a label is unknown.
 * @throws {@link ShnorError} `UNKNOWN_LEVEL` for a label that is not on the scale.
 * @example
 * ```ts
 * ordinalTransition(['сильно низкие', 'умеренно низкие', 'не низкие'], 'сильно низкие', 'умеренно низкие')
 * //=> { status: 'value', value: { direction: 'up', steps: 1 } }
 * ```
 * @category Dynamics
 */
export function ordinalTransition<L extends string>(
  scale: readonly L[],
  from: L | null | undefined,
  to: L | null | undefined,
): Outcome<OrdinalTransition> {
  checkArray(scale, 'scale', { ru: 'список уровней шкалы от худшего к лучшему', en: 'the labels of the scale, worst to best' });
  scale.forEach((l, i) => {
    if (typeof l !== 'string') throw invalidOptionError({ option: `scale[${i}]`, value: l, expected: { ru: 'название уровня (строка)', en: 'a label (string)' } });
  });
  const absent = [...(from == null ? ['from'] : []), ...(to == null ? ['to'] : [])];
  if (absent.length > 0) return missing(absent);
  const i = scale.indexOf(from as L);
  const j = scale.indexOf(to as L);
  if (i < 0) throw unknownLevelError({ value: from, scale });
  if (j < 0) throw unknownLevelError({ value: to, scale });
  return { status: 'value', value: { direction: j > i ? 'up' : j < i ? 'down' : 'same', steps: j - i } };
}

/**
 * Membership of a list over two years.
 *
 * @category Dynamics
 */
export type ListTransition = 'entered' | 'left' | 'stayed_in' | 'stayed_out';

/**
 * Entering and leaving a list (ШНОР, 500+, the Rosobrnadzor list) between two years: «вошла в
 * перечень», «вышла из перечня». Unknown membership is "missing", never "not in the list".
 *
 * @param before - Membership the earlier year; `null` when unknown.
 * @param after - Membership the later year; `null` when unknown.
 * @returns `entered`, `left`, `stayed_in` or `stayed_out`; "missing" when unknown.
 * @example
 * ```ts
 * // школа была в списке ШНОР и вышла из него; за прошлый год нет данных
 * listTransition(true, false) //=> { status: 'value', value: 'left' }
 * listTransition(null, true).status //=> 'missing'
 * ```
 * @category Dynamics
 */
export function listTransition(before: boolean | null | undefined, after: boolean | null | undefined): Outcome<ListTransition> {
  const absent = [...(before == null ? ['before'] : []), ...(after == null ? ['after'] : [])];
  if (absent.length > 0) return missing(absent);
  const value: ListTransition = before ? (after ? 'stayed_in' : 'left') : after ? 'entered' : 'stayed_out';
  return { status: 'value', value };
}

/**
 * Confirmed improvement (seed 000, indicator 4): results improved **and** the objectivity of the
 * school's assessment was confirmed («подтвердили объективность оценивания»). Unknown objectivity
 * makes the answer "missing".
 *
 * @param improvement - The change of the school's results (from {@link change}).
 * @param objectivityConfirmed - Whether external results confirmed the school's own marks; `null` when unknown.
 * @returns `true` only for an improvement with confirmed objectivity, `false` when there is no improvement (whatever the objectivity); "missing" when it depends on an unknown.
 * @example
 * ```ts
 * // доля качества выросла с 50 до 60 %: улучшение подтверждено, если школа вышла из ШНОР
 * const c = change(50, 60, { scale: { scale: 'percent', better: 'higher' } });
 * confirmedImprovement(c, true)  //=> { status: 'value', value: true }
 * confirmedImprovement(c, false) //=> { status: 'value', value: false }
 * confirmedImprovement(c, null).status //=> 'missing'
 * ```
 * @category Dynamics
 */
export function confirmedImprovement(improvement: Outcome<Change>, objectivityConfirmed: boolean | null | undefined): Outcome<boolean> {
  checkObject(improvement, 'improvement', { ru: 'результат функции «change»', en: 'the outcome of change()' });
  if (improvement.status !== 'value' && improvement.status !== 'missing' && improvement.status !== 'not_applicable') throw invalidOptionError({ option: 'improvement.status', value: (improvement as { status: unknown }).status, expected: { ru: '«value», «missing» или «not_applicable»', en: 'value | missing | not_applicable' } });
  if (improvement.status === 'value') checkObject(improvement.value, 'improvement.value', { ru: 'объект изменения', en: 'a change' });
  if (improvement.status === 'missing') checkArray(improvement.missing, 'improvement.missing', { ru: 'список недостающих данных', en: 'a list of missing inputs' });
  if (improvement.status === 'not_applicable') checkObject(improvement.reason, 'improvement.reason', { ru: 'причина «{ code, ru, en }»', en: 'a reason { code, ru, en }' });
  if (improvement.status !== 'value') {
    if (improvement.status === 'missing' && objectivityConfirmed == null) return missing([...improvement.missing, 'objectivityConfirmed']);
    return improvement;
  }
  const improved = improvement.value.classification === 'improvement';
  // three-valued AND: no improvement is a definite "no" whatever the objectivity
  if (!improved) return { status: 'value', value: false };
  if (objectivityConfirmed == null) return missing(['objectivityConfirmed']);
  return { status: 'value', value: objectivityConfirmed };
}
