/**
 * The library's private decimal.js constructor. It is a clone, so `Decimal.set` in the host
 * application never changes our precision, and ours never leaks into theirs.
 * Internal: never re-exported.
 */
import Decimal from 'decimal.js';
import { ShnorError } from '../../errors/ShnorError.js';
import type { RoundingMode } from '../types.js';

/** 40 significant digits: far beyond any education statistic, so derived values are exact for reporting. */
export const Dec: typeof Decimal = /* #__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A decimal.js value of our private constructor. */
export type Dec = Decimal;

const DECIMAL_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** Reads a finite number or a decimal string (point or comma) into a Decimal; throws INVALID_NUMBER otherwise. */
export function toDec(input: unknown, field = 'value'): Decimal {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new ShnorError('INVALID_NUMBER', { field, value: input });
    // String(x) gives the shortest round-trip form: 0.1 stays 0.1, not 0.1000000000000000055...
    return new Dec(String(input));
  }
  if (typeof input === 'string') {
    const text = input.trim().replace(/[\s\u00a0\u202f]/g, '');
    if (!DECIMAL_TEXT.test(text)) throw new ShnorError('INVALID_NUMBER', { field, value: input });
    return new Dec(text.replace(',', '.'));
  }
  if (Decimal.isDecimal(input)) return new Dec(input as Decimal);
  throw new ShnorError('INVALID_NUMBER', { field, value: input });
}

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** Maps a named rounding mode to decimal.js; throws INVALID_ROUNDING_MODE for an unknown name. */
export function toDecimalRounding(mode: unknown): Decimal.Rounding {
  if (typeof mode === 'string' && Object.prototype.hasOwnProperty.call(MODES, mode)) {
    return MODES[mode as RoundingMode];
  }
  throw new ShnorError('INVALID_ROUNDING_MODE', { value: mode });
}

/** Checks a number of decimal places (0..20). */
export function checkDecimals(decimals: unknown): number {
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new ShnorError('INVALID_DECIMALS', { value: decimals });
  }
  return decimals;
}

/** A fixed-point string with no exponent and no trailing zeros ("6.25", "-2", "0.5"). */
export function toPlainString(d: Decimal): string {
  if (d.isZero()) return '0';
  const fixed = d.toFixed();
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** Reads a count: a non-negative safe integer. */
export function checkCount(count: unknown, field: string): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw new ShnorError('INVALID_COUNT', { field, value: count });
  }
  return count;
}

/** Exact rational form of a decimal: [numerator, denominator] as bigints, denominator > 0. */
export function toRational(d: Decimal): readonly [bigint, bigint] {
  const [n, q] = d.toFraction();
  return [BigInt((n as Decimal).toFixed()), BigInt((q as Decimal).toFixed())];
}

/**
 * Exact least squares y = mean(y) + slope · (x − mean(x)) over decimal points (years and levels).
 * Returns `null` with fewer than two points or when x does not vary.
 */
export function decimalLeastSquares(points: readonly { readonly x: Decimal; readonly y: Decimal }[]): { readonly meanX: Decimal; readonly meanY: Decimal; readonly slope: Decimal } | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s.plus(p.x), new Dec(0)).div(n);
  const meanY = points.reduce((s, p) => s.plus(p.y), new Dec(0)).div(n);
  let sxy = new Dec(0);
  let sxx = new Dec(0);
  for (const p of points) {
    const dx = p.x.minus(meanX);
    sxy = sxy.plus(dx.times(p.y.minus(meanY)));
    sxx = sxx.plus(dx.times(dx));
  }
  return sxx.isZero() ? null : { meanX, meanY, slope: sxy.div(sxx) };
}
