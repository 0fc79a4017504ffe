/** Indexes a dataset for fast look-ups during identification. Internal. */
import type { ExternalFact, Resources, SchoolFacts, SocialPassport, Staffing } from '../../model/context.js';
import type { Dataset } from '../../model/dataset.js';
import type { AssessmentResult, TerritoryResult } from '../../model/results.js';
import type { School } from '../../model/school.js';
import type { FactDeclaration, FactValue } from '../../model/facts.js';
import { PackedRow, type PackedResults, packedResultsOf } from '../../model/packResults.js';

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
  /**
   * ordinal → year → procedure → rows (a measure of ЕГЭ reads the ЕГЭ rows only). Read from one
   * index of row numbers over the packed columns or the dataset's rows; a packed row is a cursor,
   * valid until the next row is read (copy what you keep, never the row).
   */
  readonly results: readonly (ResultsByYear<AssessmentResult> | undefined)[];
  /**
   * The same rows' index over packed columns without extras, read by row number (the results
   * quantifier's loop: no row view, no string per row); absent for a dataset of objects.
   */
  readonly packedResults?: PackedResultIndex | undefined;
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

/**
 * The result index over packed columns, as row numbers: for school ordinal `si` and a year's slot
 * (`slotOf[year − 1990]`, −1 for none), its group `si × years + slot` holds segments
 * `groupSeg[g] … groupSeg[g + 1]`, each one procedure (`segProc`, a code of `packed.procedures`)
 * with rows `order[segStart[s]] … order[segStart[s + 1] − 1]` in file order. The same rows, in the
 * same order, as {@link DatasetIndex.results}. @internal
 */
export interface PackedResultIndex {
  readonly packed: PackedResults;
  readonly order: Int32Array;
  readonly groupSeg: Int32Array;
  readonly segProc: Int32Array;
  readonly segStart: Int32Array;
  readonly slotOf: Int16Array;
  readonly years: number;
}

/** A year's result rows by procedure, in the order the procedures first appear. */
export interface ByProcedure<R> extends Iterable<readonly [string, Iterable<R>]> {
  /** The rows of one procedure, in file order. */
  get(procedure: string): Iterable<R> | undefined;
}

/** Result rows by year, then by procedure. */
export interface ResultsByYear<R> {
  /** The rows of a year, by procedure; `undefined` when the year has none. */
  get(year: number): ByProcedure<R> | undefined;
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

/**
 * Result rows indexed once: row numbers sorted by school ordinal, then year, then procedure in the
 * order of first appearance in that school's year (a counting sort, stable: file order within), in
 * one `Int32Array`, with the offsets of each (school, year) group and of each procedure in it. No
 * object per row: a national dataset's 5 M rows take 4 bytes each here, read from the packed
 * columns (or from the dataset's own rows, for a dataset of objects).
 */
class ResultIndex {
  /** row numbers, grouped */
  readonly order: Int32Array;
  /** per (ordinal × years + slot): its first segment; one more at the end */
  readonly groupSeg: Int32Array;
  /** per segment: the procedure's code and its first position in `order`; one more at the end */
  readonly segProc: Int32Array;
  readonly segStart: Int32Array;
  /** year − 1990 → slot, or −1 */
  readonly slotOf: Int16Array;
  readonly years: number;
  readonly procedures: readonly string[];
  readonly procCode: ReadonlyMap<string, number>;
  /** the rows as objects (a dataset of objects), or null for packed columns */
  readonly objects: readonly AssessmentResult[] | null;
  readonly packed: PackedResults | null;

  constructor(n: number, rows: number, schoolOf: (i: number) => number, yearOf: (i: number) => number, procOf: (i: number) => number, procedures: readonly string[], objects: readonly AssessmentResult[] | null, packed: PackedResults | null) {
    this.objects = objects;
    this.packed = packed;
    this.procedures = procedures;
    this.procCode = new Map(procedures.map((p, i) => [p, i]));
    const slotOf = new Int16Array(2200 - 1990).fill(-1);
    let years = 0;
    // the years, numbered in the order they first come
    for (let i = 0; i < rows; i++) {
      const y = yearOf(i) - 1990;
      if (y >= 0 && y < slotOf.length && slotOf[y] === -1) slotOf[y] = years++;
    }
    this.slotOf = slotOf;
    this.years = years;
    const groups = n * years;
    // counting sort by group (ordinal × years + slot)
    const start = new Int32Array(groups + 1);
    const group = new Int32Array(rows);
    for (let i = 0; i < rows; i++) {
      const o = schoolOf(i);
      const y = yearOf(i) - 1990;
      const g = o < 0 || y < 0 || y >= slotOf.length ? -1 : o * years + (slotOf[y] as number);
      group[i] = g;
      if (g >= 0) (start[g + 1] as number)++;
    }
    for (let g = 0; g < groups; g++) (start[g + 1] as number) += start[g] as number;
    const kept = start[groups] as number;
    const byGroup = new Int32Array(kept);
    const fill = start.slice(0, groups);
    for (let i = 0; i < rows; i++) {
      const g = group[i] as number;
      if (g >= 0) byGroup[(fill[g] as number)++] = i;
    }
    // within a group: by procedure, in the order of first appearance, file order within each — a
    // counting sort of the group's rows by the number of their procedure in that order
    const order = new Int32Array(kept);
    const groupSeg = new Int32Array(groups + 1);
    let segProc = new Int32Array(Math.max(16, groups * 2));
    let segStart = new Int32Array(segProc.length + 1);
    let segs = 0;
    let w = 0;
    const procs: number[] = [];
    // per row of the group: its procedure's number; per procedure: its count, then where its next row goes
    let local = new Int32Array(64);
    let next = new Int32Array(16);
    for (let g = 0; g < groups; g++) {
      groupSeg[g] = segs;
      const a = start[g] as number;
      const b = start[g + 1] as number;
      if (a === b) continue;
      procs.length = 0;
      if (b - a > local.length) local = new Int32Array(2 * (b - a));
      for (let q = a; q < b; q++) {
        const pc = procOf(byGroup[q] as number);
        let k = procs.indexOf(pc);
        if (k < 0) {
          k = procs.length;
          procs.push(pc);
        }
        local[q - a] = k;
      }
      if (procs.length > next.length) next = new Int32Array(2 * procs.length);
      next.fill(0, 0, procs.length);
      for (let q = a; q < b; q++) (next[local[q - a] as number] as number)++;
      let pos = w;
      for (let k = 0; k < procs.length; k++) {
        if (segs + 1 >= segProc.length) {
          const sp = new Int32Array(segProc.length * 2);
          sp.set(segProc);
          segProc = sp;
          const ss = new Int32Array(sp.length + 1);
          ss.set(segStart);
          segStart = ss;
        }
        segProc[segs] = procs[k] as number;
        segStart[segs] = pos;
        segs++;
        const c = next[k] as number;
        next[k] = pos;
        pos += c;
      }
      if (procs.length === 1) order.set(byGroup.subarray(a, b), w);
      else for (let q = a; q < b; q++) order[(next[local[q - a] as number] as number)++] = byGroup[q] as number;
      w = pos;
    }
    groupSeg[groups] = segs;
    segStart[segs] = w;
    this.order = order;
    this.groupSeg = groupSeg;
    this.segProc = segProc.slice(0, segs);
    this.segStart = segStart.slice(0, segs + 1);
  }

  /** A school's rows by year (`undefined` when it has none). */
  school(si: number): ResultsByYear<AssessmentResult> | undefined {
    const a = this.groupSeg[si * this.years] as number;
    const b = this.groupSeg[(si + 1) * this.years] as number;
    return a === b ? undefined : new SchoolResults(this, si);
  }

  /** An iterable of the rows at positions [a, b) of `order`. */
  rows(a: number, b: number): Iterable<AssessmentResult> {
    return new Rows(this, a, b);
  }
}

class SchoolResults implements ResultsByYear<AssessmentResult> {
  constructor(
    private readonly ix: ResultIndex,
    private readonly si: number,
  ) {}

  get(year: number): ByProcedure<AssessmentResult> | undefined {
    const y = year - 1990;
    const slot = y >= 0 && y < this.ix.slotOf.length ? (this.ix.slotOf[y] as number) : -1;
    if (slot < 0) return undefined;
    const g = this.si * this.ix.years + slot;
    const a = this.ix.groupSeg[g] as number;
    const b = this.ix.groupSeg[g + 1] as number;
    return a === b ? undefined : new YearResults(this.ix, a, b);
  }
}

class YearResults implements ByProcedure<AssessmentResult> {
  constructor(
    private readonly ix: ResultIndex,
    private readonly a: number,
    private readonly b: number,
  ) {}

  get(procedure: string): Iterable<AssessmentResult> | undefined {
    const pc = this.ix.procCode.get(procedure);
    if (pc === undefined) return undefined;
    for (let s = this.a; s < this.b; s++) if (this.ix.segProc[s] === pc) return this.ix.rows(this.ix.segStart[s] as number, this.ix.segStart[s + 1] as number);
    return undefined;
  }

  [Symbol.iterator](): Iterator<readonly [string, Iterable<AssessmentResult>]> {
    let s = this.a;
    const { ix, b } = this;
    return {
      next(): IteratorResult<readonly [string, Iterable<AssessmentResult>]> {
        if (s >= b) return { done: true, value: undefined };
        const v = [ix.procedures[ix.segProc[s] as number] as string, ix.rows(ix.segStart[s] as number, ix.segStart[s + 1] as number)] as const;
        s++;
        return { done: false, value: v };
      },
    };
  }
}

class Rows implements Iterable<AssessmentResult> {
  constructor(
    private readonly ix: ResultIndex,
    private readonly a: number,
    private readonly b: number,
  ) {}

  [Symbol.iterator](): Iterator<AssessmentResult> {
    let q = this.a;
    const { b } = this;
    const order = this.ix.order;
    const objects = this.ix.objects;
    if (objects !== null) {
      return {
        next(): IteratorResult<AssessmentResult> {
          return q < b ? { done: false, value: objects[order[q++] as number] as AssessmentResult } : { done: true, value: undefined };
        },
      };
    }
    const packed = this.ix.packed as PackedResults;
    const extras = packed.extras;
    const cursor = new PackedRow(packed);
    return {
      next(): IteratorResult<AssessmentResult> {
        if (q >= b) return { done: true, value: undefined };
        const i = order[q++] as number;
        return { done: false, value: extras.size > 0 ? (extras.get(i) ?? cursor.at(i)) : cursor.at(i) };
      },
    };
  }
}

/** The result index of a dataset: over its packed columns when it has them, else over its rows. */
function resultIndex(dataset: Dataset, ordinal: ReadonlyMap<string, number>, n: number): ResultIndex {
  const packed = packedResultsOf(dataset);
  if (packed !== undefined) {
    const ordOfCode = Int32Array.from(packed.schoolIds, (id) => ordinal.get(id) ?? -1);
    return new ResultIndex(n, packed.size, (i) => ordOfCode[packed.school[i] as number] as number, (i) => packed.year[i] as number, (i) => packed.procedure[i] as number, packed.procedures, null, packed);
  }
  const rows = dataset.results ?? [];
  const procedures: string[] = [];
  const codes = new Map<string, number>();
  const proc = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const p = (rows[i] as AssessmentResult).procedure;
    let c = codes.get(p);
    if (c === undefined) {
      c = procedures.length;
      procedures.push(p);
      codes.set(p, c);
    }
    proc[i] = c;
  }
  return new ResultIndex(n, rows.length, (i) => ordinal.get((rows[i] as AssessmentResult).schoolId) ?? -1, (i) => (rows[i] as AssessmentResult).year, (i) => proc[i] as number, procedures, rows, null);
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
  const results = resultIndex(dataset, ordinal, n);
  const regionOf = new Map<string, string>();
  for (const t of dataset.territories) regionOf.set(t.id, t.kind === 'region' ? t.id : (t.parentId ?? t.id));
  return {
    dataset,
    schools,
    schoolById: new Map(schools.map((s) => [s.id, s])),
    ordinal,
    results: Array.from({ length: n }, (_, si) => results.school(si)),
    packedResults: results.packed !== null && results.packed.extras.size === 0 ? (results as PackedResultIndex) : undefined,
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
