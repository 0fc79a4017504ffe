import type { z } from 'zod';
import { ShnorError } from '../errors/ShnorError.js';
import { type Bilingual, describeValue, describeValueRu, receivedRu } from '../errors/messages.js';

/**
 * One problem found in input data: a stable `code`, the `path` to the offending value, the value
 * received (primitives as they are, objects and arrays described), and the message in Russian and
 * English.
 *
 * @category Model
 */
export interface ValidationIssue {
  /** A stable code: `invalid_type`, `too_small`, `too_big`, `invalid_value`, `invalid_format`, `unrecognized_keys`, `invalid_union`, or a domain code such as `COUNT_EXCEEDS_TOTAL`. */
  readonly code: string;
  /** Where the issue is, e.g. `['results', 12, 'participants']`. */
  readonly path: readonly (string | number)[];
  /** The value received (a primitive), or its description (`object`, `array(3)`). */
  readonly received: unknown;
  /** What is wrong and what is expected, in Russian and English. */
  readonly message: Bilingual;
}

/**
 * The result of a `safeParse…` function: the data, or every issue found (at least one).
 *
 * @category Model
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly [ValidationIssue, ...ValidationIssue[]] };

const TYPE_RU: Readonly<Record<string, string>> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  boolean: 'логическое значение («true» или «false»)',
  array: 'массив',
  object: 'объект',
  null: 'пустое значение («null»)',
  record: 'объект',
};

function received(value: unknown): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    if (typeof value === 'string' && value.length > 80) return `${value.slice(0, 77)}...`;
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    return value;
  }
  return describeValue(value);
}

function bound(v: number | bigint): string {
  return typeof v === 'bigint' ? v.toString() : String(v);
}

/** zod's string formats in Russian words (an unknown one is quoted as zod names it). */
const FORMAT_RU: Readonly<Record<string, string>> = {
  regex: 'запись по образцу',
  date: 'дата ГГГГ-ММ-ДД',
  datetime: 'дата и время ISO 8601',
  email: 'адрес электронной почты',
  url: 'адрес в интернете',
  uuid: 'идентификатор UUID',
  starts_with: 'начало строки',
  ends_with: 'конец строки',
  includes: 'часть строки',
};

/** The library's own string patterns in words, by the regex as zod reports it or by the label the schema gives it. */
const PATTERN_WORDS: Readonly<Record<string, Bilingual>> = {
  '/^\\d{4}-\\d{2}-\\d{2}$/': { ru: 'дата ГГГГ-ММ-ДД', en: 'a date YYYY-MM-DD' },
  'date YYYY-MM-DD': { ru: 'дата ГГГГ-ММ-ДД', en: 'a date YYYY-MM-DD' },
  '/^\\d{4}-(0[1-9]|1[0-2])$/': { ru: 'месяц ГГГГ-ММ', en: 'a month YYYY-MM' },
  identifier: { ru: 'идентификатор из букв, цифр, пробелов и знаков _ - . : / №', en: 'an identifier of letters, digits, spaces and _ - . : / №' },
  'decimal string': { ru: 'десятичное число («6,25» или «6.25»)', en: 'a decimal number ("6.25" or "6,25")' },
  'percent from 0 to 100': { ru: 'процент от 0 до 100', en: 'a percent from 0 to 100' },
  'field.path': { ru: 'путь к полю через точку («value», «select.unit»)', en: 'a field path with dots ("value", "select.unit")' },
};

/** «получено 0, ожидается элементов: ≥ 1»: a bound of a number, or of a list's or a string's length. */
function sizeMessage(op: string, limit: number | bigint, origin: string, got: string, gotRu: string): Bilingual {
  const what = origin === 'array' ? ['элементов', 'items'] : origin === 'string' ? ['символов', 'characters'] : ['', ''];
  return {
    ru: `${gotRu}, ожидается ${what[0] ? `${what[0]}: ` : ''}${op} ${bound(limit).replace('.', ',')}`,
    en: `received ${got}, expected ${what[1] ? `${what[1]}: ` : ''}${op} ${bound(limit)}`,
  };
}

function translate(issue: z.core.$ZodIssue): { code: string; message: Bilingual } {
  const got = describeValue(issue.input);
  const gotRu = receivedRu(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      const exp = String(issue.expected);
      const nonFinite = exp === 'number' && typeof issue.input === 'number';
      return {
        code: 'invalid_type',
        message: nonFinite
          ? { ru: `${gotRu}, ожидается конечное число`, en: `received ${got}, expected a finite number` }
          : issue.input === undefined
            ? { ru: `обязательное поле отсутствует (ожидается ${TYPE_RU[exp] ?? `«${exp}»`})`, en: `required field is missing (expected ${exp})` }
            : { ru: `${gotRu}, ожидается ${TYPE_RU[exp] ?? `«${exp}»`}`, en: `received ${got}, expected ${exp}` },
      };
    }
    case 'too_small':
      return { code: 'too_small', message: sizeMessage(issue.inclusive === false ? '>' : '≥', issue.minimum, issue.origin, got, gotRu) };
    case 'too_big':
      return { code: 'too_big', message: sizeMessage(issue.inclusive === false ? '<' : '≤', issue.maximum, issue.origin, got, gotRu) };
    case 'invalid_value': {
      const list = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const listRu = issue.values.map((v) => describeValueRu(v)).join(', ');
      if (issue.input === undefined) return { code: 'invalid_value', message: { ru: `обязательное поле отсутствует (ожидается одно из: ${listRu})`, en: `required field is missing (expected one of: ${list})` } };
      return { code: 'invalid_value', message: { ru: `${gotRu}, ожидается одно из: ${listRu}`, en: `received ${got}, expected one of: ${list}` } };
    }
    case 'invalid_format': {
      // a pattern the library knows is said in words; another is quoted as written
      const known = (issue.pattern !== undefined ? PATTERN_WORDS[String(issue.pattern)] : undefined) ?? PATTERN_WORDS[issue.message];
      if (known !== undefined) return { code: 'invalid_format', message: { ru: `${gotRu}: неверный формат (ожидается ${known.ru})`, en: `received ${got}: wrong format (expected ${known.en})` } };
      const format = FORMAT_RU[issue.format] ?? `формат «${issue.format}»`;
      return {
        code: 'invalid_format',
        message: { ru: `${gotRu}: неверный формат (ожидается ${format}${issue.pattern ? ` «${issue.pattern}»` : ''})`, en: `received ${got}: wrong format (${issue.format}${issue.pattern ? ` ${issue.pattern}` : ''})` },
      };
    }
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', message: { ru: `${issue.keys.length === 1 ? 'неизвестное поле' : 'неизвестные поля'}: ${issue.keys.map((k) => `«${k}»`).join(', ')}`, en: `unknown fields: ${issue.keys.join(', ')}` } };
    case 'invalid_union':
      return { code: 'invalid_union', message: { ru: `${gotRu}: не подходит ни один из допустимых вариантов`, en: `received ${got}: matches none of the allowed shapes` } };
    case 'custom': {
      const p = issue.params as { code?: string; ru?: string; en?: string } | undefined;
      // a refinement without its own Russian words: zod's English stays in the English text only
      return { code: p?.code ?? 'custom', message: { ru: p?.ru ?? `${gotRu}: значение не прошло проверку`, en: p?.en ?? issue.message } };
    }
    default:
      return { code: issue.code ?? 'invalid', message: { ru: `${gotRu}: значение не прошло проверку`, en: issue.message } };
  }
}

/**
 * Turns zod issues into {@link ValidationIssue}s with bilingual messages.
 * @internal
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    // a union whose every branch failed on the same discriminant: report the branch with the fewest issues
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (best !== undefined && best.length > 0 && best.every((i) => i.path.length > 0)) {
        out.push(...toValidationIssues(best, [...prefix, ...(issue.path as (string | number)[])]));
        continue;
      }
    }
    const { code, message } = translate(issue);
    out.push({ code, path: [...prefix, ...(issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)) as (string | number)[])], received: received(issue.input), message });
  }
  return out;
}

/**
 * Parses with a zod schema and returns every issue instead of throwing.
 * @internal
 */
export function safeParseWith<S extends z.ZodType>(schema: S, data: unknown): SafeResult<z.output<S>> {
  const r = schema.safeParse(data, { reportInput: true });
  if (r.success) return { success: true, data: r.data };
  const issues = toValidationIssues(r.error.issues);
  return { success: false, issues: issues as [ValidationIssue, ...ValidationIssue[]] };
}

/**
 * Parses with a zod schema and throws a `VALIDATION_FAILED` {@link ShnorError} listing every issue.
 * @internal
 */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const r = safeParseWith(schema, data);
  if (r.success) return r.data;
  throw new ShnorError('VALIDATION_FAILED', { what, issues: r.issues });
}
