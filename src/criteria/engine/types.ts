/** The result types of identification, and the internal result of one rule. */
import type { Outcome, Reason } from '../../core/outcome.js';
import type { Bilingual } from '../../errors/messages.js';
import type { Dataset } from '../../model/dataset.js';
import type { Name, Source } from '../../model/primitives.js';
import type { Tri } from '../_lib/logic.js';
import type { MissingInput } from './missing.js';

export type { MissingInput } from './missing.js';

/**
 * One step of a verdict's reasoning: which rule, with which parameters, inputs and intermediate values.
 * A node equal in every field for several schools (a «no hit» step, a rule out of scope) is one
 * frozen object shared by them: read it, or copy it before changing it.
 *
 * @example
 * ```ts
 * // Реж, 2023: школа № 13 отсутствует в аналитических материалах — её типология «нет данных», и след говорит то же
 * const v = identify(REZH_2019_2025_METHODOLOGY, dataset, 2023).schools.find((s) => s.schoolId === 'rezh-13')?.categories[0];
 * [v.outcome.status, v.trace.outcome] //=> ['missing', 'missing']
 * ```
 * @category Criteria
 */
export interface TraceNode {
  /** The rule kind (`threshold`, `rank`, `all`, …) or `category`. */
  readonly rule: string;
  /** The rule's id, when it has one. */
  readonly id?: string;
  /** The rule's name, when it has one. */
  readonly label?: Name;
  /** Where the rule's parameters come from. */
  readonly source?: Source;
  /**
   * `true` or `false`; `missing` when inputs are missing (listed in `missing`); `not_applicable`
   * when the rule does not apply (the reason in `reason`: out of scope, too few in the pool, …).
   * The root node's outcome agrees with its verdict: `missing` / `not_applicable` exactly when the
   * verdict's status is.
   */
  readonly outcome: 'true' | 'false' | 'missing' | 'not_applicable';
  /** The name of what the rule measures, in Russian and English (so that a stored trace can be explained without its methodology). */
  readonly what?: Bilingual;
  /** The parameters of the rule (threshold, percent, pool, …). */
  readonly params?: Readonly<Record<string, unknown>>;
  /** The inputs and intermediate values (the measure's value, the share's counts, the rank, …). */
  readonly values?: Readonly<Record<string, unknown>>;
  /**
   * Missing inputs, when the outcome is `missing`: data ({@link MissingInput}: the school, what,
   * the years), written in words by `explainTrace`. Before 0.2 these were strings
   * (`"rezh-5: vpr-5 math belowMinimum (2023)"`); `explainTrace` prints such a stored string as it is.
   */
  readonly missing?: readonly MissingInput[];
  /** Why the rule does not apply, when the outcome is `not_applicable` (with `missing` too, why the data cannot decide). */
  readonly reason?: Reason;
  /** The step in words (when explanations are on). */
  readonly text?: Bilingual;
  /** The sub-rules. */
  readonly children?: readonly TraceNode[];
}

/**
 * A school's verdict for one category. A verdict of a shared outcome and a shared trace (or none) is
 * one frozen object for every school that has it (see {@link TraceNode}).
 *
 * @category Criteria
 */
export interface CategoryVerdict {
  /** The category. */
  readonly categoryId: string;
  /**
   * For a flag: `true` / `false`; for a classifier: the class, or `null` for none. "missing" lists
   * the missing inputs (a school with missing data is never "not ШНОР"); "not applicable" says why.
   */
  readonly outcome: Outcome<boolean | string | null>;
  /**
   * When the outcome is `missing`: the missing inputs as data ({@link MissingInput}), one per
   * entry of `outcome.missing` (which keeps each as a short path of ids). Reports write their
   * words from these.
   */
  readonly missingInputs?: readonly MissingInput[];
  /** The verdict in words, with its reasons (when explanations are on). */
  readonly explanation?: Bilingual;
  /** The reasoning (when traces are on). */
  readonly trace?: TraceNode;
}

/**
 * One school's verdicts.
 *
 * @category Criteria
 */
export interface SchoolVerdicts {
  /** The school. */
  readonly schoolId: string;
  /** One verdict per category, in the methodology's order. */
  readonly categories: readonly CategoryVerdict[];
}

/**
 * One territory's verdicts of the methodology's territory categories (those of its level).
 *
 * @category Criteria
 */
export interface TerritoryVerdicts {
  /** The municipality or region. */
  readonly territoryId: string;
  /** One verdict per territory category of the territory's level, in the methodology's order. */
  readonly categories: readonly CategoryVerdict[];
}

/**
 * Options for `identify`.
 *
 * @category Criteria
 */
export interface IdentifyOptions {
  /** Keep the reasoning of every verdict; `true` by default. */
  readonly trace?: boolean;
  /** Write the explanation of every verdict in Russian and English; `true` by default. */
  readonly explain?: boolean;
  /** Evaluate only these schools (the pools still contain every school). */
  readonly schools?: readonly string[];
}

/**
 * An identification, what `identify` computes: verdicts for every school and category, the index
 * values, and the lists (who is in, whose verdict is missing, to whom the category does not apply).
 *
 * @example
 * ```ts
 * // Реж, 2023, типология ИРО: школы № 13 и № 30 отсутствуют в аналитических материалах — «нет данных», не «нет»
 * const identification = identify(REZH_2019_2025_METHODOLOGY, dataset, 2023);
 * identification.lists['typology'].missing //=> ['rezh-13', 'rezh-30']
 * identification.lists['typology'].notApplicable //=> []
 * ```
 * @category Criteria
 */
export interface Identification {
  /** The methodology applied. */
  readonly methodologyId: string;
  /** The dates it applies from and to. */
  readonly validity: { readonly from: string; readonly to: string | null };
  /** The year evaluated. */
  readonly year: number;
  /** Verdicts by school, for the categories whose subject is a school. */
  readonly schools: readonly SchoolVerdicts[];
  /**
   * Verdicts by territory, for the methodology's territory categories (a municipality judged by its
   * schools' verdicts), in the order the territories' schools come; present only when the
   * methodology has such categories. Their lists in `lists` hold territory ids.
   */
  readonly territories?: readonly TerritoryVerdicts[];
  /** Composite index values by index and school (`null` when unknown); objects without a prototype, so any id is an own key. */
  readonly indices: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /**
   * By category: `yes`, the schools on the flag list or in a class (territories for a territory
   * category); `missing`, those whose verdict is missing (inputs missing); `notApplicable`, those to
   * which the category does not apply. The rest are «no» (or in no class). An object without a
   * prototype, so any id is an own key.
   */
  readonly lists: Readonly<Record<string, IdentificationList>>;
}

/**
 * One category's lists in an {@link Identification}: the ids by the state of their verdict.
 *
 * @category Criteria
 */
export interface IdentificationList {
  /** On the list (a flag's «да»), or in a class (a classifier): in the order of the schools. */
  readonly yes: readonly string[];
  /** The verdict is missing: inputs are missing (a school with missing data is never «нет»). */
  readonly missing: readonly string[];
  /** The verdict is not applicable: the category does not apply (out of scope, no rated schools, …). */
  readonly notApplicable: readonly string[];
}

/**
 * @deprecated Renamed {@link Identification} (a result type is a noun for what was computed; "result" means an assessment result); the old name goes in the next minor release.
 * @category Criteria
 */
export type IdentificationResult = Identification;

/**
 * A dataset indexed for identification (results by school and year, facts by school and year, …).
 * Build it once with `prepareDataset` when you identify several years or with several
 * methodologies over the same data.
 *
 * @category Criteria
 */
export interface PreparedDataset {
  /** Discriminant. */
  readonly kind: 'shnor.prepared-dataset';
  /** The dataset. */
  readonly dataset: Dataset;
  /** @internal */
  readonly index: unknown;
}

/** What a rule gives for one school. Internal. */
export interface RuleResult {
  readonly value: Tri;
  readonly missing: readonly MissingInput[];
  readonly reason?: Reason;
  readonly node?: TraceNode;
}

/** What a category gives for one school (a classifier adds its class). Internal. */
export type CategoryResult = RuleResult & { cls?: string | null };

/** The fields of a rule a trace node copies. Internal. */
export interface RuleHead {
  readonly kind: string;
  readonly id?: string | undefined;
  readonly label?: Name | undefined;
  readonly source?: Source | undefined;
}
