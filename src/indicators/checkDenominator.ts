import { Dec, checkCount, decimalsAsWritten, toDec, toPlainString } from '../numbers/decimal.js';
import { round } from '../numbers/round.js';
import { ROUNDING_MODES, type DecimalInput, type DecimalString, type RoundingMode } from '../numbers/types.js';
import type { IndicatorDefinition } from './definition.js';

/**
 * A count that, over the denominator, prints as the value.
 *
 * @category Indicators
 */
export interface ShareMatch {
  /** The numerator k. */
  readonly count: number;
  /** The exact percent k / N × 100. */
  readonly exact: DecimalString;
  /** The rounding modes under which k / N prints as the value. */
  readonly modes: readonly RoundingMode[];
}

/**
 * Finds which counts k out of N print as a given percent, and under which rounding modes: seed
 * 000 prints 1/16 as 6,3 (half-up), 5/16 as 31 and 31,3, 2/11 as 18; its 80 for 2025 is k/16 for
 * no k.
 *
 * @param printed - The percent as printed (`"6,3"`, `31`); its decimals are the printed precision.
 * @param denominator - N, the number of schools (or pupils) the share is over.
 * @param modes - The rounding modes to try; all by default.
 * @returns Every k with the modes that produce the printed value; empty when none does.
 * @throws {@link ShnorError} `INVALID_COUNT` / `INVALID_NUMBER` for bad input.
 * @example
 * ```ts
 * // 6,3 % из 16 школ — это одна школа (6,25 %, округление half-up)
 * matchShareCounts('6,3', 16) //=> [{ count: 1, exact: '6.25', modes: ['half-up', 'up', 'ceil'] }]
 * matchShareCounts(80, 16)    //=> []
 * ```
 * @category Indicators
 */
export function matchShareCounts(printed: DecimalInput, denominator: number, modes: readonly RoundingMode[] = ROUNDING_MODES): ShareMatch[] {
  checkCount(denominator, 'denominator');
  const value = toDec(printed, 'printed');
  const decimals = decimalsAsWritten(printed);
  const target = value.toFixed(decimals);
  const out: ShareMatch[] = [];
  if (denominator === 0) return out;
  // only counts whose percent lies within one printed unit of the value can round to it
  const unit = new Dec(10).pow(-decimals);
  const lo = Math.max(0, Number(value.minus(unit).times(denominator).div(100).floor().toFixed()));
  const hi = Math.min(denominator, Number(value.plus(unit).times(denominator).div(100).ceil().toFixed()));
  for (let k = lo; k <= hi; k++) {
    const exact = toPlainString(toDec(k).times(100).div(denominator));
    const ok = modes.filter((m) => round(exact, decimals, m) === target);
    if (ok.length > 0) out.push({ count: k, exact, modes: ok });
  }
  return out;
}

/**
 * One year of a denominator check.
 *
 * @category Indicators
 */
export interface DenominatorCheckRow {
  /** The year. */
  readonly year: number;
  /** The target as given. */
  readonly printed: DecimalString;
  /** The counts that fit. */
  readonly matches: readonly ShareMatch[];
  /** `true` when no count out of N prints as the target: the denominator cannot be N. */
  readonly inconsistent: boolean;
}

/**
 * Checks every yearly target of a share indicator against a denominator: which count of schools
 * each target stands for, and which targets fit no count (seed 000, indicator 6, 2025: 80 is not
 * k/16).
 *
 * @param def - A share indicator with a yearly series target.
 * @param denominator - N; by default the definition's `computation.denominatorSize`.
 * @param modes - Rounding modes to try; all by default.
 * @returns One row per year with a target ("-" years are skipped); `[]` when the target is not a series or N is unknown.
 * @throws {@link ShnorError} `INVALID_COUNT` for a bad denominator.
 * @example
 * ```ts
 * // seed 000, показатель 6: доля из 16 школ зоны риска; цель 2025 года «80» не равна k/16 ни при каком k
 * const indicator6 = SEED_000_INDICATORS.find((i) => i.id === 'seed000.i6');
 * checkTargetDenominators(indicator6).filter((r) => r.inconsistent).map((r) => r.year) //=> [2025]
 * ```
 * @category Indicators
 */
export function checkTargetDenominators(
  def: IndicatorDefinition,
  denominator?: number,
  modes: readonly RoundingMode[] = ROUNDING_MODES,
): DenominatorCheckRow[] {
  const n = denominator ?? (def.computation?.kind === 'share' ? def.computation.denominatorSize : undefined);
  if (n === undefined || def.target.kind !== 'series') return [];
  const rows: DenominatorCheckRow[] = [];
  for (const t of def.target.values) {
    if (t.value === null) continue;
    const matches = matchShareCounts(t.value, n, modes);
    rows.push({ year: t.year, printed: typeof t.value === 'string' ? t.value.trim().replace(',', '.') : String(t.value), matches, inconsistent: matches.length === 0 });
  }
  return rows;
}
