/**
 * How rules compare a value with a threshold. Internal: a thin layer over the number core
 * (`src/numbers/compare.ts`), so that rules, risk bands, objectivity signals and indicator targets
 * give the same answer for the same value, operator and threshold. Thresholds are read once per
 * distinct written value.
 */
import type Decimal from 'decimal.js';
import { compareNumbers, compareValue as coreCompareValue, readThreshold, satisfies, type Threshold } from '../../numbers/compare.js';
import { readNumber, toDec } from '../../numbers/decimal.js';
import type { ComparisonOperator } from '../../numbers/types.js';

/** A comparison operator of the rule language. */
export type Op = ComparisonOperator;

/** A decimal parameter (a number, or a string with a point or a comma) as an exact decimal. */
export function dec(x: string | number): Decimal {
  return toDec(x, 'threshold');
}

const numbers = new Map<string, number>();

/** A decimal parameter as a number (read once per distinct written value). */
export function toNumber(x: string | number): number {
  if (typeof x === 'number') return x;
  let n = numbers.get(x);
  if (n === undefined) {
    n = readNumber(x, 'threshold');
    if (numbers.size > 10_000) numbers.clear();
    numbers.set(x, n);
  }
  return n;
}

/** Compares two computed numbers, ignoring binary noise (the number core's tolerance); a non-finite number never reaches a verdict. */
function cmp(a: number, b: number): -1 | 0 | 1 {
  return compareNumbers(a, b);
}

const thresholds = new Map<string | number, Threshold>();

/** A threshold read once per distinct written value. */
function parseThreshold(t: string | number): Threshold {
  let p = thresholds.get(t);
  if (p === undefined) {
    p = readThreshold(t);
    if (thresholds.size > 10_000) thresholds.clear();
    thresholds.set(t, p);
  }
  return p;
}

/** A number against a written threshold. */
export function compareNumber(value: number, op: Op, threshold: string | number): boolean {
  return satisfies(cmp(value, parseThreshold(threshold).number), op);
}

/** A share's counts against a threshold in percent, exactly; an empty group satisfies nothing. */
export function compareShare(count: number, total: number, op: Op, threshold: string | number): boolean {
  const c = coreCompareValue({ count, total }, op, parseThreshold(threshold));
  return c.status === 'value' && c.value;
}

/** A measure value (a share or a number) against a written threshold. */
export function compareValue(v: { readonly value: number; readonly share?: { readonly count: number; readonly total: number } | undefined }, op: Op, threshold: string | number): boolean {
  if (v.share !== undefined) return compareShare(v.share.count, v.share.total, op, threshold);
  return compareNumber(v.value, op, threshold);
}
