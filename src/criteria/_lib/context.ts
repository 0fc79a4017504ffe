/** Indexes a dataset for fast look-ups during identification. Internal. */
import type { ExternalFact, Resources, SchoolFacts, SocialPassport, Staffing } from '../../model/context.js';
import type { Dataset } from '../../model/dataset.js';
import type { AssessmentResult, TerritoryResult } from '../../model/results.js';
import type { School } from '../../model/school.js';

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
  /** ordinal → year → rows */
  readonly results: BySchool<readonly AssessmentResult[]>;
  /** territory → year → rows */
  readonly territoryResults: ReadonlyMap<string, ReadonlyMap<number, readonly TerritoryResult[]>>;
  /** ordinal → year → record */
  readonly facts: BySchool<SchoolFacts>;
  readonly social: BySchool<SocialPassport>;
  readonly staffing: BySchool<Staffing>;
  readonly resources: BySchool<Resources>;
  /** ordinal → year → facts from every source, later ones overriding earlier ones field by field */
  readonly external: BySchool<ExternalFact>;
  /** territory → its region (itself for a region) */
  readonly regionOf: ReadonlyMap<string, string>;
}

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
const list = <R>(prev: R[] | undefined, r: R): R[] => {
  if (prev === undefined) return [r];
  prev.push(r);
  return prev;
};
const merged = (prev: ExternalFact | undefined, e: ExternalFact): ExternalFact => (prev === undefined ? e : { ...prev, ...e, lists: { ...prev.lists, ...e.lists } });

export function indexDataset(dataset: Dataset): DatasetIndex {
  const schools = dataset.schools;
  const n = schools.length;
  const ordinal = new Map(schools.map((s, i) => [s.id, i]));
  const territoryResults = new Map<string, Map<number, TerritoryResult[]>>();
  for (const r of dataset.territoryResults ?? []) {
    let m = territoryResults.get(r.territoryId);
    if (m === undefined) {
      m = new Map();
      territoryResults.set(r.territoryId, m);
    }
    m.set(r.year, list(m.get(r.year), r));
  }
  const regionOf = new Map<string, string>();
  for (const t of dataset.territories) regionOf.set(t.id, t.kind === 'region' ? t.id : (t.parentId ?? t.id));
  return {
    dataset,
    schools,
    schoolById: new Map(schools.map((s) => [s.id, s])),
    ordinal,
    results: bySchoolYear(ordinal, n, dataset.results, list<AssessmentResult>),
    territoryResults,
    facts: bySchoolYear(ordinal, n, dataset.facts, last<SchoolFacts>),
    social: bySchoolYear(ordinal, n, dataset.social, last<SocialPassport>),
    staffing: bySchoolYear(ordinal, n, dataset.staffing, last<Staffing>),
    resources: bySchoolYear(ordinal, n, dataset.resources, last<Resources>),
    external: bySchoolYear(ordinal, n, dataset.external, merged),
    regionOf,
  };
}
