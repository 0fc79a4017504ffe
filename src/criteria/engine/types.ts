/** The result types of identification, and the internal result of one rule. */
import type { Outcome, Reason } from '../../core/outcome.js';
import type { Bilingual } from '../../errors/messages.js';
import type { Dataset } from '../../model/dataset.js';
import type { Name, Source } from '../../model/primitives.js';
import type { Tri } from '../_lib/logic.js';

/**
 * One step of a verdict's reasoning: which rule, with which parameters, inputs and intermediate values.
 *
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
  /** `true`, `false` or `unknown`. */
  readonly outcome: 'true' | 'false' | 'unknown';
  /** The name of what the rule measures, in Russian and English (so that a stored trace can be explained without its methodology). */
  readonly what?: Bilingual;
  /** The parameters of the rule (threshold, percent, pool, …). */
  readonly params?: Readonly<Record<string, unknown>>;
  /** The inputs and intermediate values (the measure's value, the share's counts, the rank, …). */
  readonly values?: Readonly<Record<string, unknown>>;
  /** Missing inputs, when unknown. */
  readonly missing?: readonly string[];
  /** Why the rule does not apply, when it does not. */
  readonly reason?: Reason;
  /** The step in words (when explanations are on). */
  readonly text?: Bilingual;
  /** The sub-rules. */
  readonly children?: readonly TraceNode[];
}

/**
 * A school's verdict for one category.
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
 * The result of `identify`: verdicts for every school and category, and the index values.
 *
 * @category Criteria
 */
export interface IdentificationResult {
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
  /** Schools on each flag list and in each class (territories for a territory category); an object without a prototype, so any id is an own key. */
  readonly lists: Readonly<Record<string, { readonly yes: readonly string[]; readonly unknown: readonly string[] }>>;
}

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
  readonly missing: readonly string[];
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
