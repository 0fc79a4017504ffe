/**
 * TypeScript builders for identification rules. Each returns the plain data the schema
 * describes; a builder adds no behaviour the data cannot express.
 *
 * @module
 */
import type { Measure, Pool, Rule } from './schema.js';

/** The optional id, name and source every rule may carry. */
export type RuleMeta = Pick<Extract<Rule, { kind: 'threshold' }>, 'id' | 'label' | 'source'>;

/**
 * A threshold rule: `measure op value` («не менее 30 %» is `gte 30`).
 *
 * @param measure - The measure.
 * @param op - `gte` ≥, `gt` >, `lte` ≤, `lt` <, `eq` =.
 * @param value - The threshold (percent for shares).
 * @param meta - Optional id, label and source.
 * @returns The rule as data.
 * @example
 * ```ts
 * threshold({ kind: 'fact', field: 'continuedToGrade10' }, 'lt', 60) // seed 001: «менее 60 %»
 * ```
 */
export function threshold(measure: Measure, op: 'gte' | 'gt' | 'lte' | 'lt' | 'eq', value: number | string, meta: RuleMeta = {}): Rule {
  return { kind: 'threshold', measure, op, value, ...meta };
}

/**
 * A relative-position rule: the bottom (or top) k % of a pool.
 *
 * @param measure - The measure ranked.
 * @param options - Which side, the percent, which way is better, the pool, rounding of k % of N, ties, minimum pool size.
 * @param meta - Optional id, label and source.
 * @returns The rule as data.
 * @example
 * ```ts
 * bottomPercent({ kind: 'index', index: 'isb' }, { percent: 25, better: 'higher', pool: { scope: 'region' } })
 * ```
 */
export function bottomPercent(
  measure: Measure,
  options: { percent: number | string; better: 'higher' | 'lower'; pool: Pool; rounding?: 'floor' | 'ceil' | 'nearest'; ties?: 'include' | 'exclude'; minPoolSize?: number; position?: 'bottom' | 'top' },
  meta: RuleMeta = {},
): Rule {
  return {
    kind: 'rank',
    measure,
    better: options.better,
    position: options.position ?? 'bottom',
    percent: options.percent,
    pool: options.pool,
    rounding: options.rounding ?? 'ceil',
    ties: options.ties ?? 'include',
    minPoolSize: options.minPoolSize ?? 4,
    ...meta,
  };
}

/**
 * All of the rules hold (three-valued: unknown when none fails and one is unknown).
 *
 * @param rules - The rules.
 * @returns The rule as data.
 * @example
 * ```ts
 * all(deficitRule, isbRule) // seed 002 ШНСУ: дефицит ресурсов И нижний квартиль ИСБ
 * ```
 */
export function all(...rules: Rule[]): Rule {
  return { kind: 'all', rules };
}

/**
 * At least one of the rules holds.
 *
 * @param rules - The rules.
 * @returns The rule as data.
 * @example
 * ```ts
 * any(ruleA, ruleB) // seed 002 ШНОР: правило A или правило B
 * ```
 */
export function any(...rules: Rule[]): Rule {
  return { kind: 'any', rules };
}

/**
 * At least k of the rules hold.
 *
 * @param k - How many must hold.
 * @param rules - The rules.
 * @returns The rule as data.
 * @example
 * ```ts
 * atLeastOf(2, n1, n2, n3, n4, n5)
 * ```
 */
export function atLeastOf(k: number, ...rules: Rule[]): Rule {
  return { kind: 'atLeast', k, rules };
}

/**
 * The rule does not hold (unknown stays unknown).
 *
 * @param rule - The rule.
 * @returns The rule as data.
 * @example
 * ```ts
 * not(threshold({ kind: 'external', field: 'project500' }, 'eq', 1))
 * ```
 */
export function not(rule: Rule): Rule {
  return { kind: 'not', rule };
}
