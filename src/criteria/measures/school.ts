/**
 * A school's measure for a year, read the way a rule reads it (results over a window of years,
 * facts, social passport, staffing, resources, external lists), with its value, share and years, or
 * what is missing. Public to the other folders (not exported from the root): risk bands compare the
 * same value a rule compares, through this module rather than the criteria's private reader.
 */
import type { DatasetIndex } from '../_lib/context.js';
import { type MeasureValue, schoolMeasure as read } from '../_lib/measures.js';
import { missingPath } from '../engine/missing.js';
import type { Measure } from '../schema.js';

/** A measure's value, with each missing input as its short path («C: staffing.vacancies (2024)»). */
export type SchoolMeasureValue = Exclude<MeasureValue, { status: 'missing' }> | { readonly status: 'missing'; readonly missing: readonly string[] };

/** A school's measure for a year (not `index` or `category` measures, which need a methodology). @internal */
export function schoolMeasure(ix: DatasetIndex, m: Measure, si: number, year: number): SchoolMeasureValue {
  const v = read(ix, m, si, year);
  return v.status === 'missing' ? { status: 'missing', missing: v.missing.map(missingPath) } : v;
}
