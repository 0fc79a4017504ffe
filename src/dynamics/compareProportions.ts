import { invalidCountError, invalidOptionError } from '../errors/raise.js';
import { type Share, share } from '../numbers/share.js';
import type { ProportionTest } from './types.js';

/**
 * Options for {@link compareProportions}.
 *
 * @category Dynamics
 */
export interface CompareProportionsOptions {
  /** `newcombe` (default): hybrid score interval for the difference; `fisher`: Fisher's exact test. */
  readonly method?: 'newcombe' | 'fisher';
  /** Confidence level: 0.8, 0.9, 0.95 (default) or 0.99. */
  readonly confidence?: 0.8 | 0.9 | 0.95 | 0.99;
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link CompareProportionsOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category Dynamics
 */
export type ProportionTestOptions = CompareProportionsOptions;

const Z: Readonly<Record<string, number>> = {
  '0.8': 1.2815515655446004,
  '0.9': 1.6448536269514722,
  '0.95': 1.959963984540054,
  '0.99': 2.5758293035489004,
};

function wilson(x: number, n: number, z: number): readonly [number, number] {
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) out[i] = (out[i - 1] as number) + Math.log(i);
  return out;
}

function fisherTwoSided(x1: number, n1: number, x2: number, n2: number): number {
  const n = n1 + n2;
  const k = x1 + x2;
  const lf = logFactorials(n);
  const f = (i: number): number => lf[i] as number;
  const logP = (a: number): number =>
    f(n1) - f(a) - f(n1 - a) + f(n2) - f(k - a) - f(n2 - k + a) - (f(n) - f(k) - f(n - k));
  const observed = logP(x1);
  let p = 0;
  for (let a = Math.max(0, k - n2); a <= Math.min(k, n1); a++) {
    const lp = logP(a);
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}

/**
 * Tests whether two proportions differ beyond chance, for small groups where a change of one
 * pupil moves a share by many points (1 of 7 → 2 of 7 is +14,3 п.п. and not significant).
 * Statistics use floating point (they are estimates, not thresholds); results are rounded to
 * 6 decimals and are never `NaN`.
 *
 * @param before - The earlier share.
 * @param after - The later share.
 * @param options - Method (`newcombe` or `fisher`) and confidence level.
 * @returns The difference in п.п., the interval (Newcombe) or p-value (Fisher), and `significant`.
 * @throws {@link ShnorError} `INVALID_OPTION` for an unknown method or confidence level, an empty group, or a Fisher test over more than 1 000 000 pupils.
 * @throws {@link ShnorError} `INVALID_COUNT` / `COUNT_EXCEEDS_TOTAL` for counts that are not a share (7 of 5, a negative total, 2,5 of 5).
 * @example
 * ```ts
 * // «двойки» у 1 из 7 и у 2 из 7 участников — различие не значимо; 10 из 100 и 40 из 100 — значимо
 * compareProportions(share(1, 7), share(2, 7)).significant //=> false
 * compareProportions(share(10, 100), share(40, 100)).significant //=> true
 * ```
 * @category Dynamics
 */
export function compareProportions(before: Share, after: Share, options: CompareProportionsOptions = {}): ProportionTest {
  const method = options.method ?? 'newcombe';
  const confidence = options.confidence ?? 0.95;
  const z = Object.prototype.hasOwnProperty.call(Z, String(confidence)) ? Z[String(confidence)] : undefined;
  if (z === undefined) throw invalidOptionError({ option: 'confidence', value: confidence, expected: { ru: 'уровень доверия 0,8; 0,9; 0,95 или 0,99', en: '0.8 | 0.9 | 0.95 | 0.99' } });
  // counts checked like share() checks them: 7 of 5, a negative total or 2,5 of 5 is an error, never NaN
  for (const [name, x] of [['before', before], ['after', after]] as const) {
    if (typeof x !== 'object' || x === null) throw invalidCountError({ field: name, value: x });
    share(x.count, x.total);
  }
  if (before.total === 0 || after.total === 0) {
    throw invalidOptionError({ option: before.total === 0 ? 'before.total' : 'after.total', value: 0, expected: { ru: 'непустая группа (знаменатель больше 0)', en: 'a non-empty group (total > 0)' } });
  }
  const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
  const p1 = before.count / before.total;
  const p2 = after.count / after.total;
  const differencePp = r6((p2 - p1) * 100);
  if (method === 'newcombe') {
    const [l1, u1] = wilson(before.count, before.total, z);
    const [l2, u2] = wilson(after.count, after.total, z);
    const d = p2 - p1;
    const lower = d - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2);
    const upper = d + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2);
    return {
      method,
      confidence,
      differencePp,
      lowerPp: r6(lower * 100),
      upperPp: r6(upper * 100),
      significant: lower > 0 || upper < 0,
    };
  }
  if (method === 'fisher') {
    if (before.total + after.total > 1_000_000) {
      throw invalidOptionError({ option: 'method', value: 'fisher', expected: { ru: 'метод «newcombe»: при общей численности групп больше 1 000 000 метод «fisher» не применяется', en: 'newcombe for groups above 1 000 000' } });
    }
    const pValue = fisherTwoSided(before.count, before.total, after.count, after.total);
    return { method, confidence, differencePp, pValue: r6(pValue), significant: pValue < 1 - confidence };
  }
  throw invalidOptionError({ option: 'method', value: method, expected: { ru: 'метод «newcombe» или «fisher»', en: 'newcombe | fisher' } });
}
