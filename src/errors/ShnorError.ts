import { type Bilingual, type ErrorCode, type ErrorDetailsMap, messageFor } from './messages.js';

const BRAND: unique symbol = Symbol.for('shnor.error');

/**
 * The one error type the library throws. Its `code` says what went wrong and `details` carries
 * the typed values involved; `messages` holds the explanation in Russian and English.
 *
 * Use {@link isShnorError} rather than `instanceof` to recognise it: two copies of the library
 * (ESM and CJS, or two versions) each have their own class.
 *
 * @typeParam C - The error code.
 * @example
 * ```ts
 * try {
 *   share(7, 5);
 * } catch (e) {
 *   if (isShnorError(e, 'COUNT_EXCEEDS_TOTAL')) console.log(e.details.count); //=> 7
 * }
 * ```
 * @category Numbers
 */
export class ShnorError<C extends ErrorCode = ErrorCode> extends Error {
  /** Always `'ShnorError'`. */
  override readonly name: 'ShnorError' = 'ShnorError';
  /** What went wrong, as a stable code. */
  readonly code: C;
  /** The typed values involved. */
  readonly details: ErrorDetailsMap[C];
  /** The explanation in Russian and English. */
  readonly messages: Bilingual;

  /**
   * Creates an error; its messages are built from the code and the details.
   *
   * @param code - The error code.
   * @param details - The values involved, typed by the code.
   */
  constructor(code: C, details: ErrorDetailsMap[C]) {
    const messages = messageFor(code, details);
    super(`[shnor] ${code}: ${messages.en} / ${messages.ru}`);
    this.code = code;
    this.details = details;
    this.messages = messages;
    // the brand isShnorError reads, across copies of the library (a property, as a class field was;
    // defined here because a computed class member cannot be declared under isolatedDeclarations)
    Object.defineProperty(this, BRAND, { value: true, enumerable: true, writable: true, configurable: true });
  }
}

/**
 * Tells whether a value is an error thrown by this library, optionally with a given code.
 * Works across copies of the library, unlike `instanceof`.
 *
 * @param error - Any caught value.
 * @param code - When given, the error must also have this code.
 * @returns `true` when `error` is a {@link ShnorError} (with `code`, when given).
 * @example
 * ```ts
 * // ошибка библиотеки (отрицательное число знаков после запятой) — да; любая другая — нет
 * isShnorError(new ShnorError('INVALID_DECIMALS', { value: -1 })) //=> true
 * isShnorError(new Error('x')) //=> false
 * ```
 * @category Numbers
 */
export function isShnorError<C extends ErrorCode = ErrorCode>(error: unknown, code?: C): error is ShnorError<C> {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { [BRAND]?: unknown; name?: unknown; code?: unknown };
  if (candidate[BRAND] !== true || candidate.name !== 'ShnorError') return false;
  return code === undefined || candidate.code === code;
}
