import { invalidNumberError, unitMismatchError } from '../errors/raise.js';
import { checkDecimals, toDec, toDecimalRounding, toPlainString } from './decimal.js';
import { type Share, sharePercentDecimal } from './share.js';
import type { DecimalInput, Quantity, RoundingMode, Unit } from './types.js';
export { pluralForm } from '../errors/plural.js';

/**
 * The languages the library writes in.
 *
 * @category Numbers
 */
export type Lang = 'ru' | 'en';

/**
 * Options for formatting numbers in reports.
 *
 * @category Numbers
 */
export interface FormatOptions {
  /** Decimal places; when omitted the value is printed exactly, with no trailing zeros. */
  readonly decimals?: number;
  /** Rounding mode when `decimals` is given; `half-up` by default. */
  readonly mode?: RoundingMode;
  /** Remove trailing zeros after rounding (6,30 → 6,3); `false` by default. */
  readonly trimZeros?: boolean;
  /** `ru` (decimal comma, «п.п.»; the default) or `en` (decimal point, "pp"). */
  readonly lang?: Lang;
  /** Print `+` before positive values (useful for changes); `false` by default. */
  readonly signed?: boolean;
}

const NBSP = '\u00a0';

/**
 * Formats a decimal for a report: `6,3` in Russian (decimal comma, a no-break space between
 * thousands from 10 000 up), `6.3` in English (comma between thousands).
 *
 * @param input - A finite number or decimal string.
 * @param options - Decimals, rounding mode, language, sign.
 * @returns The formatted number.
 * @throws {@link ShnorError} `INVALID_NUMBER`, `INVALID_DECIMALS` or `INVALID_ROUNDING_MODE` for bad arguments.
 * @example
 * ```ts
 * // числа в предложении отчёта: запятая и неразрывный пробел по-русски
 * formatNumber(6.25, { decimals: 1 }) //=> '6,3'
 * formatNumber(6.25, { decimals: 1, lang: 'en' }) //=> '6.3'
 * formatNumber(40000) //=> '40 000' (with a no-break space)
 * ```
 * @category Numbers
 */
export function formatNumber(input: DecimalInput, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'ru';
  let d = toDec(input);
  let text: string;
  if (options.decimals === undefined) {
    text = toPlainString(d);
  } else {
    const places = checkDecimals(options.decimals);
    d = d.toDecimalPlaces(places, toDecimalRounding(options.mode ?? 'half-up'));
    text = d.isZero() ? (0).toFixed(places) : d.toFixed(places);
    if (options.trimZeros === true && text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  }
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [intPart = '0', frac] = body.split('.');
  const group = lang === 'ru' ? NBSP : ',';
  const grouped = intPart.length > 4 ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group) : intPart;
  const sep = lang === 'ru' ? ',' : '.';
  const sign = negative ? '-' : options.signed === true && !d.isZero() ? '+' : '';
  return `${sign}${grouped}${frac === undefined ? '' : sep + frac}`;
}

const SUFFIX: Readonly<Record<Unit, Readonly<Record<Lang, string>>>> = {
  percent: { ru: `${NBSP}%`, en: '%' },
  pp: { ru: `${NBSP}п.п.`, en: `${NBSP}pp` },
  relative_percent: { ru: `${NBSP}%`, en: '%' },
  ratio: { ru: `${NBSP}раза`, en: '×' },
  grade_points: { ru: `${NBSP}балла`, en: `${NBSP}grade points` },
  score_points: { ru: `${NBSP}балла`, en: `${NBSP}points` },
  places: { ru: `${NBSP}мест`, en: `${NBSP}places` },
  count: { ru: '', en: '' },
  value: { ru: '', en: '' },
};

/**
 * Formats a percent for a report: `6,3 %` in Russian, `6.3%` in English. Accepts a share
 * (formatted as its percent), a `percent` quantity or a plain number of percent.
 *
 * @param input - A share, a `percent` quantity, or a number/decimal string of percent.
 * @param options - Decimals, rounding mode, language.
 * @returns The formatted percent; `—` for a share of an empty group.
 * @throws {@link ShnorError} `UNIT_MISMATCH` for a quantity that is not in `percent`; `INVALID_NUMBER` etc. for bad values.
 * @example
 * ```ts
 * // одна школа из 16 в процентах, как в тексте программы
 * formatPercent(share(1, 16), { decimals: 1 }) //=> '6,3 %'
 * formatPercent(share(3, 46), { decimals: 0, mode: 'down' }) //=> '6 %' (seed 001, line 173)
 * ```
 * @category Numbers
 */
export function formatPercent(input: Share | Quantity | DecimalInput, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'ru';
  let value: DecimalInput;
  if (typeof input === 'object' && input !== null) {
    if ('unit' in input) {
      if (input.unit !== 'percent') throw unitMismatchError({ expected: 'percent', received: input.unit });
      value = input.value;
    } else {
      const p = sharePercentDecimal(input);
      if (p === null) return '—';
      value = toPlainString(p);
    }
  } else {
    value = input;
  }
  return formatNumber(value, options) + (SUFFIX.percent[lang] ?? '');
}

/**
 * Formats a quantity with its unit: `−2,0 п.п.`, `+75,9 %`, `1,76 раза`; in English
 * `-2.0 pp`, `+75.9%`, `1.76×`. Changes are signed by default.
 *
 * @param q - The quantity.
 * @param options - Decimals, rounding mode, language; `signed` defaults to `true` for change units.
 * @returns The formatted quantity with its unit.
 * @throws {@link ShnorError} `INVALID_NUMBER` etc. for bad values.
 * @example
 * ```ts
 * formatQuantity({ unit: 'pp', value: '-2' }, { decimals: 1 }) //=> '-2,0 п.п.'
 * formatQuantity({ unit: 'pp', value: '2.5' }, { decimals: 1, lang: 'en' }) //=> '+2.5 pp'
 * ```
 * @category Numbers
 */
export function formatQuantity(q: Quantity, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'ru';
  if (typeof q !== 'object' || q === null) throw invalidNumberError({ field: 'quantity', value: q });
  const isChange = q.unit !== 'percent' && q.unit !== 'ratio' && q.unit !== 'value' && q.unit !== 'count';
  const signed = options.signed ?? isChange;
  return formatNumber(q.value, { ...options, signed }) + (SUFFIX[q.unit]?.[lang] ?? '');
}

/**
 * The one formatter of numbers in sentences: at most `maxDecimals` decimals (half-up), trailing
 * zeros removed, a decimal comma and no-break spaces between thousands in Russian. Explanations,
 * traces and signals put their numbers into words through it.
 *
 * @param input - A finite number or a decimal string.
 * @param lang - `ru` (the default) or `en`.
 * @param maxDecimals - The most decimals shown; 2 by default.
 * @returns The number as a sentence shows it.
 * @throws {@link ShnorError} `INVALID_NUMBER` for a value that is not finite.
 * @example
 * ```ts
 * // число для предложения отчёта: «средний балл 3,65»
 * formatInSentence(200 / 3) //=> '66,67'
 * formatInSentence(6.25, 'ru', 1) //=> '6,3'
 * formatInSentence(20, 'en') //=> '20'
 * ```
 * @category Numbers
 */
export function formatInSentence(input: DecimalInput, lang: Lang = 'ru', maxDecimals = 2): string {
  return formatNumber(input, { decimals: maxDecimals, trimZeros: true, lang });
}
