import type { IndicatorEvaluation, IndicatorStatus } from './evaluateIndicator.js';

/**
 * A program-level summary of indicator evaluations.
 *
 * @category Indicators
 */
export interface IndicatorSummary {
  /** How many evaluations. */
  readonly total: number;
  /** How many of each status. */
  readonly counts: Readonly<Record<IndicatorStatus, number>>;
  /** Which indicators have each status. */
  readonly ids: Readonly<Record<IndicatorStatus, readonly string[]>>;
}

/**
 * Summarises indicator evaluations for a program: how many achieved, not achieved, without a
 * target and without data, and which.
 *
 * @param evaluations - Results of {@link evaluateIndicator}.
 * @returns Counts and ids by status.
 * @example
 * ```ts
 * // десять целевых показателей программы Режевского округа (seed 000) за 2023 год, по фактам примера
 * const evaluations = SEED_000_INDICATORS.map((d) => evaluateIndicator(d, actuals[d.id] ?? [], 2023));
 * summarizeIndicators(evaluations).counts //=> { achieved: 2, not_achieved: 8, not_applicable: 0, missing: 0 }
 * ```
 * @category Indicators
 */
export function summarizeIndicators(evaluations: readonly IndicatorEvaluation[]): IndicatorSummary {
  const ids: Record<IndicatorStatus, string[]> = { achieved: [], not_achieved: [], not_applicable: [], missing: [] };
  for (const e of evaluations) ids[e.status].push(e.indicatorId);
  return {
    total: evaluations.length,
    counts: { achieved: ids.achieved.length, not_achieved: ids.not_achieved.length, not_applicable: ids.not_applicable.length, missing: ids.missing.length },
    ids,
  };
}
