import type { Plan } from './schema.js';

/**
 * What a plan leaves without a measure.
 *
 * @category Plans
 */
export interface PlanCoverage {
  /** Priority risk factors no measure addresses. */
  readonly uncoveredRiskFactors: readonly string[];
  /** Target indicators no measure serves. */
  readonly uncoveredIndicators: readonly string[];
  /** Measure links to risk factors or indicators the program does not have (a typo in the data). */
  readonly unknownLinks: readonly { readonly measure: string; readonly link: string }[];
  /** Whether every priority factor and every indicator has a measure. */
  readonly complete: boolean;
}

/**
 * Whether every priority risk factor and every target indicator of a program has at least one
 * measure in its plan, and whether every link from a measure names something the program has.
 *
 * @param plan - The roadmap, measures linked by `riskFactors` and `indicators`.
 * @param indicatorIds - The ids of the program's target indicators.
 * @param riskFactorIds - The ids the risk links may name (the program's catalogue); the plan's priorities when omitted; not checked when neither is known.
 * @returns What is not covered.
 * @example
 * ```ts
 * // фактор «Низкое качество преодоления языковых и культурных барьеров» без мероприятия
 * checkPlanCoverage(REZH_2019_2025_PROGRAM.plan, REZH_2019_2025_PROGRAM.indicators.map((i) => i.id)).uncoveredRiskFactors //=> ['rf08']
 * ```
  * @category Plans
 */
export function checkPlanCoverage(plan: Plan, indicatorIds: readonly string[], riskFactorIds?: readonly string[]): PlanCoverage {
  const factors = new Set<string>();
  const indicators = new Set<string>();
  const factorList = riskFactorIds ?? plan.priorityRiskFactors;
  const knownFactors = factorList === undefined ? undefined : new Set(factorList);
  const knownIndicators = new Set(indicatorIds);
  const unknownLinks: { measure: string; link: string }[] = [];
  for (const m of plan.measures) {
    for (const f of m.riskFactors ?? []) {
      factors.add(f);
      if (knownFactors !== undefined && !knownFactors.has(f)) unknownLinks.push({ measure: m.id, link: f });
    }
    for (const i of m.indicators ?? []) {
      indicators.add(i);
      if (!knownIndicators.has(i)) unknownLinks.push({ measure: m.id, link: i });
    }
  }
  const uncoveredRiskFactors = (plan.priorityRiskFactors ?? []).filter((f) => !factors.has(f));
  const uncoveredIndicators = indicatorIds.filter((i) => !indicators.has(i));
  return { uncoveredRiskFactors, uncoveredIndicators, unknownLinks, complete: uncoveredRiskFactors.length === 0 && uncoveredIndicators.length === 0 };
}
