/** Indexes a dataset for fast look-ups during identification. Internal. */
import type { ExternalFact, Resources, SchoolFacts, SocialPassport, Staffing } from '../../model/context.js';
import type { Dataset } from '../../model/dataset.js';
import type { AssessmentResult, TerritoryResult } from '../../model/results.js';
import type { School } from '../../model/school.js';
import type { FactDeclaration, FactValue } from '../../model/facts.js';

/**
 * A dataset indexed for identification. Per-school data sits in arrays indexed by the school's
 * position in `schools` (its ordinal): a national dataset is looked up a million times, and an
 * array read costs far less than a map look-up by school id.
 */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly schools: readonly School[];
  readonly schoolById: ReadonlyMap<string, School>;
  /** school id → its ordinal */
  readonly ordinal: ReadonlyMap<string, number>;
  /** ordinal → year → procedure → rows (a measure of ЕГЭ reads the ЕГЭ rows only) */
  readonly results: BySchool<ByProcedure<AssessmentResult>>;
  /** territory → year → procedure → rows */
  readonly territoryResults: ReadonlyMap<string, ReadonlyMap<number, ByProcedure<TerritoryResult>>>;
  /** ordinal → year → record */
  readonly facts: BySchool<SchoolFacts>;
  readonly social: BySchool<SocialPassport>;
  readonly staffing: BySchool<Staffing>;
  readonly resources: BySchool<Resources>;
  /** ordinal → year → facts from every source, later ones overriding earlier ones field by field */
  readonly external: BySchool<ExternalFact>;
  /** territory → its region (itself for a region) */
  readonly regionOf: ReadonlyMap<string, string>;
  /** the facts the dataset declares, by id */
  readonly declarations: ReadonlyMap<string, FactDeclaration>;
  /** ordinal → year → declared fact id → value */
  readonly declared: BySchool<ReadonlyMap<string, FactValue>>;
}

/** A year's result rows by procedure, in the order the procedures first appear. */
export type ByProcedure<R> = ReadonlyMap<string, readonly R[]>;

/** ordinal → year → record (`undefined` for a school without any) */
export type BySchool<R> = readonly (ReadonlyMap<number, R> | undefined)[];

/** The record of a school (by ordinal) for a year. */
export function at<R>(m: BySchool<R>, si: number, year: number): R | undefined {
  return m[si]?.get(year);
}

/** Groups records by school ordinal and year; `add` decides how a record joins what is there. Rows of unknown schools are skipped (validation reports them). */
function bySchoolYear<R extends { schoolId: string; year: number }, V>(ordinal: ReadonlyMap<string, number>, n: number, rows: readonly R[] | undefined, add: (prev: V | undefined, r: R) => V): BySchool<V> {
  const out = new Array<Map<number, V> | undefined>(n);
  for (const r of rows ?? []) {
    const si = ordinal.get(r.schoolId);
    if (si === undefined) continue;
    let m = out[si];
    if (m === undefined) {
      m = new Map();
      out[si] = m;
    }
    const prev = m.get(r.year);
    const next = add(prev, r);
    if (next !== prev) m.set(r.year, next);
  }
  return out;
}

const last = <R>(_: R | undefined, r: R): R => r;
const byProcedure = <R extends { procedure: string }>(prev: Map<string, R[]> | undefined, r: R): Map<string, R[]> => {
  const m = prev ?? new Map<string, R[]>();
  const rows = m.get(r.procedure);
  if (rows === undefined) m.set(r.procedure, [r]);
  else rows.push(r);
  return m;
};
const merged = (prev: ExternalFact | undefined, e: ExternalFact): ExternalFact => (prev === undefined ? e : { ...prev, ...e, lists: { ...prev.lists, ...e.lists } });

export function indexDataset(dataset: Dataset): DatasetIndex {
  const schools = dataset.schools;
  const n = schools.length;
  const ordinal = new Map(schools.map((s, i) => [s.id, i]));
  const territoryResults = new Map<string, Map<number, Map<string, TerritoryResult[]>>>();
  for (const r of dataset.territoryResults ?? []) {
    let m = territoryResults.get(r.territoryId);
    if (m === undefined) {
      m = new Map();
      territoryResults.set(r.territoryId, m);
    }
    const prev = m.get(r.year);
    const next = byProcedure(prev, r);
    if (next !== prev) m.set(r.year, next);
  }
  const regionOf = new Map<string, string>();
  for (const t of dataset.territories) regionOf.set(t.id, t.kind === 'region' ? t.id : (t.parentId ?? t.id));
  return {
    dataset,
    schools,
    schoolById: new Map(schools.map((s) => [s.id, s])),
    ordinal,
    results: bySchoolYear(ordinal, n, dataset.results, byProcedure<AssessmentResult>),
    territoryResults,
    facts: bySchoolYear(ordinal, n, dataset.facts, last<SchoolFacts>),
    social: bySchoolYear(ordinal, n, dataset.social, last<SocialPassport>),
    staffing: bySchoolYear(ordinal, n, dataset.staffing, last<Staffing>),
    resources: bySchoolYear(ordinal, n, dataset.resources, last<Resources>),
    external: bySchoolYear(ordinal, n, dataset.external, merged),
    regionOf,
    declarations: new Map((dataset.declaredFacts ?? []).map((d) => [d.id, d])),
    declared: bySchoolYear(ordinal, n, dataset.factValues, (prev: Map<string, FactValue> | undefined, v: FactValue) => {
      const m = prev ?? new Map<string, FactValue>();
      m.set(v.fact, v);
      return m;
    }),
  };
}
