import type { Share } from '../numbers/share.js';
import type { DecimalInput, DecimalString, Quantity, Unit } from '../numbers/types.js';

/**
 * The scale levels are on. It fixes the natural unit of an absolute change:
 * `percent` → `pp`, `grade` (mean mark 2–5) → `grade_points`, `score` (ЕГЭ, primary score) →
 * `score_points`, `place` (in a rating) → `places`, `count` → `count`, `index` → `value`.
 *
 * @category Dynamics
 */
export type Scale = 'percent' | 'grade' | 'score' | 'place' | 'count' | 'index';

/**
 * Which way is better on a level scale.
 *
 * @category Dynamics
 */
export type Better = 'higher' | 'lower';

/**
 * The scale of a level and which way is better (the option `scale` of the dynamics functions).
 *
 * @category Dynamics
 */
export interface LevelScale {
  /** The scale of the levels. */
  readonly scale: Scale;
  /** `higher` (a success rate) or `lower` (a failure rate, a place in a rating). */
  readonly better: Better;
}

/**
 * The old name of a type, kept for one release.
 *
 * @deprecated Renamed {@link LevelScale} (what it says is a level's scale and which way is better, not a measure; a measure is what a rule reads); the old name goes in the next minor release.
 * @category Dynamics
 */
export type MeasureSpec = LevelScale;

/**
 * A change unit: the units a change between two levels can be expressed in.
 *
 * @category Dynamics
 */
export type ChangeUnit = Exclude<Unit, 'percent'>;

/**
 * How large a change must be to count as a change:
 * - `{ absolute: x }`: |to − from| ≤ x, in the natural unit of the scale (п.п. for percent);
 * - `{ relativePercent: p }`: |to − from| ≤ p % of |from|.
 * A change within the tolerance is `no_change`. The default is `{ absolute: 0 }`.
 *
 * @category Dynamics
 */
export type Tolerance = { readonly absolute: DecimalInput } | { readonly relativePercent: DecimalInput };

/**
 * A level: a number on the levels' scale, or a share (for the `percent` scale). `null` is missing.
 *
 * @category Dynamics
 */
export type LevelInput = DecimalInput | Share | null | undefined;

/**
 * How a change is classed:
 * `improvement` / `deterioration` (beyond the tolerance, in the better / worse direction),
 * `no_change` (within the tolerance), `not_significant` (beyond the tolerance, but a statistical
 * test on small groups cannot tell it from chance).
 *
 * @category Dynamics
 */
export type ChangeClass = 'improvement' | 'deterioration' | 'no_change' | 'not_significant';

/**
 * A change between two levels, in an explicit unit, classed by the scale's direction.
 *
 * @category Dynamics
 */
export interface Change {
  /** The earlier level, on the levels' scale. */
  readonly from: DecimalString;
  /** The later level. */
  readonly to: DecimalString;
  /** The change in the unit asked for (`ratio` is `to / from`). */
  readonly delta: Quantity<ChangeUnit>;
  /** The absolute change `to − from` in the scale's natural unit, always given. */
  readonly absolute: Quantity<ChangeUnit>;
  /** The raw direction of the value: `up`, `down` or `same` (as a move on an ordinal scale). */
  readonly direction: 'up' | 'down' | 'same';
  /** The class of the change (see {@link ChangeClass}). */
  readonly classification: ChangeClass;
  /** The statistical test, when one was asked for and both levels were shares. */
  readonly test?: ProportionTest;
}

/**
 * The result of comparing two proportions.
 *
 * @category Dynamics
 */
export interface ProportionTest {
  /** `newcombe`: hybrid score (Wilson) interval for p₂ − p₁; `fisher`: Fisher's exact test, two-sided. */
  readonly method: 'newcombe' | 'fisher';
  /** Confidence level, e.g. 0.95. */
  readonly confidence: number;
  /** The difference p₂ − p₁ in percentage points. */
  readonly differencePp: number;
  /** Lower bound of the interval for p₂ − p₁, in п.п. (Newcombe only). */
  readonly lowerPp?: number;
  /** Upper bound of the interval for p₂ − p₁, in п.п. (Newcombe only). */
  readonly upperPp?: number;
  /** The two-sided p-value (Fisher only). */
  readonly pValue?: number;
  /** Whether the difference is significant at the confidence level. */
  readonly significant: boolean;
}
