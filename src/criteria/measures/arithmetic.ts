/**
 * Arithmetic on measures: a weighted sum, a difference, a ratio, the change between years. Each
 * is three-valued: a value when every part has one; otherwise missing, with the parts that are
 * missing listed — and, for a sum compared with a threshold, the range the unknown parts allow,
 * so that a comparison they cannot change is decided. Internal.
 */
import { toNumber } from '../_lib/compare.js';
import { measureUnit } from '../_lib/labels.js';
import { type MeasureValue, yearsOf } from '../_lib/measures.js';
import type { EvalContext } from '../engine/context.js';
import type { MissingInput } from '../engine/missing.js';
import type { BaseMeasure, Measure } from '../schema.js';
import { emptyDenominator } from '../../numbers/reasons.js';

type Arithmetic = Extract<Measure, { kind: 'sum' | 'difference' | 'ratio' | 'change' }>;

/** Whether a measure is arithmetic on other measures. */
export const isArithmetic = (m: Measure): m is Arithmetic => m.kind === 'sum' || m.kind === 'difference' || m.kind === 'ratio' || m.kind === 'change';

const lacking = (vs: readonly MeasureValue[]): MeasureValue => {
  const missing: MissingInput[] = [];
  for (const v of vs) {
    if (v.status === 'missing') missing.push(...v.missing);
    else if (v.status === 'not_applicable') return v;
  }
  return { status: 'missing', missing };
};

/**
 * The value of an arithmetic measure for a school. `other(y)` reads a measure in another year
 * (for a change).
 * @internal
 */
export function arithmeticValue(m: Arithmetic, si: number, ctx: EvalContext, other: (m: BaseMeasure, si: number, y: number) => MeasureValue): MeasureValue {
  switch (m.kind) {
    case 'sum': {
      let sum = 0;
      const parts = m.terms.map((t) => ctx.measure(t.measure, si));
      if (parts.some((v) => v.status !== 'value')) return lacking(parts);
      for (let i = 0; i < parts.length; i++) sum += toNumber((m.terms[i] as (typeof m.terms)[number]).weight) * (parts[i] as { value: number }).value;
      return Number.isFinite(sum) ? { status: 'value', value: sum, years: yearsOf(ctx.year) } : { status: 'missing', missing: [{ kind: 'computed', school: ctx.idOf(si), operation: 'sum' }] };
    }
    case 'difference':
    case 'ratio': {
      const a = ctx.measure(m.of[0], si);
      const b = ctx.measure(m.of[1], si);
      if (a.status !== 'value' || b.status !== 'value') return lacking([a, b]);
      if (m.kind === 'difference') return { status: 'value', value: a.value - b.value, years: yearsOf(ctx.year) };
      if (b.value === 0) return emptyDenominator();
      const r = (a.value / b.value) * (m.percent ? 100 : 1);
      return Number.isFinite(r) ? { status: 'value', value: r, years: yearsOf(ctx.year) } : { status: 'missing', missing: [{ kind: 'computed', school: ctx.idOf(si), operation: 'ratio' }] };
    }
    case 'change': {
      const now = ctx.measure(m.measure, si);
      const before = other(m.measure, si, ctx.year - m.since);
      if (now.status !== 'value' || before.status !== 'value') return lacking([now, before]);
      if (m.unit === 'relative') {
        if (before.value === 0) return { status: 'not_applicable', reason: { code: 'EMPTY_DENOMINATOR', ru: `значение ${ctx.year - m.since} г. равно нулю: относительное изменение не определено`, en: `the ${ctx.year - m.since} value is zero: no relative change` } };
        return { status: 'value', value: ((now.value - before.value) / Math.abs(before.value)) * 100, years: yearsOf(ctx.year), detail: { before: before.value, after: now.value } };
      }
      return { status: 'value', value: now.value - before.value, years: yearsOf(ctx.year), detail: { before: before.value, after: now.value } };
    }
  }
}

/** The range of a weighted sum when some of its parts are unknown: the known part, and the bounds the unknown parts allow. */
export interface SumRange {
  readonly lo: number;
  readonly hi: number;
  readonly known: number;
  /** the terms without a value (by position) */
  readonly unknown: readonly number[];
  readonly missing: readonly MissingInput[];
}

/**
 * The range a weighted sum can take whatever its unknown terms are: each unknown term within its
 * stated `min`…`max`, or 0–100 for a share and 0–1 for a yes/no measure; `null` when an unknown
 * term is not applicable or has no bounds.
 * @internal
 */
export function sumRange(m: Extract<Measure, { kind: 'sum' }>, si: number, ctx: EvalContext): SumRange | null {
  let known = 0;
  let lo = 0;
  let hi = 0;
  const unknown: number[] = [];
  const missing: MissingInput[] = [];
  for (let i = 0; i < m.terms.length; i++) {
    const t = m.terms[i] as (typeof m.terms)[number];
    const w = toNumber(t.weight);
    const v = ctx.measure(t.measure, si);
    if (v.status === 'value') {
      known += w * v.value;
      continue;
    }
    if (v.status === 'not_applicable') return null;
    unknown.push(i);
    missing.push(...v.missing);
    const unit = measureUnit(t.measure, ctx.ix.declarations);
    const min = t.min !== undefined ? toNumber(t.min) : unit === 'percent' || unit === 'boolean' ? 0 : Number.NEGATIVE_INFINITY;
    const max = t.max !== undefined ? toNumber(t.max) : unit === 'percent' ? 100 : unit === 'boolean' ? 1 : Number.POSITIVE_INFINITY;
    if (!Number.isFinite(min) || !Number.isFinite(max)) return null;
    lo += Math.min(w * min, w * max);
    hi += Math.max(w * min, w * max);
  }
  return { lo: known + lo, hi: known + hi, known, unknown, missing };
}
