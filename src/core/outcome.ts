import type { Bilingual } from '../errors/messages.js';

/**
 * A computed value.
 *
 * @category Numbers
 */
export interface Value<T> {
  /** Discriminant. */
  readonly status: 'value';
  /** The value. */
  readonly value: T;
}

/**
 * Why a value cannot be computed although nothing is missing.
 *
 * @category Numbers
 */
export interface Reason extends Bilingual {
  /** A stable code, e.g. `EMPTY_DENOMINATOR`. */
  readonly code: string;
}

/**
 * The computation does not apply to this input (e.g. a share of an empty group).
 *
 * @category Numbers
 */
export interface NotApplicable {
  /** Discriminant. */
  readonly status: 'not_applicable';
  /** Why it does not apply. */
  readonly reason: Reason;
}

/**
 * Some inputs are missing, so the value is unknown. Never read as zero or false.
 *
 * @category Numbers
 */
export interface Missing {
  /** Discriminant. */
  readonly status: 'missing';
  /** The inputs that are missing, as readable paths (e.g. `results.2022.ОГЭ.math`). */
  readonly missing: readonly string[];
}

/**
 * The three states of every computed value in the library: a value, "not applicable" with a
 * reason, or "missing" with the list of missing inputs. No output is ever `NaN` or `Infinity`.
 *
 * @typeParam T - The type of the value.
 * @category Numbers
 */
export type Outcome<T> = Value<T> | NotApplicable | Missing;

/**
 * Wraps a value as an {@link Outcome}.
 *
 * @param value - The computed value.
 * @returns `{ status: 'value', value }`.
 * @example
 * ```ts
 * // в школе 6 «двоек»: значение есть
 * valueOutcome(6) //=> { status: 'value', value: 6 }
 * ```
 * @category Numbers
 */
export function value<T>(value: T): Value<T> {
  return { status: 'value', value };
}

/**
 * Builds a "not applicable" {@link Outcome}.
 *
 * @param code - A stable reason code.
 * @param ru - The reason in Russian.
 * @param en - The reason in English.
 * @returns `{ status: 'not_applicable', reason }`.
 * @example
 * ```ts
 * notApplicableOutcome('EMPTY_DENOMINATOR', 'знаменатель равен нулю', 'the denominator is zero').status
 * //=> 'not_applicable'
 * ```
 * @category Numbers
 */
export function notApplicable(code: string, ru: string, en: string): NotApplicable {
  return { status: 'not_applicable', reason: { code, ru, en } };
}

/**
 * Builds a "missing" {@link Outcome}.
 *
 * @param missing - The missing inputs.
 * @returns `{ status: 'missing', missing }`.
 * @example
 * ```ts
 * // нет результатов школы за 2022 год
 * missingOutcome(['results.2022']) //=> { status: 'missing', missing: ['results.2022'] }
 * ```
 * @category Numbers
 */
export function missing(missing: readonly string[]): Missing {
  return { status: 'missing', missing };
}

/**
 * Tells whether an {@link Outcome} holds a value.
 *
 * @param outcome - Any outcome.
 * @returns `true` for `{ status: 'value' }`.
 * @example
 * ```ts
 * // у школы есть значение показателя — да; нет данных за год — нет
 * hasValue(valueOutcome(1)) //=> true
 * hasValue(missingOutcome(['results.2022'])) //=> false
 * ```
 * @category Numbers
 */
export function hasValue<T>(outcome: Outcome<T>): outcome is Value<T> {
  return outcome.status === 'value';
}

/**
 * Applies a function to the value of an {@link Outcome}; "not applicable" and "missing" pass through.
 *
 * @param outcome - The outcome to transform.
 * @param fn - Applied to the value.
 * @returns The transformed outcome.
 * @example
 * ```ts
 * // значение показателя преобразуется; «нет данных» и «не применимо» проходят как есть
 * mapOutcome(valueOutcome(2), (x) => x * 3) //=> { status: 'value', value: 6 }
 * ```
 * @category Numbers
 */
export function mapOutcome<T, U>(outcome: Outcome<T>, fn: (value: T) => U): Outcome<U> {
  return outcome.status === 'value' ? { status: 'value', value: fn(outcome.value) } : outcome;
}
