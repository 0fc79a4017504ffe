/** Indexes a dataset for fast look-ups during identification. Internal. */
import type { ExternalFact, Resources, SchoolFacts, SocialPassport, Staffing } from '../../model/context.js';
import type { Dataset } from '../../model/dataset.js';
import type { AssessmentResult, TerritoryResult } from '../../model/results.js';
import type { School } from '../../model/school.js';

export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly schools: readonly School[];
  readonly schoolById: ReadonlyMap<string, School>;
  /** school id → its position in `schools` (the evaluator memoises by position, in arrays) */
  readonly ordinal: ReadonlyMap<string, number>;
  /** school → year → rows */
  readonly results: ReadonlyMap<string, ReadonlyMap<number, readonly AssessmentResult[]>>;
  /** territory → year → rows */
  readonly territoryResults: ReadonlyMap<string, ReadonlyMap<number, readonly TerritoryResult[]>>;
  /** school → year → record (nested maps: no key strings to build in hot loops) */
  readonly facts: YearMap<SchoolFacts>;
  readonly social: YearMap<SocialPassport>;
  readonly staffing: YearMap<Staffing>;
  readonly resources: YearMap<Resources>;
  /** school → year → facts from every source, later ones overriding earlier ones field by field */
  readonly external: YearMap<ExternalFact>;
  /** territory → its region (itself for a region) */
  readonly regionOf: ReadonlyMap<string, string>;
}

/** school → year → record */
export type YearMap<R> = ReadonlyMap<string, ReadonlyMap<number, R>>;

/** The record of a school for a year. */
export function at<R>(m: YearMap<R>, schoolId: string, year: number): R | undefined {
  return m.get(schoolId)?.get(year);
}

function byYear<R extends { year: number }>(rows: readonly R[] | undefined, idOf: (r: R) => string): Map<string, Map<number, R[]>> {
  const out = new Map<string, Map<number, R[]>>();
  for (const r of rows ?? []) {
    const id = idOf(r);
    let m = out.get(id);
    if (m === undefined) {
      m = new Map();
      out.set(id, m);
    }
    const list = m.get(r.year);
    if (list === undefined) m.set(r.year, [r]);
    else list.push(r);
  }
  return out;
}

function bySchoolYear<R extends { schoolId: string; year: number }>(rows: readonly R[] | undefined): Map<string, Map<number, R>> {
  const out = new Map<string, Map<number, R>>();
  for (const r of rows ?? []) {
    let m = out.get(r.schoolId);
    if (m === undefined) {
      m = new Map();
      out.set(r.schoolId, m);
    }
    m.set(r.year, r);
  }
  return out;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const external = new Map<string, Map<number, ExternalFact>>();
  for (const e of dataset.external ?? []) {
    let m = external.get(e.schoolId);
    if (m === undefined) {
      m = new Map();
      external.set(e.schoolId, m);
    }
    const prev = m.get(e.year);
    m.set(e.year, prev === undefined ? e : { ...prev, ...e, lists: { ...prev.lists, ...e.lists } });
  }
  const regionOf = new Map<string, string>();
  for (const t of dataset.territories) regionOf.set(t.id, t.kind === 'region' ? t.id : (t.parentId ?? t.id));
  return {
    dataset,
    schools: dataset.schools,
    schoolById: new Map(dataset.schools.map((s) => [s.id, s])),
    ordinal: new Map(dataset.schools.map((s, i) => [s.id, i])),
    results: byYear(dataset.results, (r) => r.schoolId),
    territoryResults: byYear(dataset.territoryResults, (r) => r.territoryId),
    facts: bySchoolYear(dataset.facts),
    social: bySchoolYear(dataset.social),
    staffing: bySchoolYear(dataset.staffing),
    resources: bySchoolYear(dataset.resources),
    external,
    regionOf,
  };
}
