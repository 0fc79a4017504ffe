/**
 * The one place where rules compare a number with a threshold. Internal.
 *
 * A share (count of total) is compared with a percent exactly, in integers while they stay safe
 * and in decimals beyond; any other value is compared with a tolerance of 1e-9 of its magnitude,
 * so that binary noise (68,1 − 48,1 = 20,000000000000004) never decides a verdict.
 */
import Decimal from 'decimal.js';
import { satisfies } from '../../numbers/compareShare.js';

/** A comparison operator of the rule language. */
export type Op = 'gte' | 'gt' | 'lte' | 'lt' | 'eq';

const D = /* #__PURE__ */ Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/** A decimal parameter (a number, or a string with a point or a comma) as an exact decimal. */
export function dec(x: string | number): Decimal {
  return new D(typeof x === 'number' ? String(x) : x.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

/** A decimal parameter as a number. */
export function toNumber(x: string | number): number {
  return typeof x === 'number' ? x : Number(x.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

/** Compares two computed numbers, ignoring binary noise below 1e-9 of their magnitude. */
export function cmp(a: number, b: number): -1 | 0 | 1 {
  const d = a - b;
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  return Math.abs(d) <= 1e-9 * scale ? 0 : d > 0 ? 1 : -1;
}

/** A threshold parsed once: as a number, and as an exact fraction num/den. */
export interface ParsedThreshold {
  readonly value: number;
  readonly num: number;
  readonly den: number;
  readonly exact: boolean;
}

const parsed = new Map<string | number, ParsedThreshold>();

/** A threshold parsed once per distinct written value. */
export function parseThreshold(t: string | number): ParsedThreshold {
  let p = parsed.get(t);
  if (p === undefined) {
    const d = dec(t);
    const [num, den] = d.toFraction().map((x) => Number(x.toString())) as [number, number];
    p = { value: d.toNumber(), num, den, exact: Number.isSafeInteger(num) && Number.isSafeInteger(den) };
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(t, p);
  }
  return p;
}

/** `a op b` for two computed numbers (with the noise tolerance of {@link cmp}). */
export function holds(a: number, op: Op, b: number): boolean {
  return satisfies(cmp(a, b), op);
}

/** A number against a written threshold. */
export function compareNumber(value: number, op: Op, threshold: string | number): boolean {
  return satisfies(cmp(value, parseThreshold(threshold).value), op);
}

/** A share's counts against a threshold in percent, exactly. */
export function compareShare(count: number, total: number, op: Op, threshold: string | number): boolean {
  const t = parseThreshold(threshold);
  // count / total vs num / (den · 100)
  const left = count * t.den * 100;
  const right = t.num * total;
  if (t.exact && Number.isSafeInteger(left) && Number.isSafeInteger(right)) return satisfies(left === right ? 0 : left > right ? 1 : -1, op);
  // count · 100 vs threshold · total, in decimals
  const c = new D(count).times(100).comparedTo(dec(threshold).times(total));
  return satisfies(c === 0 ? 0 : c > 0 ? 1 : -1, op);
}

/** A measure value (a share or a number) against a written threshold. */
export function compareValue(v: { readonly value: number; readonly share?: { readonly count: number; readonly total: number } | undefined }, op: Op, threshold: string | number): boolean {
  if (v.share !== undefined) return v.share.total === 0 ? false : compareShare(v.share.count, v.share.total, op, threshold);
  return compareNumber(v.value, op, threshold);
}
