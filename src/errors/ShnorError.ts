import { BRAND, errorText, isTwin } from './core.js';
import { type Bilingual, type ErrorCode, type ErrorDetailsMap, messageFor } from './messages.js';

/**
 * The one error type the library throws. Its `code` says what went wrong and `details` carries
 * the typed values involved; `messages` holds the explanation in Russian and English.
 *
 * Use {@link isShnorError} rather than `instanceof` to recognise it: two copies of the library
 * (ESM and CJS, or two versions) each have their own class. (Within one copy `instanceof ShnorError`
 * holds for every error the library throws, also for those it builds with only their own code's
 * message, so that a bundle of a few functions does not carry the whole message catalogue.)
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
    super(errorText(code, messages));
    this.code = code;
    this.details = details;
    this.messages = messages;
    // the brand isShnorError reads, across copies of the library (a property, as a class field was;
    // defined here because a computed class member cannot be declared under isolatedDeclarations)
    Object.defineProperty(this, BRAND, { value: true, enumerable: true, writable: true, configurable: true });
  }

  static {
    // the library's own throws build only their code's message (`./core.js`, a twin class without the
    // catalogue): `instanceof ShnorError` also holds for the twin of this copy of the library (not of
    // another copy: isShnorError is for that); a subclass keeps the ordinary test
    const ordinary = Function.prototype[Symbol.hasInstance];
    Object.defineProperty(this, Symbol.hasInstance, {
      value(this: unknown, value: unknown): boolean {
        return ordinary.call(this, value) || (this === ShnorError && isTwin(value));
      },
    });
  }
}
