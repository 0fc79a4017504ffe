/**
 * The error class without the message catalogue: the brand every error of the library carries,
 * {@link isShnorError}, and the errors the library's own functions throw through `./raise.js`, each
 * with the message of its one code. A bundle of a few functions thus takes only the messages they can
 * throw, not the whole catalogue that `new ShnorError(code, details)` needs.
 *
 * @module
 */
import type { Bilingual, ErrorCode, ErrorDetailsMap } from './messages.js';
import type { ShnorError as PublicShnorError } from './ShnorError.js';

/** The brand {@link isShnorError} reads, shared by every copy of the library. @internal */
export const BRAND: unique symbol = Symbol.for('shnor.error');

/**
 * Gives an error the fields of a {@link PublicShnorError}: code, details, messages and the brand.
 * One place for both classes, so the two never differ. @internal
 */
function brandError<C extends ErrorCode>(error: Error & { code: C; details: ErrorDetailsMap[C]; messages: Bilingual }, code: C, details: ErrorDetailsMap[C], messages: Bilingual): void {
  error.code = code;
  error.details = details;
  error.messages = messages;
  // the brand isShnorError reads, across copies of the library (a property, as a class field was;
  // defined here because a computed class member cannot be declared under isolatedDeclarations)
  Object.defineProperty(error, BRAND, { value: true, enumerable: true, writable: true, configurable: true });
}

/** `[shnor] CODE: English / Russian`, the `message` of every error of the library. @internal */
export const errorText = (code: ErrorCode, messages: Bilingual): string => `[shnor] ${code}: ${messages.en} / ${messages.ru}`;

/**
 * The twin of the public class for the library's own throws: the same fields and brand, its message
 * given rather than looked up. `instanceof ShnorError` and {@link isShnorError} both recognise it.
 */
class ShnorError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name: 'ShnorError' = 'ShnorError';
  declare code: C;
  declare details: ErrorDetailsMap[C];
  declare messages: Bilingual;

  constructor(code: C, details: ErrorDetailsMap[C], messages: Bilingual) {
    super(errorText(code, messages));
    brandError(this, code, details, messages);
  }
}

/** Whether a value is an error built by {@link makeError} in this copy of the library. @internal */
export const isTwin = (value: unknown): boolean => value instanceof ShnorError;

/**
 * An error of the library with the message of its code already built (by the code's text function in
 * `./messages.js`). @internal
 */
export function makeError<C extends ErrorCode>(code: C, details: ErrorDetailsMap[C], messages: Bilingual): PublicShnorError<C> {
  return new ShnorError(code, details, messages) as unknown as PublicShnorError<C>;
}

/**
 * Tells whether a value is an error thrown by this library, optionally with a given code.
 * Works across copies of the library, unlike `instanceof`.
 *
 * @param error - Any caught value.
 * @param code - When given, the error must also have this code.
 * @returns `true` when `error` is a {@link PublicShnorError | ShnorError} (with `code`, when given).
 * @example
 * ```ts
 * // ошибка библиотеки (отрицательное число знаков после запятой) — да; любая другая — нет
 * isShnorError(new ShnorError('INVALID_DECIMALS', { value: -1 })) //=> true
 * isShnorError(new Error('x')) //=> false
 * ```
 * @category Numbers
 */
export function isShnorError<C extends ErrorCode = ErrorCode>(error: unknown, code?: C): error is PublicShnorError<C> {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { [BRAND]?: unknown; name?: unknown; code?: unknown };
  if (candidate[BRAND] !== true || candidate.name !== 'ShnorError') return false;
  return code === undefined || candidate.code === code;
}
