import { type NotApplicable, notApplicable } from '../core/outcome.js';

/**
 * The reasons a number cannot be computed although nothing is missing, each with one wording in
 * Russian and English. Every "not applicable" of the number core, the dynamics and the indicators
 * takes its text from here, so one code never reads two ways.
 *
 * @category Numbers
 */
export const REASONS: { readonly [C in ReasonCode]: { readonly ru: string; readonly en: string } } = {
  EMPTY_DENOMINATOR: {
    ru: 'знаменатель равен нулю: в группе нет ни одного участника, доля не определена',
    en: 'the denominator is zero: the group is empty, so the share is undefined',
  },
  ZERO_BASE: {
    ru: 'базовое значение равно нулю: относительное изменение и процент от него не определены',
    en: 'the base value is zero: a relative change or a percent of it is undefined',
  },
  NOT_NUMERIC: {
    ru: 'показатель не числовой или нет числовой цели',
    en: 'the indicator or its target is not numeric',
  },
  NO_TARGET: {
    ru: 'цель на этот год не установлена («-»)',
    en: 'no target is set for this year ("-")',
  },
  TARGET_EQUALS_BASELINE: {
    ru: 'итоговая цель равна базовому значению: прогресс не определён',
    en: 'the final target equals the baseline: progress is undefined',
  },
  NO_FINAL_YEAR: {
    ru: 'у показателя нет итоговой цели с годом',
    en: 'the indicator has no final target with a year',
  },
  TOO_FEW_POINTS: {
    ru: 'слишком мало лет с данными: нужно не менее двух разных лет (для нестабильности — трёх)',
    en: 'too few years with data: at least two different years are needed (three for instability)',
  },
  FULL_DECREASE: {
    ru: 'уменьшение на 100 % не позволяет восстановить исходное значение',
    en: 'a 100 % decrease does not determine the earlier value',
  },
};

/**
 * A reason code of the number core.
 *
 * @category Numbers
 */
export type ReasonCode =
  | 'EMPTY_DENOMINATOR'
  | 'ZERO_BASE'
  | 'NOT_NUMERIC'
  | 'NO_TARGET'
  | 'TARGET_EQUALS_BASELINE'
  | 'NO_FINAL_YEAR'
  | 'TOO_FEW_POINTS'
  | 'FULL_DECREASE';

/**
 * The "not applicable" outcome for a reason code, with the code's one wording.
 *
 * @param code - The reason code.
 * @returns `{ status: 'not_applicable', reason: { code, ru, en } }`.
 * @example
 * ```ts
 * // причина, по которой показатель не вычисляется
 * reason('ZERO_BASE').reason.code //=> 'ZERO_BASE'
 * ```
 * @category Numbers
 */
export function reason(code: ReasonCode): NotApplicable {
  const r = REASONS[code];
  return notApplicable(code, r.ru, r.en);
}

/**
 * The reason returned for a share of an empty group (0 of 0).
 *
 * @returns "Not applicable" with code `EMPTY_DENOMINATOR`.
 * @example
 * ```ts
 * // доля школ ШНОР в муниципалитете без школ: знаменатель равен нулю
 * emptyDenominator().reason.code //=> 'EMPTY_DENOMINATOR'
 * ```
 * @category Numbers
 */
export function emptyDenominator(): NotApplicable {
  return reason('EMPTY_DENOMINATOR');
}
