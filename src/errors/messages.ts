/**
 * Every error and issue message of the library, in Russian and English, in one place.
 *
 * @module
 */
import { pluralForm } from './plural.js';

/** Russian names of what a validation failure is about (the English name is the schema's). */
const WHAT_RU: Readonly<Record<string, string>> = {
  Dataset: 'Набор данных',
  Methodology: 'Методика',
  Program: 'Программа',
  Actuals: 'Фактические значения',
  IndicatorActuals: 'Фактические значения показателя',
  RiskProfile: 'Риск-профиль',
  AntiRiskProgram: 'Антирисковая программа',
  ColumnMapping: 'Соответствие столбцов',
  IndicatorDefinition: 'Определение показателя',
};
const whatRu = (what: string): string => (Object.hasOwn(WHAT_RU, what) ? (WHAT_RU[what] as string) : `«${what}»`);

/** Russian names of the units and scales a `UNIT_MISMATCH` names (the ids stay quoted, as the caller wrote them). */
const UNIT_RU: Readonly<Record<string, string>> = {
  percent: 'проценты',
  pp: 'процентные пункты',
  relative_percent: 'относительные проценты',
  ratio: 'отношение',
  grade_points: 'баллы отметки',
  score_points: 'баллы',
  places: 'места',
  count: 'количество',
  value: 'значение',
  grade: 'отметка',
  score: 'балл',
  place: 'место',
  index: 'индекс',
};
/** A unit id, quoted, with its Russian name when the library knows it. */
const unitRu = (unit: string): string => (Object.hasOwn(UNIT_RU, unit) ? `«${unit}» (${UNIT_RU[unit] as string})` : `«${unit}»`);
/** `a | b | c` as «a», «b» или «c» (each with its Russian name). */
const unitsRu = (list: string): string => {
  const units = list.split(' | ').map(unitRu);
  return units.length > 1 ? `${units.slice(0, -1).join(', ')} или ${units[units.length - 1] as string}` : (units[0] ?? '');
};

/**
 * A message in both languages of the library.
 *
 * @category Numbers
 */
export interface Bilingual {
  /** Russian text. */
  readonly ru: string;
  /** English text. */
  readonly en: string;
}

/**
 * The details each error code carries. The key is the code; the value is the typed payload.
 *
 * @category Numbers
 */
export interface ErrorDetailsMap {
  /** A value that should be a finite decimal number is not. */
  INVALID_NUMBER: FieldValue;
  /** A count is not a non-negative safe integer. */
  INVALID_COUNT: FieldValue;
  /** A numerator is larger than its denominator. */
  COUNT_EXCEEDS_TOTAL: {
    /** The numerator received. */
    readonly count: number;
    /** The denominator received. */
    readonly total: number;
  };
  /** A number of decimal places outside 0..20. */
  INVALID_DECIMALS: Received;
  /** A rounding mode the library does not know. */
  INVALID_ROUNDING_MODE: Received;
  /** A comparison operator the library does not know. */
  INVALID_OPERATOR: Received;
  /** Two quantities of different units were combined. */
  UNIT_MISMATCH: {
    /** The unit that was expected. */
    readonly expected: string;
    /** The unit that was received. */
    readonly received: string;
  };
  /** Input data did not pass validation; every issue is listed. */
  VALIDATION_FAILED: {
    /** What was being validated (e.g. `Dataset`). */
    readonly what: string;
    /** Every issue found, not only the first. */
    readonly issues: readonly ValidationIssueLike[];
  };
  /** A school year or calendar year that cannot be read. */
  INVALID_YEAR: Received;
  /** An option of a function call is out of its range. */
  INVALID_OPTION: {
    /** The option's name, e.g. `tolerance.absolute`. */
    readonly option: string;
    /** The value received. */
    readonly value: unknown;
    /**
     * What is expected, in both languages (required: a Russian message has no English word). The
     * Russian text follows «ожидается» and agrees with it (a noun phrase in the nominative singular:
     * `'целое число от 1 до 10'`, `'непустой список школ'`), with the decimal comma and code
     * identifiers quoted «…»; the English one follows "expected" (`'an integer from 1 to 10'`).
     */
    readonly expected: Bilingual;
  };
  /** A label that is not on the ordinal scale it is compared on. */
  UNKNOWN_LEVEL: {
    /** The label received. */
    readonly value: unknown;
    /** The labels of the scale, worst to best. */
    readonly scale: readonly string[];
  };
}

/**
 * Details of an error about one field's value.
 *
 * @category Numbers
 */
export interface FieldValue {
  /** The field (argument or property) that was wrong. */
  readonly field: string;
  /** The value received. */
  readonly value: unknown;
}

/**
 * Details of an error about one received value.
 *
 * @category Numbers
 */
export interface Received {
  /** The value received. */
  readonly value: unknown;
}

/**
 * The shape of a validation issue as stored in error details.
 *
 * @category Numbers
 */
export interface ValidationIssueLike {
  /** A stable issue code. */
  readonly code: string;
  /** Where in the input the issue is. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in Russian and English. */
  readonly message: Bilingual;
}

/**
 * Every error code of the library.
 *
 * @category Numbers
 */
export type ErrorCode = keyof ErrorDetailsMap;

/** Renders a received value for an English message without ever throwing. @internal */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `array(${value.length})`;
  return typeof value;
}

/** A number in Russian notation: decimal comma, `·10^n` for an exponent, words for what is not a number. */
function numberRu(n: number): string {
  if (Number.isNaN(n)) return 'значение «не число»';
  if (n === Number.POSITIVE_INFINITY) return 'бесконечное значение';
  if (n === Number.NEGATIVE_INFINITY) return 'отрицательное бесконечное значение';
  const [mantissa = '', exponent] = String(n).split('e');
  const digits = mantissa.replace('.', ',');
  return exponent === undefined ? digits : `${digits}·10^${Number(exponent)}`;
}

/**
 * Renders a received value for a Russian message without ever throwing: the caller's text in «…»,
 * numbers with a decimal comma, and Russian words for the rest («пустое значение», «список из 3
 * элементов», «объект»…), never `null`, `array(3)` or `NaN`. @internal
 */
export function describeValueRu(value: unknown): string {
  if (typeof value === 'string') return `«${value.length > 60 ? `${value.slice(0, 57)}…` : value}»`;
  if (typeof value === 'number') return numberRu(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return `логическое значение «${value ? 'истина' : 'ложь'}»`;
  if (value === null) return 'пустое значение';
  if (value === undefined) return 'незаданное значение';
  if (Array.isArray(value)) return value.length === 0 ? 'пустой список' : `список из ${value.length} ${pluralForm(value.length, ['элемента', 'элементов', 'элементов'])}`;
  if (typeof value === 'function') return 'функция';
  if (typeof value === 'symbol') return 'символ';
  return 'объект';
}

/**
 * «получено …» in Russian, the participle agreeing with the value (получен объект, получена
 * функция, получено 5); a value not given is «значение не задано». @internal
 */
export function receivedRu(value: unknown): string {
  if (value === undefined) return 'значение не задано';
  const what = describeValueRu(value);
  if (Array.isArray(value) || typeof value === 'symbol' || (typeof value === 'object' && value !== null)) return `получен ${what}`;
  if (typeof value === 'function') return `получена ${what}`;
  return `получено ${what}`;
}

/** The message of `INVALID_NUMBER` (a value that should be a finite decimal number). @internal */
export function invalidNumberText(d: FieldValue): Bilingual {
  return {
    ru: `Поле «${d.field}»: ${receivedRu(d.value)}, ожидается конечное десятичное число (например 6,25 числом или «6,25» строкой).`,
    en: `Field "${d.field}": received ${describeValue(d.value)}, expected a finite decimal number (e.g. 6.25 or "6.25").`,
  };
}

/** The message of `INVALID_COUNT` (a count that is not a non-negative safe integer). @internal */
export function invalidCountText(d: FieldValue): Bilingual {
  return {
    ru: `Поле «${d.field}»: ${receivedRu(d.value)}, ожидается целое неотрицательное число (количество).`,
    en: `Field "${d.field}": received ${describeValue(d.value)}, expected a non-negative integer (a count).`,
  };
}

/** The message of `COUNT_EXCEEDS_TOTAL` (a numerator larger than its denominator). @internal */
export function countExceedsTotalText(d: ErrorDetailsMap['COUNT_EXCEEDS_TOTAL']): Bilingual {
  return {
    ru: `Числитель ${d.count} больше знаменателя ${d.total}: доля не может превышать 100 %. Проверьте, что числитель входит в знаменатель.`,
    en: `Numerator ${d.count} is greater than denominator ${d.total}: a share cannot exceed 100 %. Check that the numerator is part of the denominator.`,
  };
}

/** The message of `INVALID_DECIMALS` (a number of decimal places outside 0..20). @internal */
export function invalidDecimalsText(d: Received): Bilingual {
  return {
    ru: `Число знаков после запятой: ${receivedRu(d.value)}, ожидается целое число от 0 до 20.`,
    en: `Decimal places: received ${describeValue(d.value)}, expected an integer from 0 to 20.`,
  };
}

/** The message of `INVALID_ROUNDING_MODE` (an unknown rounding mode). @internal */
export function invalidRoundingModeText(d: Received): Bilingual {
  return {
    ru: `Режим округления: ${receivedRu(d.value)}, ожидается один из режимов: «half-up» (по школьному правилу: 6,25 → 6,3), «half-even» (половина — к чётной цифре: 6,25 → 6,2), «half-down» (половина — к нулю), «down» (отбрасывание: к нулю), «up» (от нуля), «floor» (к минус бесконечности), «ceil» (к плюс бесконечности).`,
    en: `Rounding mode: received ${describeValue(d.value)}, expected one of: half-up, half-even, half-down, down, up, floor, ceil.`,
  };
}

/** The message of `INVALID_OPERATOR` (an unknown comparison operator). @internal */
export function invalidOperatorText(d: Received): Bilingual {
  return {
    ru: `Оператор сравнения: ${receivedRu(d.value)}, ожидается один из операторов: «gte» (≥), «gt» (>), «lte» (≤), «lt» (<), «eq» (=).`,
    en: `Comparison operator: received ${describeValue(d.value)}, expected one of: gte (≥), gt (>), lte (≤), lt (<), eq (=).`,
  };
}

/** The message of `UNIT_MISMATCH` (two quantities of different units). @internal */
export function unitMismatchText(d: ErrorDetailsMap['UNIT_MISMATCH']): Bilingual {
  return {
    ru: `Единицы измерения не совпадают: ожидается ${unitsRu(d.expected)}, получено ${unitRu(d.received)}. Процентные пункты и относительные проценты не смешиваются.`,
    en: `Units do not match: expected "${d.expected}", received "${d.received}". Percentage points and relative percent are never mixed.`,
  };
}

/** The message of `VALIDATION_FAILED` (input data that did not pass validation). @internal */
function validationFailedText(d: ErrorDetailsMap['VALIDATION_FAILED']): Bilingual {
  const first = d.issues[0];
  const more = d.issues.length > 1 ? d.issues.length - 1 : 0;
  return {
    ru: `${whatRu(d.what)}: ${d.issues.length} ${pluralForm(d.issues.length, ['ошибка', 'ошибки', 'ошибок'])} проверки${first ? `; первая: ${first.path.length ? `«${first.path.join('.')}»` : '(корень)'}: ${first.message.ru}` : ''}${more ? ` (и ещё ${more})` : ''}.`,
    en: `${d.what}: ${d.issues.length} validation issue(s)${first ? `; first: ${first.path.join('.') || '(root)'}: ${first.message.en}` : ''}${more ? ` (and ${more} more)` : ''}.`,
  };
}

/** The message of `INVALID_YEAR` (a year that cannot be read). @internal */
export function invalidYearText(d: Received): Bilingual {
  return {
    ru: `Год: ${receivedRu(d.value)}, ожидается учебный год вида «2021/2022» (второй год на единицу больше первого) или календарный год 1990–2100.`,
    en: `Year: received ${describeValue(d.value)}, expected a school year like "2021/2022" (second year one more than the first) or a calendar year 1990-2100.`,
  };
}

/** The message of `INVALID_OPTION` (an option out of its range). @internal */
export function invalidOptionText(d: ErrorDetailsMap['INVALID_OPTION']): Bilingual {
  return {
    ru: `Параметр «${d.option}»: ${receivedRu(d.value)}, ожидается ${d.expected.ru}.`,
    en: `Option "${d.option}": received ${describeValue(d.value)}, expected ${d.expected.en}.`,
  };
}

/** The message of `UNKNOWN_LEVEL` (a label that is not on its scale). @internal */
export function unknownLevelText(d: ErrorDetailsMap['UNKNOWN_LEVEL']): Bilingual {
  return {
    ru: `${typeof d.value === 'string' || typeof d.value === 'number' ? `Уровня ${describeValueRu(d.value)} нет в шкале` : d.value === undefined ? 'Уровень не задан' : `Вместо уровня шкалы ${receivedRu(d.value)}`}; уровни шкалы: ${d.scale.map((l) => `«${l}»`).join(' < ')}.`,
    en: `Value ${describeValue(d.value)} is not on the scale (${d.scale.join(' < ')}).`,
  };
}

// the whole catalogue, for `new ShnorError(code, details)`: a bundle that throws only through the
// factories of `./raise.js` takes only the texts of its own codes
const MESSAGES: { readonly [C in ErrorCode]: (d: ErrorDetailsMap[C]) => Bilingual } = {
  INVALID_NUMBER: invalidNumberText,
  INVALID_COUNT: invalidCountText,
  COUNT_EXCEEDS_TOTAL: countExceedsTotalText,
  INVALID_DECIMALS: invalidDecimalsText,
  INVALID_ROUNDING_MODE: invalidRoundingModeText,
  INVALID_OPERATOR: invalidOperatorText,
  UNIT_MISMATCH: unitMismatchText,
  VALIDATION_FAILED: validationFailedText,
  INVALID_YEAR: invalidYearText,
  INVALID_OPTION: invalidOptionText,
  UNKNOWN_LEVEL: unknownLevelText,
};

/**
 * Builds the bilingual message for an error code and its details.
 *
 * @param code - The error code.
 * @param details - The typed details of that code.
 * @returns The message in Russian and English.
 * @example
 * ```ts
 * messageFor('COUNT_EXCEEDS_TOTAL', { count: 7, total: 5 }).en
 * //=> 'Numerator 7 is greater than denominator 5: ...'
 * // параметр функции вне допустимых значений: в русском тексте — только русские слова
 * messageFor('INVALID_OPTION', { option: 'k', value: 0, expected: { ru: 'целое число от 1 до 5', en: 'a whole number from 1 to 5' } }).ru
 * //=> 'Параметр «k»: получено 0, ожидается целое число от 1 до 5.'
 * ```
 */
export function messageFor<C extends ErrorCode>(code: C, details: ErrorDetailsMap[C]): Bilingual {
  return MESSAGES[code](details);
}
