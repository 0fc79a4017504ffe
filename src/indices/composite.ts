/**
 * Composite indices (ИСБ, staff potential, resource potential, ИОУ): the values of one pool group,
 * from its members' component values. Internal to identification.
 */
import { readNumber as toNumber } from '../numbers/decimal.js';
import { type Normalization, normalizer } from './_lib/math.js';

/**
 * What a composite index is made of, as far as computing it needs: an index definition of the
 * criteria is one, with its measures as `M`. The indices do not read measures themselves.
 */
interface CompositeIndex<M> {
  readonly id: string;
  readonly components: readonly { readonly id: string; readonly measure: M; readonly direction: 'positive' | 'negative'; readonly weight: string | number }[];
  readonly normalization: Normalization;
  readonly missing: { readonly policy: 'unknown' | 'reweight'; readonly minComponents?: number | undefined };
}

/** A component's value for a school, as the caller's measure reader gives it (`I`: a missing input, the caller's data). */
type ComponentValue<I> =
  | { readonly status: 'value'; readonly value: number }
  | { readonly status: 'missing'; readonly missing: readonly I[] }
  | { readonly status: 'not_applicable' };

/** An index value: the weighted sum, or the inputs that are missing. */
type IndexValue<I> = { readonly status: 'value'; readonly value: number; readonly years: readonly number[] } | { readonly status: 'missing'; readonly missing: readonly I[] };

/** Where the computed values go, by school ordinal. */
export interface IndexSink<I> {
  set(si: number, v: IndexValue<I>): void;
}

/**
 * Computes a composite index for the members of one pool group.
 *
 * Sums run in a fixed order (components in their written order; the normalisers sort the values
 * they aggregate), so a school's value does not depend on the order of the schools in the
 * dataset, and ties between schools are not decided by floating-point noise. A value that is not
 * finite (extreme inputs) is reported missing, never NaN or Infinity. A component's own missing inputs
 * pass through as they are; where the index itself lacks something (a component not applicable or not
 * finite, too few components) `lackingOf` names it, with the component or without: data, never text.
 * With `unnamed` (statuses only: whether inputs lack, not which), a school that lacks something gets
 * that one value, its inputs neither read again nor listed.
 * @internal
 */
export function computeIndexGroup<M, I>(
  def: CompositeIndex<M>,
  ids: readonly number[],
  measure: (m: M, si: number) => ComponentValue<I>,
  lackingOf: (si: number, component?: CompositeIndex<M>['components'][number]) => I,
  years: readonly number[],
  out: IndexSink<I>,
  unnamed?: IndexValue<I>,
): void {
  const parts = def.components;
  // component values in typed arrays aligned with the pool members (NaN: no value). School by
  // school, every component in turn: a school's rows are read from memory once, not once per component
  const values = parts.map(() => new Float64Array(ids.length));
  const known: number[][] = parts.map(() => []);
  for (let i = 0; i < ids.length; i++) {
    for (let ci = 0; ci < parts.length; ci++) {
      const v = measure((parts[ci] as (typeof parts)[number]).measure, ids[i] as number);
      const x = v.status === 'value' && Number.isFinite(v.value) ? v.value : Number.NaN;
      (values[ci] as Float64Array)[i] = x;
      if (!Number.isNaN(x)) (known[ci] as number[]).push(x);
    }
  }
  const norms = parts.map((_, ci) => normalizer(known[ci] as number[], def.normalization));
  const weights = parts.map((c) => toNumber(c.weight));
  const min = def.missing.minComponents ?? 1;
  const additive = def.normalization === 'zscore' || def.normalization === 'none';
  for (let i = 0; i < ids.length; i++) {
    const sj = ids[i] as number;
    let sum = 0;
    let wsum = 0;
    let present = 0;
    let absent = 0;
    for (let ci = 0; ci < parts.length; ci++) {
      const raw = (values[ci] as Float64Array)[i] as number;
      if (Number.isNaN(raw)) {
        absent++;
        continue;
      }
      let x = (norms[ci] as (v: number) => number)(raw);
      if ((parts[ci] as (typeof parts)[number]).direction === 'negative') x = additive ? -x : 1 - x;
      const w = weights[ci] as number;
      sum += w * x;
      wsum += w;
      present++;
    }
    const value = sum / wsum;
    if ((absent > 0 && def.missing.policy === 'unknown') || present < min || wsum === 0 || !Number.isFinite(value)) {
      if (unnamed !== undefined) {
        out.set(sj, unnamed);
        continue;
      }
      // the missing inputs, read again (they are memoised) only for the schools that lack some
      const lacking: I[] = [];
      for (let ci = 0; ci < parts.length; ci++) {
        const c = parts[ci] as (typeof parts)[number];
        const v = measure(c.measure, sj);
        if (v.status === 'missing') lacking.push(...v.missing);
        else if (v.status === 'not_applicable' || (v.status === 'value' && !Number.isFinite(v.value))) lacking.push(lackingOf(sj, c));
      }
      out.set(sj, { status: 'missing', missing: lacking.length > 0 ? lacking : [lackingOf(sj)] });
    } else out.set(sj, { status: 'value', value, years });
  }
}
