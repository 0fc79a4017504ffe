import type { Bilingual } from './messages.js';
import { invalidOptionError } from './raise.js';

/**
 * Checks that an argument is an array, for functions that take lists from untrusted callers
 * (plain JavaScript, parsed JSON): a `TypeError` deep inside becomes an `INVALID_OPTION` naming the
 * argument. With `objects`, each item must also be a plain object (see {@link checkObject}).
 *
 * @param value - The argument.
 * @param option - Its name as the caller wrote it (a code identifier), for the message.
 * @param expected - What is expected, in both languages: the Russian text follows «ожидается»
 *   (nominative: `'список школ'`), the English one "expected" (`'a list of schools'`).
 * @param objects - When `true`, each item must be a plain object; an item that is not is named
 *   `option[i]` in the error, which expects «объект (элемент параметра «option»: …)» / "an object
 *   (an item of …)".
 * @returns The same value, typed as an array.
 * @throws {@link ShnorError} `INVALID_OPTION` when it is not an array, or an item is not an object (with `objects`).
 * @example
 * ```ts
 * // список точек ряда: массив проходит как есть, число — нет
 * checkArray([1, 2], 'points', { ru: 'список точек', en: 'a list of points' }) //=> [1, 2]
 * checkArray(5, 'points', { ru: 'список точек', en: 'a list of points' }) // throws ShnorError INVALID_OPTION («Параметр «points»: получено 5, ожидается список точек.»)
 * ```
 */
export function checkArray<T>(value: readonly T[], option: string, expected: Bilingual, objects = false): readonly T[] {
  if (!Array.isArray(value)) throw invalidOptionError({ option, value, expected });
  if (objects) {
    const item = { ru: `объект (элемент параметра «${option}»: ${expected.ru})`, en: `an object (an item of ${expected.en})` };
    value.forEach((v, i) => checkObject(v, `${option}[${i}]`, item));
  }
  return value;
}

/**
 * Checks that an argument is a plain object (not `null`, not an array, not a primitive).
 *
 * @param value - The argument.
 * @param option - Its name as the caller wrote it (a code identifier), for the message.
 * @param expected - What is expected, in both languages: the Russian text follows «ожидается»
 *   (nominative: `'риск-профиль школы'`), the English one "expected" (`'a risk profile'`).
 * @returns The same value.
 * @throws {@link ShnorError} `INVALID_OPTION` when it is not an object.
 * @example
 * ```ts
 * // доля «count из total»: объект проходит как есть, пустое значение — нет
 * checkObject({ count: 1, total: 2 }, 'school', { ru: 'доля «{ count, total }»', en: 'counts { count, total }' }) //=> { count: 1, total: 2 }
 * checkObject(null, 'school', { ru: 'доля «{ count, total }»', en: 'counts { count, total }' }) // throws ShnorError INVALID_OPTION («Параметр «school»: получено пустое значение, ожидается доля «{ count, total }».»)
 * ```
 */
export function checkObject<T>(value: T, option: string, expected: Bilingual): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidOptionError({ option, value, expected });
  return value;
}

/**
 * Checks that an argument is a string.
 *
 * @param value - The argument.
 * @param option - Its name as the caller wrote it (a code identifier), for the message.
 * @returns The same value.
 * @throws {@link ShnorError} `INVALID_OPTION` (expected «строка» / "a string") when it is not a string.
 * @example
 * ```ts
 * // название школы
 * checkString('МБОУ СОШ № 1', 'name') //=> 'МБОУ СОШ № 1'
 * checkString(42, 'name') // throws ShnorError INVALID_OPTION («Параметр «name»: получено 42, ожидается строка.»)
 * ```
 */
export function checkString(value: string, option: string): string {
  if (typeof value !== 'string') throw invalidOptionError({ option, value, expected: { ru: 'строка', en: 'a string' } });
  return value;
}
