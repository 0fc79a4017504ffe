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
  /** school id → its ordinal (of the last school with that id) */
  readonly ordinal: ReadonlyMap<string, number>;
  /** whether every school's id is its own (then a school's position is its ordinal) */
  readonly uniqueIds: boolean;
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
 * with rows `order[segStart[s]] … order[segStart[s + 1] − 1]` in file order (rows `segStart[s]` …
 * `segStart[s + 1] − 1` themselves when `order` is `null`). The same rows, in the same order, as
 * {@link DatasetIndex.results}. @internal
 */
export interface PackedResultIndex {
  readonly packed: PackedResults;
  /** the row numbers, grouped; `null` when the rows come grouped already (the row at position `q` is row `q`) */
  readonly order: Int32Array | null;
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

/** ordinal → year → record; read with {@link at}. */
export interface BySchool<R> {
  /** The record of a school (by ordinal) for a year, `undefined` when it has none. */
  at(si: number, year: number): R | undefined;
}

/** The record of a school (by ordinal) for a year. */
export function at<R>(m: BySchool<R>, si: number, year: number): R | undefined {
  return m.at(si, year);
}

/** Records grouped by school ordinal and year in one map per school (a record joining what is there, see {@link bySchoolYear}). */
class MapsBySchool<V> implements BySchool<V> {
  constructor(private readonly maps: readonly (Map<number, V> | undefined)[]) {}

  at(si: number, year: number): V | undefined {
    return this.maps[si]?.get(year);
  }
}

/**
 * A collection's records by school, the last one of a school's year winning, with no map or array
 * per school: the records' positions sorted by school ordinal (stable), and each school's range of
 * them; none sorted when the records come by school already (a national frame: one run per school).
 * A school has a few records (one a year), read from the last back.
 */
class LastBySchool<R extends { schoolId: string; year: number }> implements BySchool<R> {
  private readonly rows: readonly R[];
  /** per ordinal: its first position; one more at the end */
  private readonly start: Int32Array;
  /** positions → record numbers, or `null` when position = record number */
  private readonly order: Int32Array | null;

  constructor(schools: readonly School[], unique: boolean, lookup: () => ReadonlyMap<string, number>, rows: readonly R[] | undefined) {
    const n = schools.length;
    const all = rows ?? [];
    let ordinal: ReadonlyMap<string, number> | undefined;
    this.rows = all;
    const start = new Int32Array(n + 1);
    const ord = new Int32Array(all.length);
    let inRuns = true;
    let prevId: string | undefined;
    let prevO = -1;
    let lastO = -1;
    for (let i = 0; i < all.length; i++) {
      const id = (all[i] as R).schoolId;
        // consecutive records of one school: its ordinal looked up once; records in the schools'
      // order: found as the next school's, with no look-up
      const o = id === prevId ? prevO : unique && prevO + 1 < n && (schools[prevO + 1] as School).id === id ? prevO + 1 : ((ordinal ??= lookup()).get(id) ?? -1);
      prevId = id;
      prevO = o;
      ord[i] = o;
      if (o < 0 || o < lastO) inRuns = false;
      if (o >= 0) {
        (start[o + 1] as number)++;
        lastO = o;
      }
    }
    for (let o = 0; o < n; o++) (start[o + 1] as number) += start[o] as number;
    this.start = start;
    if (inRuns) {
      this.order = null;
      return;
    }
    const order = new Int32Array(start[n] as number);
    const fill = start.slice(0, n);
    for (let i = 0; i < all.length; i++) {
      const o = ord[i] as number;
      if (o >= 0) order[(fill[o] as number)++] = i;
    }
    this.order = order;
  }

  at(si: number, year: number): R | undefined {
    if (!(si >= 0 && si < this.start.length - 1)) return undefined;
    const a = this.start[si] as number;
    const order = this.order;
    for (let q = (this.start[si + 1] as number) - 1; q >= a; q--) {
      const r = this.rows[order === null ? q : (order[q] as number)] as R;
      // as a map's key: NaN finds NaN
      if (r.year === year || (r.year !== r.year && year !== year)) return r;
    }
    return undefined;
  }
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
  return new MapsBySchool(out);
}

/** The result index's arrays (see {@link PackedResultIndex}). */
type Grouped = Omit<PackedResultIndex, 'packed'>;

/**
 * The index of rows that come grouped already — each (school, year) one run of rows, the runs in
 * the order of the school's ordinal then of the year's slot, each procedure one run within its
 * (school, year) — read in one pass with no sort and no array per row: the position of a row is its
 * number (`order` is `null`). `null` when the rows are not so (or a row is of an unknown school or
 * year): they are sorted then. A national file comes this way (its rows by school, year and procedure).
 */
function groupedRuns(n: number, p: PackedResults, ordOfCode: Int32Array): Grouped | null {
  const rows = p.size;
  const school = p.school;
  const year = p.year;
  const proc = p.procedure;
  // first pass: the years' slots (in the order they first come) and the number of segments, so
  // that every array is made once at its size
  const slotOf = new Int16Array(2200 - 1990).fill(-1);
  let years = 0;
  let segs = 0;
  let prevCode = -1;
  let prevYear = -1;
  let prevProc = -1;
  for (let i = 0; i < rows; i++) {
    const c = school[i] as number;
    const y = year[i] as number;
    const pc = proc[i] as number;
    if (c !== prevCode || y !== prevYear) {
      const yy = y - 1990;
      if ((ordOfCode[c] as number) < 0 || yy < 0 || yy >= slotOf.length) return null;
      if (slotOf[yy] === -1) slotOf[yy] = years++;
      prevCode = c;
      prevYear = y;
    } else if (pc === prevProc) continue;
    prevProc = pc;
    segs++;
  }
  const groups = n * years;
  const groupSeg = new Int32Array(groups + 1);
  const segProc = new Int32Array(segs);
  const segStart = new Int32Array(segs + 1);
  // second pass: the segments, checked to be grouped; per procedure, the group in which it last
  // began a segment (a procedure coming back within its school's year is not grouped)
  const procGroup = new Int32Array(Math.max(1, p.procedures.length)).fill(-1);
  let g = -1;
  let nextG = 0;
  let s = 0;
  prevCode = -1;
  prevYear = -1;
  prevProc = -1;
  for (let i = 0; i < rows; i++) {
    const c = school[i] as number;
    const y = year[i] as number;
    const pc = proc[i] as number;
    if (c !== prevCode || y !== prevYear) {
      const at = (ordOfCode[c] as number) * years + (slotOf[y - 1990] as number);
      // the groups in order, each once
      if (at <= g) return null;
      g = at;
      for (; nextG <= g; nextG++) groupSeg[nextG] = s;
      prevCode = c;
      prevYear = y;
    } else if (pc === prevProc) continue;
    else if (procGroup[pc] === g) return null;
    procGroup[pc] = g;
    prevProc = pc;
    segProc[s] = pc;
    segStart[s] = i;
    s++;
  }
  segStart[s] = rows;
  for (; nextG <= groups; nextG++) groupSeg[nextG] = s;
  return { order: null, groupSeg, segProc, segStart, slotOf, years };
}

/**
 * Result rows sorted once: row numbers sorted by school ordinal, then year, then procedure in the
 * order of first appearance in that school's year (a counting sort, stable: file order within), in
 * one `Int32Array`, with the offsets of each (school, year) group and of each procedure in it.
 */
function sortedRows(n: number, rows: number, schoolOf: (i: number) => number, yearOf: (i: number) => number, procOf: (i: number) => number): Grouped {
  const slotOf = new Int16Array(2200 - 1990).fill(-1);
  let years = 0;
  // the years, numbered in the order they first come
  for (let i = 0; i < rows; i++) {
    const y = yearOf(i) - 1990;
    if (y >= 0 && y < slotOf.length && slotOf[y] === -1) slotOf[y] = years++;
  }
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
  return { order, groupSeg, segProc: segProc.slice(0, segs), segStart: segStart.slice(0, segs + 1), slotOf, years };
}

/**
 * Result rows indexed once (see {@link groupedRuns} and {@link sortedRows}): no object per row — a
 * national dataset's 5 M rows take at most 4 bytes each here, read from the packed columns (or from
 * the dataset's own rows, for a dataset of objects).
 */
class ResultIndex implements Grouped {
  /** row numbers, grouped (`null`: the row numbers themselves) */
  readonly order: Int32Array | null;
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

  constructor(grouped: Grouped, procedures: readonly string[], objects: readonly AssessmentResult[] | null, packed: PackedResults | null) {
    this.objects = objects;
    this.packed = packed;
    this.procedures = procedures;
    this.procCode = new Map(procedures.map((p, i) => [p, i]));
    this.order = grouped.order;
    this.groupSeg = grouped.groupSeg;
    this.segProc = grouped.segProc;
    this.segStart = grouped.segStart;
    this.slotOf = grouped.slotOf;
    this.years = grouped.years;
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
          if (q >= b) return { done: true, value: undefined };
          const i = order === null ? q : (order[q] as number);
          q++;
          return { done: false, value: objects[i] as AssessmentResult };
        },
      };
    }
    const packed = this.ix.packed as PackedResults;
    const extras = packed.extras;
    const cursor = new PackedRow(packed);
    return {
      next(): IteratorResult<AssessmentResult> {
        if (q >= b) return { done: true, value: undefined };
        const i = order === null ? q : (order[q] as number);
        q++;
        return { done: false, value: extras.size > 0 ? (extras.get(i) ?? cursor.at(i)) : cursor.at(i) };
      },
    };
  }
}

/**
 * The ordinals of distinct school ids (packed columns' dictionary), −1 for an unknown one. When the
 * ids are the schools' own, in the schools' order (a national file's), they are that order, with no
 * map; `proven` then says every school's id is its own. Otherwise each is looked up.
 */
function ordinalsOf(ids: readonly string[], schools: readonly School[], lookup: () => ReadonlyMap<string, number>): { readonly ordinals: Int32Array; readonly proven: boolean } {
  const out = new Int32Array(ids.length);
  let k = 0;
  if (ids.length === schools.length) while (k < ids.length && ids[k] === (schools[k] as School).id) out[k] = k++;
  if (k === schools.length) return { ordinals: out, proven: true };
  const ordinal = lookup();
  for (k = 0; k < ids.length; k++) out[k] = ordinal.get(ids[k] as string) ?? -1;
  return { ordinals: out, proven: false };
}

/** The result index of a dataset: over its packed columns when it has them, else over its rows. */
function resultIndex(dataset: Dataset, lookup: () => ReadonlyMap<string, number>, n: number, proven: () => void): ResultIndex {
  const packed = packedResultsOf(dataset);
  if (packed !== undefined) {
    const of = ordinalsOf(packed.schoolIds, dataset.schools, lookup);
    if (of.proven) proven();
    const ordOfCode = of.ordinals;
    const grouped = groupedRuns(n, packed, ordOfCode) ?? sortedRows(n, packed.size, (i) => ordOfCode[packed.school[i] as number] as number, (i) => packed.year[i] as number, (i) => packed.procedure[i] as number);
    return new ResultIndex(grouped, packed.procedures, null, packed);
  }
  const rows = dataset.results ?? [];
  const ordinal = lookup();
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
  return new ResultIndex(sortedRows(n, rows.length, (i) => ordinal.get((rows[i] as AssessmentResult).schoolId) ?? -1, (i) => (rows[i] as AssessmentResult).year, (i) => proc[i] as number), procedures, rows, null);
}

const byProcedure = <R extends { procedure: string }>(prev: Map<string, R[]> | undefined, r: R): Map<string, R[]> => {
  const m = prev ?? new Map<string, R[]>();
  const rows = m.get(r.procedure);
  if (rows === undefined) m.set(r.procedure, [r]);
  else rows.push(r);
  return m;
};
const merged = (prev: ExternalFact | undefined, e: ExternalFact): ExternalFact => (prev === undefined ? e : { ...prev, ...e, lists: { ...prev.lists, ...e.lists } });

/**
 * A dataset's index: the schools' ordinals and the result rows at once (every identification reads
 * them); the rest — the schools by id, the territories' results, each collection of records by
 * school and year — on first use, each alone: a national run that reads results only builds no
 * index of facts, and one that reads staffing builds no other.
 */
class Index implements DatasetIndex {
  readonly dataset: Dataset;
  readonly schools: readonly School[];
  readonly packedResults: PackedResultIndex | undefined;
  readonly regionOf: ReadonlyMap<string, string>;
  private readonly rix: ResultIndex;
  private ordinalOf?: ReadonlyMap<string, number>;
  private uniqueOf?: boolean;
  private readonly lookup = (): ReadonlyMap<string, number> => this.ordinal;
  private schoolByIdOf?: ReadonlyMap<string, School>;
  private resultsOf?: readonly (ResultsByYear<AssessmentResult> | undefined)[];
  private territoryResultsOf?: ReadonlyMap<string, ReadonlyMap<number, ByProcedure<TerritoryResult>>>;
  private factsOf?: BySchool<SchoolFacts>;
  private socialOf?: BySchool<SocialPassport>;
  private staffingOf?: BySchool<Staffing>;
  private resourcesOf?: BySchool<Resources>;
  private externalOf?: BySchool<ExternalFact>;
  private declarationsOf?: ReadonlyMap<string, FactDeclaration>;
  private declaredOf?: BySchool<ReadonlyMap<string, FactValue>>;

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    const schools = dataset.schools;
    this.schools = schools;
    const results = resultIndex(dataset, this.lookup, schools.length, () => {
      this.uniqueOf = true;
    });
    this.rix = results;
    this.packedResults = results.packed !== null && results.packed.extras.size === 0 ? (results as PackedResultIndex) : undefined;
    const regionOf = new Map<string, string>();
    for (const t of dataset.territories) regionOf.set(t.id, t.kind === 'region' ? t.id : (t.parentId ?? t.id));
    this.regionOf = regionOf;
  }

  get ordinal(): ReadonlyMap<string, number> {
    if (this.ordinalOf === undefined) {
      const ordinal = new Map<string, number>();
      for (let i = 0; i < this.schools.length; i++) ordinal.set((this.schools[i] as School).id, i);
      this.ordinalOf = ordinal;
    }
    return this.ordinalOf;
  }

  get uniqueIds(): boolean {
    return (this.uniqueOf ??= this.ordinal.size === this.schools.length);
  }

  get schoolById(): ReadonlyMap<string, School> {
    return (this.schoolByIdOf ??= new Map(this.schools.map((s) => [s.id, s])));
  }

  get results(): readonly (ResultsByYear<AssessmentResult> | undefined)[] {
    if (this.resultsOf === undefined) {
      const out = new Array<ResultsByYear<AssessmentResult> | undefined>(this.schools.length);
      for (let si = 0; si < out.length; si++) out[si] = this.rix.school(si);
      this.resultsOf = out;
    }
    return this.resultsOf;
  }

  get territoryResults(): ReadonlyMap<string, ReadonlyMap<number, ByProcedure<TerritoryResult>>> {
    if (this.territoryResultsOf === undefined) {
      const territoryResults = new Map<string, Map<number, Map<string, TerritoryResult[]>>>();
      for (const r of this.dataset.territoryResults ?? []) {
        let m = territoryResults.get(r.territoryId);
        if (m === undefined) {
          m = new Map();
          territoryResults.set(r.territoryId, m);
        }
        const prev = m.get(r.year);
        const next = byProcedure(prev, r);
        if (next !== prev) m.set(r.year, next);
      }
      this.territoryResultsOf = territoryResults;
    }
    return this.territoryResultsOf;
  }

  get facts(): BySchool<SchoolFacts> {
    return (this.factsOf ??= new LastBySchool(this.schools, this.uniqueIds, this.lookup, this.dataset.facts));
  }

  get social(): BySchool<SocialPassport> {
    return (this.socialOf ??= new LastBySchool(this.schools, this.uniqueIds, this.lookup, this.dataset.social));
  }

  get staffing(): BySchool<Staffing> {
    return (this.staffingOf ??= new LastBySchool(this.schools, this.uniqueIds, this.lookup, this.dataset.staffing));
  }

  get resources(): BySchool<Resources> {
    return (this.resourcesOf ??= new LastBySchool(this.schools, this.uniqueIds, this.lookup, this.dataset.resources));
  }

  get external(): BySchool<ExternalFact> {
    return (this.externalOf ??= bySchoolYear(this.ordinal, this.schools.length, this.dataset.external, merged));
  }

  get declarations(): ReadonlyMap<string, FactDeclaration> {
    return (this.declarationsOf ??= new Map((this.dataset.declaredFacts ?? []).map((d) => [d.id, d])));
  }

  get declared(): BySchool<ReadonlyMap<string, FactValue>> {
    return (this.declaredOf ??= bySchoolYear(this.ordinal, this.schools.length, this.dataset.factValues, (prev: Map<string, FactValue> | undefined, v: FactValue) => {
      const m = prev ?? new Map<string, FactValue>();
      m.set(v.fact, v);
      return m;
    }));
  }
}

/** Indexes a dataset for identification (see {@link DatasetIndex}); the parts a run does not read are not built. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  return new Index(dataset);
}
