import { ShnorError } from './ShnorError.js';

/**
 * Checks that an argument is an array, for functions that take lists from untrusted callers
 * (plain JavaScript, parsed JSON): a `TypeError` deep inside becomes an `INVALID_OPTION` naming the
 * argument.
 *
 * @param value - The argument.
 * @param option - Its name, for the message.
 * @param expected - What is expected, in words.
 * @returns The same value, typed as an array.
 * @throws {@link ShnorError} `INVALID_OPTION` when it is not an array, or an item is not an object (with `objects`).
 * @example
 * ```ts
 * checkArray([1, 2], 'points', 'a list of points') //=> [1, 2]
 * checkArray(5, 'points', 'a list of points') // throws ShnorError INVALID_OPTION
 * ```
 */
export function checkArray<T>(value: readonly T[], option: string, expected: string, objects = false): readonly T[] {
  if (!Array.isArray(value)) throw new ShnorError('INVALID_OPTION', { option, value: describe(value), expected });
  if (objects) value.forEach((v, i) => checkObject(v, `${option}[${i}]`, expected));
  return value;
}

/**
 * Checks that an argument is a plain object (not `null`, not an array, not a primitive).
 *
 * @param value - The argument.
 * @param option - Its name, for the message.
 * @param expected - What is expected, in words.
 * @returns The same value.
 * @throws {@link ShnorError} `INVALID_OPTION` when it is not an object.
 * @example
 * ```ts
 * checkObject({ count: 1, total: 2 }, 'school', 'counts') //=> { count: 1, total: 2 }
 * ```
 */
export function checkObject<T>(value: T, option: string, expected: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShnorError('INVALID_OPTION', { option, value: describe(value), expected });
  return value;
}

/**
 * Checks that an argument is a string.
 *
 * @param value - The argument.
 * @param option - Its name, for the message.
 * @returns The same value.
 * @throws {@link ShnorError} `INVALID_OPTION` when it is not a string.
 * @example
 * ```ts
 * checkString('МБОУ СОШ № 1', 'name') //=> 'МБОУ СОШ № 1'
 * ```
 */
export function checkString(value: string, option: string): string {
  if (typeof value !== 'string') throw new ShnorError('INVALID_OPTION', { option, value: describe(value), expected: 'a string' });
  return value;
}

const describe = (v: unknown): unknown => (v === null || typeof v !== 'object' ? v : Array.isArray(v) ? `array(${v.length})` : 'object');
