/**
 * TypeScript builders for identification rules. Each returns the plain data the schema
 * describes; a builder adds no behaviour the data cannot express.
 *
 * @module
 */
import type { BaseMeasure, Measure, Pool, Rule, TerritoryCategory } from './schema.js';
import type { RuleMeta } from './schema.js';
import { ShnorError } from '../errors/ShnorError.js';
import type { ComparisonOperator } from '../numbers/types.js';


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
 * // seed 001: «доля продолживших обучение в 10 классе менее 60 %»
 * threshold({ kind: 'fact', field: 'continuedToGrade10' }, 'lt', 60)
 * //=> { kind: 'threshold', measure: { kind: 'fact', field: 'continuedToGrade10' }, op: 'lt', value: 60 }
 * ```
 * @category Criteria
 */
export function threshold(measure: Measure, op: ComparisonOperator, value: number | string, meta: RuleMeta = {}): Rule {
  return { kind: 'threshold', measure, op, value, ...meta };
}

/**
 * The options of {@link bottomPercent}: which side, the percent, which way is better, the pool, and
 * the policies (rounding of k % of N, ties at the boundary, minimum pool size).
 *
 * @category Criteria
 */
export interface BottomPercentOptions {
  /** k, the percent of the pool taken. */
  readonly percent: number | string;
  /** Which way is better for the measure (`higher`: the bottom are the lowest values). */
  readonly better: 'higher' | 'lower';
  /** The pool ranked. */
  readonly pool: Pool;
  /** How k % of N becomes a number of schools; `ceil` by default. */
  readonly rounding?: 'floor' | 'ceil' | 'nearest';
  /** Whether schools tied with the last one taken are all taken; `include` by default. */
  readonly ties?: 'include' | 'exclude';
  /** A smaller pool is not ranked (not applicable); 4 by default. */
  readonly minPoolSize?: number;
  /** `bottom` (default) or `top`. */
  readonly position?: 'bottom' | 'top';
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
 * // нижний квартиль ИСБ по региону
 * bottomPercent({ kind: 'index', index: 'isb' }, { percent: 25, better: 'higher', pool: { scope: 'region' } })
 * //=> { kind: 'rank', measure: { kind: 'index', index: 'isb' }, better: 'higher', position: 'bottom', percent: 25, pool: { scope: 'region' }, rounding: 'ceil', ties: 'include', minPoolSize: 4 }
 * ```
 * @category Criteria
 */
export function bottomPercent(
  measure: Measure,
  options: BottomPercentOptions,
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
 * // seed 002, ШНСУ: дефицит ресурсов И нижний квартиль ИСБ
 * const deficit = threshold({ kind: 'resources', field: 'openDeficits' }, 'gte', 1);
 * const lowIsb = bottomPercent({ kind: 'index', index: 'isb' }, { percent: 25, better: 'higher', pool: { scope: 'municipality' } });
 * allOf(deficit, lowIsb) //=> { kind: 'all', rules: [deficit, lowIsb] }
 * ```
 * @category Criteria
 */
export function allOf(...rules: Rule[]): Rule {
  return { kind: 'all', rules };
}

/**
 * At least one of the rules holds.
 *
 * @param rules - The rules.
 * @returns The rule as data.
 * @example
 * ```ts
 * // seed 002, ШНОР: правило 1 (≥ 30 % «двоек» в этом году) или правило 2 (два года подряд)
 * const belowMinimum = { kind: 'result', procedures: ['vpr', 'oge'], subjects: ['math'], metric: 'belowMinimumShare' } as const;
 * const rule1 = threshold(belowMinimum, 'gte', 30);
 * const rule2 = persistsIn(rule1, 2, 2);
 * anyOf(rule1, rule2) //=> { kind: 'any', rules: [rule1, rule2] }
 * ```
 * @category Criteria
 */
export function anyOf(...rules: Rule[]): Rule {
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
 * // не менее двух из трёх признаков: «двойки» ВПР, вакансии, нет «Точки роста»
 * const vpr = threshold({ kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, 'gte', 30);
 * const vacancies = threshold({ kind: 'staffing', field: 'vacancies' }, 'gte', 1);
 * const noCentre = noneOf(threshold({ kind: 'resources', field: 'tochkaRosta' }, 'eq', 1));
 * atLeastOf(2, vpr, vacancies, noCentre) //=> { kind: 'atLeast', k: 2, rules: [vpr, vacancies, noCentre] }
 * ```
 * @category Criteria
 */
export function atLeastOf(k: number, ...rules: Rule[]): Rule {
  return { kind: 'atLeast', k, rules };
}

/**
 * The rule does not hold (missing stays missing, not applicable stays not applicable).
 *
 * @param rule - The rule.
 * @returns The rule as data.
 * @example
 * ```ts
 * // не участник проекта «500+»
 * noneOf(threshold({ kind: 'external', field: 'project500' }, 'eq', 1))
 * //=> { kind: 'not', rule: { kind: 'threshold', measure: { kind: 'external', field: 'project500' }, op: 'eq', value: 1 } }
 * ```
 * @category Criteria
 */
export function noneOf(rule: Rule): Rule {
  return { kind: 'not', rule };
}

/**
 * «В каждом из последних N лет» or «не менее чем в k из последних N лет»: a rule evaluated in the
 * year identified and the N − 1 years before it.
 *
 * @param rule - The rule that must hold.
 * @param atLeast - In how many of the years (k).
 * @param years - The window (N), ending with the year identified.
 * @param meta - Optional id, label, source and missing-data policy.
 * @returns The rule as data.
 * @example
 * ```ts
 * // «дрейфующая школа»: Progress 8 ниже −0,25 в каждом из трёх последних лет
 * persistsIn(threshold({ kind: 'declared', fact: 'progress8' }, 'lt', '-0.25'), 3, 3)
 * //=> { kind: 'persist', rule: { kind: 'threshold', … }, atLeast: 3, years: 3 }
 * ```
 * @category Criteria
 */
export function persistsIn(rule: Rule, atLeast: number, years: number, meta: RuleMeta = {}): Rule {
  return { kind: 'persist', rule, atLeast, years, ...meta };
}

/**
 * A rule that applies only where a condition holds («правило касается только старших школ»);
 * elsewhere the school is not applicable, with the reason — never «нет».
 *
 * @param when - The condition of applicability (a type, a declared flag, a minimum size).
 * @param rule - The rule itself.
 * @param reason - Why the others are out of scope, in Russian (and English).
 * @param meta - Optional id, label, source and missing-data policy.
 * @returns The rule as data.
 * @example
 * ```ts
 * withinScope({ kind: 'status', fact: 'level', in: ['high'] }, threshold({ kind: 'declared', fact: 'acgr' }, 'lte', 67), { ru: 'только для старших школ' })
 * //=> { kind: 'scope', when: { kind: 'status', … }, rule: { kind: 'threshold', … }, reason: { ru: 'только для старших школ' } }
 * ```
 * @category Criteria
 */
export function withinScope(when: Rule, rule: Rule, reason: { ru: string; en?: string }, meta: RuleMeta = {}): Rule {
  return { kind: 'scope', when, rule, reason, ...meta };
}

/**
 * A weighted sum of measures (not a weighted mean): Σ wᵢ·xᵢ. A threshold on it is decided even
 * with unknown terms when no value they can take (their `min`…`max`, or 0–100 for shares) changes
 * the outcome.
 *
 * @param terms - Each measure with its weight and, optionally, the range it can take.
 * @param label - Optional name of the sum, in the act's words.
 * @returns The measure as data.
 * @example
 * ```ts
 * // «3 × не окончившие − когорта ≥ 0»: не выпускает треть когорты и более
 * weightedSum([{ measure: { kind: 'declared', fact: 'nonGraduates' }, weight: 3 }, { measure: { kind: 'declared', fact: 'cohort' }, weight: -1 }])
 * //=> { kind: 'sum', terms: [ … ] }
 * ```
 * @category Criteria
 */
export function weightedSum(terms: readonly { measure: BaseMeasure; weight: number | string; min?: number | string; max?: number | string }[], label?: { ru: string; en?: string }): Measure {
  return { kind: 'sum', terms: terms.map((t) => ({ ...t })), ...(label ? { label } : {}) };
}

/**
 * The change of a measure since an earlier year, in a stated unit: `pp` (п.п., shares),
 * `points` (баллы) or `relative` (% of the earlier value).
 *
 * @param measure - The measure.
 * @param since - How many years back the earlier value is.
 * @param unit - The unit of the change.
 * @returns The measure as data.
 * @example
 * ```ts
 * // рост доли «2» по ВПР за год, в п.п.
 * changeSince({ kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, 1, 'pp')
 * //=> { kind: 'change', measure: { kind: 'result', … }, since: 1, unit: 'pp' }
 * ```
 * @category Criteria
 */
export function changeSince(measure: BaseMeasure, since: number, unit: 'pp' | 'points' | 'relative'): Measure {
  return { kind: 'change', measure, since, unit };
}

/**
 * A fact the dataset declares, read by id: its value or a bound of its confidence interval.
 *
 * @param fact - The declared fact's id.
 * @param bound - `value` (default), `lower` or `upper` limit of the interval.
 * @param level - The confidence level for a computed interval (95 by default).
 * @returns The measure as data.
 * @example
 * ```ts
 * // «верхняя граница 95 % доверительного интервала Progress 8 ниже нуля»
 * threshold(declaredFact('progress8', 'upper'), 'lt', 0)
 * //=> { kind: 'threshold', measure: { kind: 'declared', fact: 'progress8', bound: 'upper' }, op: 'lt', value: 0 }
 * ```
 * @category Criteria
 */
export function declaredFact(fact: string, bound?: 'value' | 'lower' | 'upper', level?: 90 | 95 | 99): Measure {
  return { kind: 'declared', fact, ...(bound ? { bound } : {}), ...(level ? { level } : {}) };
}

/**
 * Selection by cumulative share of a total: schools sorted by a count from the largest down are
 * taken until they hold more than `percent` % of the pool's total. With `options.orderBy`, the
 * schools are sorted by another measure instead (`first: 'highest'` or `'lowest'` value first)
 * and `measure` is what is summed; ties on the order value are taken together. A school whose
 * order value is missing keeps its count in the total; the schools whose verdict its unknown place
 * could change are unknown (the missing value named), the others stay decided.
 *
 * @param measure - The count summed (e.g. participants below the minimum, or learners).
 * @param percent - The share of the total, in percent.
 * @param pool - The pool whose total is shared.
 * @param options - Optional id, label, source and missing-data policy; `orderBy` (the measure the
 *   schools are sorted by, and which end comes first) and `eligible` (only the schools for which
 *   this rule holds are sorted and counted).
 * @returns The rule as data.
 * @example
 * ```ts
 * // школы, на которые вместе приходится более половины всех «двоек» ВПР муниципалитета
 * cumulativeShare({ kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumCount' }, 50, { scope: 'municipality' })
 * //=> { kind: 'cumulative', measure: { kind: 'result', … }, percent: 50, pool: { scope: 'municipality' } }
 * ```
 * @example
 * ```ts
 * // школы по убыванию индекса бедности, пока их доля обучающихся не превысит 27,3 % обучающихся территории
 * cumulativeShare(declaredFact('learners'), '27.3', { scope: 'municipality' }, { orderBy: { measure: declaredFact('povertyScore'), first: 'highest' } }).orderBy
 * //=> { measure: { kind: 'declared', fact: 'povertyScore' }, first: 'highest' }
 * ```
 * @category Criteria
 */
export function cumulativeShare(
  measure: Measure,
  percent: number | string,
  pool: Pool,
  options: RuleMeta & { readonly orderBy?: { readonly measure: Measure; readonly first: 'highest' | 'lowest' }; readonly eligible?: Rule } = {},
): Rule {
  return { kind: 'cumulative', measure, percent, pool, ...options };
}

/**
 * A territory category: a municipality (or a region) is in it when the share (or the number) of
 * its schools in another category meets a threshold — «муниципалитет, в котором более половины
 * оцененных школ — в перечне ШНОР».
 *
 * @param id - The territory category's id.
 * @param name - Its name (the act's wording).
 * @param category - The school category counted.
 * @param condition - `share` (in percent of the rated schools, or of all with `base: 'all'`) or `count` of schools, with its operator and threshold; `level` (`municipality` by default) and `classes` for a classifier.
 * @returns The category as data.
 * @example
 * ```ts
 * territoryCategory('mo-shnor', { ru: 'Муниципалитет с преобладанием ШНОР' }, 'shnor', { measure: 'share', op: 'gt', value: 50 }).level //=> 'municipality'
 * ```
 * @category Criteria
 */
export function territoryCategory(
  id: string,
  name: { ru: string; en?: string },
  category: string,
  condition: { measure: 'share' | 'count'; op: 'gte' | 'gt' | 'lte' | 'lt' | 'eq'; value: number | string; base?: 'rated' | 'all'; level?: 'municipality' | 'region'; classes?: string[] },
): TerritoryCategory {
  return {
    kind: 'territory',
    id,
    name,
    level: condition.level ?? 'municipality',
    category,
    measure: condition.measure,
    op: condition.op,
    value: condition.value,
    ...(condition.base !== undefined ? { base: condition.base } : {}),
    ...(condition.classes !== undefined ? { classes: condition.classes } : {}),
  };
}

/**
 * A `threshold` or `between` rule whose verdict is missing, with the reason, when its rounded input sits on the
 * boundary: a value published to `decimals` decimals (the declared fact's own when omitted) whose
 * true value could lie on either side («50,0 %» against «более 50 %»).
 *
 * @param rule - A `threshold` or `between` rule.
 * @param decimals - How many decimals the input is published with; the declared fact's `decimals` when omitted.
 * @returns The rule as data, with `onRoundedBoundary: 'unknown'`.
 * @throws {@link ShnorError} `INVALID_OPTION` for a rule of another kind.
 * @example
 * ```ts
 * undeterminedOnRoundedBoundary(threshold({ kind: 'declared', fact: 'доля_отметок_2' }, 'gt', 50), 1)
 * //=> { kind: 'threshold', measure: { kind: 'declared', fact: 'доля_отметок_2' }, op: 'gt', value: 50, onRoundedBoundary: 'unknown', decimals: 1 }
 * ```
 * @category Criteria
 */
export function undeterminedOnRoundedBoundary(rule: Rule, decimals?: number): Rule {
  if (rule.kind !== 'threshold' && rule.kind !== 'between') throw new ShnorError('INVALID_OPTION', { option: 'rule.kind', value: rule.kind, expected: { ru: 'правило вида «threshold» или «between»', en: 'threshold | between' } });
  return { ...rule, onRoundedBoundary: 'unknown', ...(decimals !== undefined ? { decimals } : {}) };
}
