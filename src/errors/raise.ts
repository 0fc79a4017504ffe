/**
 * The library's own throws, one factory per error code: each builds its error with only its code's
 * message, so a bundle takes the messages of the codes its functions can throw and not the whole
 * catalogue. The error is the same as `new ShnorError(code, details)` (the same code, details,
 * messages and brand; `instanceof ShnorError` and {@link isShnorError} hold). `VALIDATION_FAILED` has
 * none: only the parsers throw it, and they carry zod and the whole catalogue anyway.
 *
 * @module
 */
import { makeError } from './core.js';
import {
  invalidNumberText,
  invalidCountText,
  countExceedsTotalText,
  invalidDecimalsText,
  invalidRoundingModeText,
  invalidOperatorText,
  unitMismatchText,
  invalidYearText,
  invalidOptionText,
  unknownLevelText,
  type ErrorDetailsMap,
  type FieldValue,
  type Received,
} from './messages.js';
import type { ShnorError } from './ShnorError.js';

/** `new ShnorError('INVALID_NUMBER', details)`, with only that code's message. @internal */
export function invalidNumberError(details: FieldValue): ShnorError<'INVALID_NUMBER'> {
  return makeError('INVALID_NUMBER', details, invalidNumberText(details));
}

/** `new ShnorError('INVALID_COUNT', details)`, with only that code's message. @internal */
export function invalidCountError(details: FieldValue): ShnorError<'INVALID_COUNT'> {
  return makeError('INVALID_COUNT', details, invalidCountText(details));
}

/** `new ShnorError('COUNT_EXCEEDS_TOTAL', details)`, with only that code's message. @internal */
export function countExceedsTotalError(details: ErrorDetailsMap['COUNT_EXCEEDS_TOTAL']): ShnorError<'COUNT_EXCEEDS_TOTAL'> {
  return makeError('COUNT_EXCEEDS_TOTAL', details, countExceedsTotalText(details));
}

/** `new ShnorError('INVALID_DECIMALS', details)`, with only that code's message. @internal */
export function invalidDecimalsError(details: Received): ShnorError<'INVALID_DECIMALS'> {
  return makeError('INVALID_DECIMALS', details, invalidDecimalsText(details));
}

/** `new ShnorError('INVALID_ROUNDING_MODE', details)`, with only that code's message. @internal */
export function invalidRoundingModeError(details: Received): ShnorError<'INVALID_ROUNDING_MODE'> {
  return makeError('INVALID_ROUNDING_MODE', details, invalidRoundingModeText(details));
}

/** `new ShnorError('INVALID_OPERATOR', details)`, with only that code's message. @internal */
export function invalidOperatorError(details: Received): ShnorError<'INVALID_OPERATOR'> {
  return makeError('INVALID_OPERATOR', details, invalidOperatorText(details));
}

/** `new ShnorError('UNIT_MISMATCH', details)`, with only that code's message. @internal */
export function unitMismatchError(details: ErrorDetailsMap['UNIT_MISMATCH']): ShnorError<'UNIT_MISMATCH'> {
  return makeError('UNIT_MISMATCH', details, unitMismatchText(details));
}


/** `new ShnorError('INVALID_YEAR', details)`, with only that code's message. @internal */
export function invalidYearError(details: Received): ShnorError<'INVALID_YEAR'> {
  return makeError('INVALID_YEAR', details, invalidYearText(details));
}

/** `new ShnorError('INVALID_OPTION', details)`, with only that code's message. @internal */
export function invalidOptionError(details: ErrorDetailsMap['INVALID_OPTION']): ShnorError<'INVALID_OPTION'> {
  return makeError('INVALID_OPTION', details, invalidOptionText(details));
}

/** `new ShnorError('UNKNOWN_LEVEL', details)`, with only that code's message. @internal */
export function unknownLevelError(details: ErrorDetailsMap['UNKNOWN_LEVEL']): ShnorError<'UNKNOWN_LEVEL'> {
  return makeError('UNKNOWN_LEVEL', details, unknownLevelText(details));
}
