/**
 * `results`: a quantifier over result rows. In one year at least k distinct procedures
 * (`distinct`), or in the same procedure in each of the last N consecutive years (`persistent`).
 */
import { compareNumber, compareShare } from '../_lib/compare.js';
import { OP, measureLabel, num, plural } from '../_lib/labels.js';
import { SUBJECTS } from '../../model/catalogues.js';
import type { Name } from '../../model/primitives.js';
import { type ProcedureCatalogue, proceduresOf, procedureWord, resultInput } from '../_lib/procedures.js';
import { type MissingInput, SOME_MISSING } from '../engine/missing.js';
import type { Tri } from '../_lib/logic.js';
import { rowPart } from '../_lib/measures.js';
import type { PackedResultIndex } from '../_lib/context.js';
import { PackedRow, type PackedResults } from '../../model/packResults.js';
import { type EvalContext, NONE, type RuleModule, resultWith, sharedValues } from '../engine/context.js';
import type { RuleResult, TraceNode } from '../engine/types.js';
import { type Lang, whatOf, yes } from '../explain/words.js';
import { toNumber } from '../_lib/compare.js';
import type { Measure, Rule } from '../schema.js';

type R = Extract<Rule, { kind: 'results' }>;

/** The map under `key`, made empty on first use. */
function innerMap<K, K2, V>(m: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let inner = m.get(key);
  if (inner === undefined) {
    inner = new Map();
    m.set(key, inner);
  }
  return inner;
}

const selections = new WeakMap<object, { procedures: Set<string>; subjects: Set<string>; grades: Set<number> | null }>();
// units ("vpr", "vpr-5", "vpr:math", "vpr-5:math") numbered once: kind → procedure → grade → subject → number
const unitNumbers = new Map<string, Map<string, Map<number, Map<string, number>>>>();
const unitNames: string[] = [];
// the quantifier is not re-entrant (it evaluates no other rule), so one scratch grid serves every call
const scratch = { seen: [] as number[], lacking: [] as number[], slot: new Int32Array(64).fill(-1), cells: new Int8Array(64) };
let maxWindow = 1;

function unitNumber(kind: string, procedure: string, grade: number, subject: string): number {
  // the parts the unit does not distinguish are looked up as 0 and ''
  const withGrade = kind === 'procedure+grade' || kind === 'procedure+grade+subject';
  const withSubject = kind === 'procedure+subject' || kind === 'procedure+grade+subject';
  const c = innerMap(innerMap(innerMap(unitNumbers, kind), procedure), withGrade ? grade : 0);
  const sub = withSubject ? subject : '';
  let n = c.get(sub);
  if (n === undefined) {
    n = unitNames.length;
    unitNames.push(kind === 'procedure' ? procedure : kind === 'procedure+grade' ? `${procedure}-${grade}` : kind === 'procedure+subject' ? `${procedure}:${subject}` : `${procedure}-${grade}:${subject}`);
    c.set(sub, n);
    if (n >= scratch.slot.length) {
      const slot = new Int32Array(scratch.slot.length * 2).fill(-1);
      slot.set(scratch.slot);
      scratch.slot = slot;
    }
    // room for every unit in every year of the longest window seen
    if ((n + 1) * maxWindow > scratch.cells.length) growCells((n + 1) * maxWindow);
  }
  return n;
}

/** Grows the scratch grid, keeping what the current call has written. */
function growCells(size: number): void {
  const cells = new Int8Array(Math.max(scratch.cells.length * 2, size));
  cells.set(scratch.cells);
  scratch.cells = cells;
}

const SHARES = new Set(['belowMinimumShare', 'qualityShare', 'successShare']);

/** A selection over packed columns: by procedure, subject and grade code, and which procedures are marked 2–5. */
interface PackedSelection {
  readonly procedures: Uint8Array;
  readonly subjects: Uint8Array;
  readonly grades: Uint8Array | null;
  readonly marked: Uint8Array;
  /** per unit kind: the unit's number by (procedure, grade, subject) code, −1 until asked */
  readonly units: Map<string, Int32Array>;
  readonly cursor: PackedRow;
}
const packedSelections = new WeakMap<PackedResults, WeakMap<object, PackedSelection>>();

function packedSelection(p: PackedResults, select: R['select'], marked: ReadonlySet<string>): PackedSelection {
  let bySelect = packedSelections.get(p);
  if (bySelect === undefined) {
    bySelect = new WeakMap();
    packedSelections.set(p, bySelect);
  }
  let s = bySelect.get(select);
  if (s === undefined) {
    const procs = new Set(select.procedures);
    const subjects = new Set(select.subjects);
    let grades: Uint8Array | null = null;
    if (select.grades) {
      grades = new Uint8Array(256);
      for (const g of select.grades) if (Number.isInteger(g) && g >= 0 && g < 256) grades[g] = 1;
    }
    s = {
      procedures: Uint8Array.from(p.procedures, (x) => (procs.has(x) ? 1 : 0)),
      subjects: Uint8Array.from(p.subjects, (x) => (subjects.has(x) ? 1 : 0)),
      grades,
      marked: Uint8Array.from(p.procedures, (x) => (marked.has(x) ? 1 : 0)),
      units: new Map(),
      cursor: new PackedRow(p),
    };
    bySelect.set(select, s);
  }
  return s;
}

/** The unit numbers of a unit kind by (procedure, grade, subject) code, −1 until asked (looked up once per call, not per row). */
function unitTable(p: PackedResults, s: PackedSelection, kind: string): Int32Array {
  let t = s.units.get(kind);
  if (t === undefined) {
    t = new Int32Array(p.procedures.length * 256 * p.subjects.length).fill(-1);
    s.units.set(kind, t);
  }
  return t;
}

/** The number of a packed row's unit (see {@link unitNumber}), looked up by codes in the kind's table. */
function packedUnit(p: PackedResults, t: Int32Array, kind: string, pc: number, grade: number, sc: number): number {
  const k = (pc * 256 + grade) * p.subjects.length + sc;
  let u = t[k] as number;
  if (u < 0) t[k] = u = unitNumber(kind, p.procedures[pc] as string, grade, p.subjects[sc] as string);
  return u;
}

/** Writes one row's cell of the scratch grid: OR within a unit and year — true wins, then unknown, then false. */
function markCell(unit: number, i: number, years: number, v: 0 | 1 | 2): void {
  const seen = scratch.seen;
  let at = scratch.slot[unit] as number;
  if (at < 0) {
    at = seen.length;
    seen.push(unit);
    scratch.slot[unit] = at;
    scratch.cells.fill(-1, at * years, (at + 1) * years);
  }
  const c = at * years + i;
  const prev = scratch.cells[c] as number;
  if (prev !== 1) scratch.cells[c] = v === 1 ? 1 : v === 2 || prev === 2 ? 2 : 0;
}

/**
 * Per rule: a share's comparison with its threshold by count and total (the same few pairs come back
 * across schools), in a table of small counts and totals (0 not yet compared, 1 fails, 2 holds) and a
 * map for the rest.
 */
const SMALL_COUNT = 256;
const SMALL_TOTAL = 1024;
/** by condition («gte 30»): one table for every rule with it */
const shareTables = new Map<string, Int8Array>();
const shareTableOf = new WeakMap<object, Int8Array>();
const shareMemos = new WeakMap<object, Map<number, boolean>>();

/** The table of small counts and totals of the rule's condition (looked up once per call, not per row). */
function shareTable(r: R): Int8Array {
  let t = shareTableOf.get(r);
  if (t === undefined) {
    const key = `${r.op} ${typeof r.value} ${String(r.value)}`;
    t = shareTables.get(key);
    if (t === undefined) {
      t = new Int8Array(SMALL_COUNT * SMALL_TOTAL);
      shareTables.set(key, t);
    }
    shareTableOf.set(r, t);
  }
  return t;
}

/** Whether `count` of `total` meets the rule's condition, exactly as `compareShare` says. */
function shareHolds(r: R, table: Int8Array, count: number, total: number): boolean {
  if (count >= 0 && total >= 0 && count < SMALL_COUNT && total < SMALL_TOTAL && Number.isInteger(count) && Number.isInteger(total)) {
    const k = count * SMALL_TOTAL + total;
    let b = table[k] as number;
    if (b === 0) table[k] = b = compareShare(count, total, r.op, r.value) ? 2 : 1;
    return b === 2;
  }
  if (count < 0 || total < 0 || count >= 2 ** 20 || total >= 2 ** 20 || !Number.isInteger(count) || !Number.isInteger(total)) return compareShare(count, total, r.op, r.value);
  let m = shareMemos.get(r);
  if (m === undefined) {
    m = new Map();
    shareMemos.set(r, m);
  }
  const k = count * 2 ** 20 + total;
  let b = m.get(k);
  if (b === undefined) {
    b = compareShare(count, total, r.op, r.value);
    m.set(k, b);
  }
  return b;
}

/** No hit: one frozen empty list for every trace without one. */
const NO_HITS: readonly QuantifierHit[] = Object.freeze([]);

/** A hit as the trace keeps it: the year, the procedure with its grade, the subject, the value. */
export interface QuantifierHit {
  readonly year: number;
  readonly procedure: string;
  readonly grade: number;
  readonly subject: string;
  readonly count?: number;
  readonly total?: number;
  readonly value?: number;
  /** the procedure's name, when the dataset declares it (a stored trace is explained without the dataset) */
  readonly procedureName?: Name;
  /** the subject's name, when the dataset declares it */
  readonly subjectName?: Name;
}

/**
 * A quantifier's cells of every school and year over packed columns, for statuses only: per
 * (school, year slot), the units with a row, those with a row that holds and those with a row that
 * cannot be judged, as bit masks of the selection's own unit numbers (at most 31), whether the year
 * has a selected row, and whether a row lacks its number. `usable` turns false when the selection
 * has more units than a mask holds: the rule is then read row by row.
 */
interface CellTable {
  usable: boolean;
  readonly local: Map<number, number>;
  /** the same numbers by unit number, −1 when not yet numbered (no map lookup per row) */
  localOf: Int32Array;
  readonly done: Uint8Array;
  readonly seen: Int32Array;
  readonly yes: Int32Array;
  readonly unknown: Int32Array;
  /** bit 0: a selected row; bit 1: a row without its number */
  readonly flags: Uint8Array;
}
const cellKeys = new WeakMap<object, string>();
/** Per rule: its cell table, selection and procedures for the session (the memos), packed index and dataset they were looked up for. */
const lastCells = new WeakMap<object, { readonly memos: object; readonly pix: PackedResultIndex; readonly dataset: object; readonly t: CellTable; readonly procs: ProcedureCatalogue; readonly ps: PackedSelection }>();

const popcount = (x: number): number => {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** The cells of a school's year (by slot) in the table, read from the packed rows once; false when the selection outgrows the masks. */
function fillCells(t: CellTable, r: R, si: number, slot: number, pix: PackedResultIndex, ps: PackedSelection, marked: ReadonlySet<string>): boolean {
  const P = pix.packed;
  const g = si * pix.years + slot;
  const shareMetric = SHARES.has(r.metric);
  const belowShare = r.metric === 'belowMinimumShare';
  const kind = r.select.unit;
  const units = unitTable(P, ps, kind);
  const shares = shareTable(r);
  let seen = 0;
  let yes = 0;
  let unknown = 0;
  let flags = 0;
  const s1 = pix.groupSeg[g + 1] as number;
  const order = pix.order;
  for (let sg = pix.groupSeg[g] as number; sg < s1; sg++) {
    const pc = pix.segProc[sg] as number;
    if (ps.procedures[pc] !== 1) continue;
    const q1 = pix.segStart[sg + 1] as number;
    for (let q = pix.segStart[sg] as number; q < q1; q++) {
      const row = order === null ? q : (order[q] as number);
      const sc = P.subject[row] as number;
      if (ps.subjects[sc] !== 1) continue;
      const grade = P.grade[row] as number;
      if (ps.grades !== null && ps.grades[grade] !== 1) continue;
      flags |= 1;
      const unit = packedUnit(P, units, kind, pc, grade, sc);
      let u = unit < t.localOf.length ? (t.localOf[unit] as number) : -1;
      if (u < 0) {
        u = t.local.size;
        if (u >= 31) {
          t.usable = false;
          return false;
        }
        t.local.set(unit, u);
        if (unit >= t.localOf.length) {
          const grown = new Int32Array(Math.max(2 * t.localOf.length, unit + 1)).fill(-1);
          grown.set(t.localOf);
          t.localOf = grown;
        }
        t.localOf[unit] = u;
      }
      const bit = 1 << u;
      seen |= bit;
      // as the row-by-row loop judges a row: 1 holds, 0 fails, 2 cannot be judged
      let v: 0 | 1 | 2;
      if (belowShare) {
        const m = 4 * row;
        const m2 = P.marks[m] as number;
        const bm = P.belowMinimum[row] as number;
        const count = bm >= 0 ? bm : ps.marked[pc] === 1 && m2 >= 0 ? m2 : -1;
        const pt = P.participants[row] as number;
        const total = pt >= 0 ? pt : m2 >= 0 ? m2 + (P.marks[m + 1] as number) + (P.marks[m + 2] as number) + (P.marks[m + 3] as number) : -1;
        if (count < 0 || total < 0) {
          v = 2;
          flags |= 2;
        } else v = total === 0 ? 2 : shareHolds(r, shares, count, total) ? 1 : 0;
      } else {
        const part = rowPart(ps.cursor.at(row), r.metric, marked);
        if (typeof part === 'string') {
          v = 2;
          flags |= 2;
        } else if (shareMetric) {
          const { count, total } = part as { count: number; total: number };
          v = total === 0 ? 2 : shareHolds(r, shares, count, total) ? 1 : 0;
        } else v = compareNumber((part as { value: number }).value, r.op, r.value) ? 1 : 0;
      }
      if (v === 1) yes |= bit;
      else if (v === 2) unknown |= bit;
    }
  }
  t.seen[g] = seen;
  t.yes[g] = yes;
  t.unknown[g] = unknown;
  t.flags[g] = flags;
  t.done[g] = 1;
  return true;
}

/**
 * The quantifier's value for statuses only over packed columns, from the cells of each year of its
 * window (each school's year read once for every quantifier with the same selection and condition):
 * the value of the row-by-row loop, and missing inputs unnamed (`SOME_MISSING`) when that loop's
 * would not be empty. `undefined` when the selection has too many units for the cells.
 */
function statusFromCells(r: R, si: number, ctx: EvalContext, pix: PackedResultIndex): RuleResult | undefined {
  // the rule's table, selection and procedures, looked up once per rule and session (this runs for every school of every year)
  let c = lastCells.get(r);
  if (c === undefined || c.memos !== ctx.memos || c.pix !== pix || c.dataset !== ctx.ix.dataset) {
    let key = cellKeys.get(r);
    if (key === undefined) {
      key = JSON.stringify([r.select, r.metric, r.op, r.value]);
      cellKeys.set(r, key);
    }
    const size = ctx.count * pix.years;
    let table = ctx.memos.resultCells.get(key) as CellTable | undefined;
    if (table === undefined) {
      table = { usable: true, local: new Map(), localOf: new Int32Array(64).fill(-1), done: new Uint8Array(size), seen: new Int32Array(size), yes: new Int32Array(size), unknown: new Int32Array(size), flags: new Uint8Array(size) };
      ctx.memos.resultCells.set(key, table);
    }
    const procedures = proceduresOf(ctx.ix.dataset);
    c = { memos: ctx.memos, pix, dataset: ctx.ix.dataset, t: table, procs: procedures, ps: packedSelection(pix.packed, r.select, procedures.marked) };
    lastCells.set(r, c);
  }
  const t = c.t;
  if (!t.usable) return undefined;
  const procs = c.procs;
  const ps = c.ps;
  const req = r.require;
  const years = req.years;
  const first = ctx.year - years + 1;
  let lacking = 0;
  let lackingMask = 0;
  let unnamed = false;
  let units = 0;
  for (let i = 0; i < years; i++) {
    const yy = first + i - 1990;
    const slot = yy >= 0 && yy < pix.slotOf.length ? (pix.slotOf[yy] as number) : -1;
    let flags = 0;
    if (slot >= 0) {
      const g = si * pix.years + slot;
      if (t.done[g] === 0 && !fillCells(t, r, si, slot, pix, ps, procs.marked)) return undefined;
      flags = t.flags[g] as number;
      units |= t.seen[g] as number;
    }
    if ((flags & 1) === 0) {
      lacking++;
      lackingMask |= 1 << i;
    }
    if ((flags & 2) !== 0) unnamed = true;
  }
  let value: Tri;
  if (req.mode === 'distinct') {
    let yesAny = false;
    let maybe = false;
    for (let i = 0; i < years; i++) {
      if ((lackingMask & (1 << i)) !== 0) continue;
      const g = si * pix.years + (pix.slotOf[first + i - 1990] as number);
      const yes = popcount(t.yes[g] as number);
      const unknown = popcount((t.unknown[g] as number) & ~(t.yes[g] as number));
      if (yes >= req.atLeast) yesAny = true;
      else if (yes + unknown >= req.atLeast) maybe = true;
    }
    value = yesAny ? true : maybe || (lacking > 0 && years - lacking === 0) ? null : false;
  } else {
    let yes = false;
    let maybe = false;
    for (let u = units; u !== 0; u &= u - 1) {
      const bit = u & -u;
      let all: Tri = true;
      for (let i = 0; i < years; i++) {
        if ((lackingMask & (1 << i)) !== 0) {
          if (all === true) all = null;
          continue;
        }
        const g = si * pix.years + (pix.slotOf[first + i - 1990] as number);
        if (((t.yes[g] as number) & bit) !== 0) continue;
        if (((t.unknown[g] as number) & bit) === 0) {
          all = false;
          break;
        }
        if (all === true) all = null;
      }
      if (all === true) yes = true;
      else if (all === null) maybe = true;
    }
    value = yes ? true : maybe || (units === 0 && lacking > 0) ? null : false;
  }
  return resultWith(value, value === null && (unnamed || lacking > 0) ? SOME_MISSING : NONE);
}

/** A school's year as a quantifier reads it over packed columns: per selected row its unit and judgement (0 fails, 1 holds, 2 cannot be judged), the hits (when tracing) and the inputs missing (named, or counted for statuses only). */
interface YearRead {
  year: number;
  any: boolean;
  n: number;
  units: Int32Array;
  vs: Uint8Array;
  readonly hits: QuantifierHit[];
  readonly missing: MissingInput[];
  unnamed: number;
}

/**
 * The years of one school read by the last quantifier, for the next one with the same selection and
 * condition (seed 002's two rules read the same rows of the same year): valid for one school,
 * index, selection and condition, tracing or not, statuses only or not. The lists are scratch:
 * a rule copies what it keeps.
 */
const yearReads = { si: -1, ix: 0, key: -1, tracing: false, statusOnly: false, count: 0, entries: [] as YearRead[] };
/** per rule: its selection and condition as a number (the same for rules that read the same) */
const readKeys = new WeakMap<object, number>();
const readKeyOf = new Map<string, number>();

function readKey(r: R): number {
  let k = readKeys.get(r);
  if (k === undefined) {
    const text = JSON.stringify([r.select, r.metric, r.op, r.value]);
    k = readKeyOf.get(text);
    if (k === undefined) {
      k = readKeyOf.size;
      readKeyOf.set(text, k);
    }
    readKeys.set(r, k);
  }
  return k;
}

/** The school's year `y` as the quantifier reads it (see {@link YearRead}), read from the packed rows unless the last quantifier has. */
function yearRead(r: R, plan: Plan, si: number, y: number, ctx: EvalContext, pix: PackedResultIndex, ps: PackedSelection, unitCodes: Int32Array, schoolId: string): YearRead {
  const memo = yearReads;
  const key = plan.readKey;
  const procs = plan.procs;
  const tracing = ctx.tracing;
  const statusOnly = ctx.statusOnly;
  if (memo.si !== si || memo.ix !== plan.ix || memo.key !== key || memo.tracing !== tracing || memo.statusOnly !== statusOnly) {
    memo.si = si;
    memo.ix = plan.ix;
    memo.key = key;
    memo.tracing = tracing;
    memo.statusOnly = statusOnly;
    memo.count = 0;
  }
  for (let e = 0; e < memo.count; e++) if ((memo.entries[e] as YearRead).year === y) return memo.entries[e] as YearRead;
  if (memo.count === memo.entries.length) memo.entries.push({ year: 0, any: false, n: 0, units: new Int32Array(64), vs: new Uint8Array(64), hits: [], missing: [], unnamed: 0 });
  const read = memo.entries[memo.count++] as YearRead;
  read.year = y;
  read.n = 0;
  read.hits.length = 0;
  read.missing.length = 0;
  let unnamed = 0;
  let any = false;
  const unitKind = r.select.unit;
  const shareMetric = SHARES.has(r.metric);
  const belowShare = r.metric === 'belowMinimumShare';
  const shares = shareTable(r);
  const found = read.hits;
  const missing = read.missing;
  const P = pix.packed;
  const yy = y - 1990;
  const slot = yy >= 0 && yy < pix.slotOf.length ? (pix.slotOf[yy] as number) : -1;
  if (slot >= 0) {
    const g = si * pix.years + slot;
    const s1 = pix.groupSeg[g + 1] as number;
    const order = pix.order;
    for (let sg = pix.groupSeg[g] as number; sg < s1; sg++) {
      const pc = pix.segProc[sg] as number;
      if (ps.procedures[pc] !== 1) continue;
      const q1 = pix.segStart[sg + 1] as number;
      for (let q = pix.segStart[sg] as number; q < q1; q++) {
        const row = order === null ? q : (order[q] as number);
        const sc = P.subject[row] as number;
        if (ps.subjects[sc] !== 1) continue;
        const grade = P.grade[row] as number;
        if (ps.grades !== null && ps.grades[grade] !== 1) continue;
        any = true;
        const unit = packedUnit(P, unitCodes, unitKind, pc, grade, sc);
        let v: 0 | 1 | 2;
        let part: ReturnType<typeof rowPart> | undefined;
        let count = -1;
        let total = -1;
        if (belowShare) {
          // rowPart's belowMinimumShare, read from the columns: the count given, else a marked
          // procedure's «2»; the participants given, else the marks summed
          const bm = P.belowMinimum[row] as number;
          const pt = P.participants[row] as number;
          if (bm >= 0 && pt >= 0) {
            // both given: the marks are not read
            count = bm;
            total = pt;
          } else {
            const m = 4 * row;
            const m2 = P.marks[m] as number;
            count = bm >= 0 ? bm : ps.marked[pc] === 1 && m2 >= 0 ? m2 : -1;
            total = pt >= 0 ? pt : m2 >= 0 ? m2 + (P.marks[m + 1] as number) + (P.marks[m + 2] as number) + (P.marks[m + 3] as number) : -1;
          }
          if (count < 0) part = 'belowMinimum';
          else if (total < 0) part = 'participants';
        } else {
          part = rowPart(ps.cursor.at(row), r.metric, procs.marked);
          if (typeof part !== 'string' && shareMetric) ({ count, total } = part as { count: number; total: number });
        }
        if (typeof part === 'string') {
          v = 2;
          if (statusOnly) unnamed++;
          else missing.push(resultInput(schoolId, [P.procedures[pc] as string], [P.subjects[sc] as string], y, y, procs, { grade, field: part }));
        } else if (shareMetric) {
          v = total === 0 ? 2 : shareHolds(r, shares, count, total) ? 1 : 0;
          if (v === 1 && tracing) {
            found.push(hitOf({ year: y, procedure: P.procedures[pc] as string, grade, subject: P.subjects[sc] as string, count, total }, procs));
          }
        } else {
          const value = (part as { value: number }).value;
          v = compareNumber(value, r.op, r.value) ? 1 : 0;
          if (v === 1 && tracing) {
            found.push(hitOf({ year: y, procedure: P.procedures[pc] as string, grade, subject: P.subjects[sc] as string, value }, procs));
          }
        }
        if (read.n === read.units.length) {
          const units = new Int32Array(read.n * 2);
          units.set(read.units);
          read.units = units;
          const vs = new Uint8Array(read.n * 2);
          vs.set(read.vs);
          read.vs = vs;
        }
        read.units[read.n] = unit;
        read.vs[read.n] = v;
        read.n++;
      }
    }
  }
  read.any = any;
  read.unnamed = unnamed;
  return read;
}

/** What a quantifier looks up by itself and its dataset's index, for every school: its selection, catalogue, packed selection and tables. */
interface Plan {
  /** the index's number (see {@link indexNumbers}) */
  readonly ix: number;
  readonly procs: ProcedureCatalogue;
  readonly sel: { procedures: Set<string>; subjects: Set<string>; grades: Set<number> | null };
  readonly shareMetric: boolean;
  readonly shares: Int8Array;
  readonly readKey: number;
  readonly pix: PackedResultIndex | undefined;
  readonly ps: PackedSelection | undefined;
  readonly unitCodes: Int32Array | undefined;
}
/** by index, then by rule: a plan lives as long as its index (no index is kept alive by a rule) */
const plans = new WeakMap<object, WeakMap<object, Plan>>();
/** each index a number, for the reading of the last quantifier (which keeps no index alive) */
const indexNumbers = new WeakMap<object, number>();
let indexCount = 0;

function planOf(r: R, ctx: EvalContext): Plan {
  const procs = proceduresOf(ctx.ix.dataset);
  let sel = selections.get(r.select);
  if (sel === undefined) {
    sel = { procedures: new Set(r.select.procedures), subjects: new Set(r.select.subjects), grades: r.select.grades ? new Set(r.select.grades) : null };
    selections.set(r.select, sel);
  }
  const pix = ctx.ix.packedResults;
  const ps = pix === undefined ? undefined : packedSelection(pix.packed, r.select, procs.marked);
  let ix = indexNumbers.get(ctx.ix);
  if (ix === undefined) {
    ix = ++indexCount;
    indexNumbers.set(ctx.ix, ix);
  }
  return { ix, procs, sel, shareMetric: SHARES.has(r.metric), shares: shareTable(r), readKey: readKey(r), pix, ps, unitCodes: pix === undefined || ps === undefined ? undefined : unitTable(pix.packed, ps, r.select.unit) };
}

/** Per rule: the values without a hit, one object for every school with the same counts (distinct) or units (persistent). */
const sharedYearValues = new WeakMap<object, Map<string | number | boolean | null, { found: readonly QuantifierHit[]; perYear: { year: number; yes: number; unknown: number }[] | null }>>();
const sharedUnitValues = new WeakMap<object, Map<string | number | boolean | null, { found: readonly QuantifierHit[]; units: string[] | null }>>();

export const resultsRule: RuleModule<R> = {
  params: (r) => ({ select: r.select, metric: r.metric, op: r.op, value: r.value, require: r.require }),
  evaluate(r, si, ctx): RuleResult {
    // statuses only over packed columns: from each year's cells, read once (a window longer than a mask, row by row)
    if (ctx.statusOnly && ctx.ix.packedResults !== undefined && r.require.years <= 31) {
      const fromCells = statusFromCells(r, si, ctx, ctx.ix.packedResults);
      if (fromCells !== undefined) return fromCells;
    }
    const schoolId = ctx.idOf(si);
    // what the rule looks up by itself and the dataset, once per rule and index (this runs for every school)
    let byRule = plans.get(ctx.ix);
    if (byRule === undefined) {
      byRule = new WeakMap();
      plans.set(ctx.ix, byRule);
    }
    let plan = byRule.get(r);
    if (plan === undefined) {
      plan = planOf(r, ctx);
      byRule.set(r, plan);
    }
    const procs = plan.procs;
    const years = r.require.years;
    const year = ctx.year;
    const tracing = ctx.tracing;
    // statuses only: the rows without a number counted, not named
    const statusOnly = ctx.statusOnly;
    let unnamed = 0;
    const first = year - years + 1;
    if (years > maxWindow) {
      maxWindow = years;
      if (unitNames.length * maxWindow > scratch.cells.length) growCells(unitNames.length * maxWindow);
    }
    const sel = plan.sel;
    const unitKind = r.select.unit;
    // units found in this school's rows, each with one cell per year of the window in the scratch
    // grid: -1 no row, 0 false, 1 true, 2 unknown. Numbered units and a reused grid: no string or
    // array per row or per school
    const seen = scratch.seen;
    seen.length = 0;
    // the hits, made on the first one (most schools have none: they share one empty list)
    let found: QuantifierHit[] | undefined;
    // the years of the window without a selected row (the scratch list: the quantifier is not re-entrant)
    const lackingYears = scratch.lacking;
    lackingYears.length = 0;
    const missing: MissingInput[] = [];
    const shareMetric = plan.shareMetric;
    // packed columns: the rows by number, selected and judged by their codes (no row view, no string per row)
    const pix = plan.pix;
    const ps = plan.ps;
    const unitCodes = plan.unitCodes;
    const shares = plan.shares;
    for (let i = 0; i < years; i++) {
      const y = first + i;
      let any = false;
      if (pix !== undefined && ps !== undefined) {
        // the school's year as read for any quantifier of the same selection and condition (the
        // rule before it in a category reads the same year: read once)
        const read = yearRead(r, plan, si, y, ctx, pix, ps, unitCodes as Int32Array, schoolId);
        any = read.any;
        for (let k = 0; k < read.n; k++) markCell(read.units[k] as number, i, years, read.vs[k] as 0 | 1 | 2);
        if (read.hits.length > 0) {
          if (found === undefined) found = read.hits.slice();
          else for (const h of read.hits) found.push(h);
        }
        for (const m of read.missing) missing.push(m);
        unnamed += read.unnamed;
      } else {
        // a dataset of objects: its rows by year (packed columns never build this view)
        const procedures = ctx.ix.results[si]?.get(y);
        if (procedures !== undefined) {
          for (const [procedure, rows] of procedures) {
            if (!sel.procedures.has(procedure)) continue;
            for (const row of rows) {
              if (!sel.subjects.has(row.subject) || (sel.grades !== null && !sel.grades.has(row.grade))) continue;
              any = true;
              const unit = unitNumber(unitKind, row.procedure, row.grade, row.subject);
              const part = rowPart(row, r.metric, procs.marked);
              let v: 0 | 1 | 2;
              if (typeof part === 'string') {
                v = 2;
                if (statusOnly) unnamed++;
                else missing.push(resultInput(schoolId, [row.procedure], [row.subject], y, y, procs, { grade: row.grade, field: part }));
              } else if (shareMetric) {
                const { count, total } = part as { count: number; total: number };
                v = total === 0 ? 2 : shareHolds(r, shares, count, total) ? 1 : 0;
                if (v === 1 && tracing) {
                  (found ??= []).push(hitOf({ year: y, procedure: row.procedure, grade: row.grade, subject: row.subject, count, total }, procs));
                }
              } else {
                const value = (part as { value: number }).value;
                v = compareNumber(value, r.op, r.value) ? 1 : 0;
                if (v === 1 && tracing) {
                  (found ??= []).push(hitOf({ year: y, procedure: row.procedure, grade: row.grade, subject: row.subject, value }, procs));
                }
              }
              markCell(unit, i, years, v);
            }
          }
        }
      }
      if (!any) lackingYears.push(y);
    }
    const cells = scratch.cells;
    let value: Tri;
    let perYear: { year: number; yes: number; unknown: number }[] | null = null;
    let units: string[] | null = null;
    const req = r.require;
    if (req.mode === 'distinct') {
      let yesAny = false;
      let maybe = false;
      if (tracing) perYear = [];
      for (let i = 0; i < years; i++) {
        if (lackingYears.includes(first + i)) continue;
        let yes = 0;
        let unknown = 0;
        for (let at = 0; at < seen.length; at++) {
          const c = cells[at * years + i];
          if (c === 1) yes++;
          else if (c === 2) unknown++;
        }
        if (yes >= req.atLeast) yesAny = true;
        else if (yes + unknown >= req.atLeast) maybe = true;
        if (perYear !== null) perYear.push({ year: first + i, yes, unknown });
      }
      const judged = years - lackingYears.length;
      value = yesAny ? true : maybe || (lackingYears.length > 0 && judged === 0) ? null : false;
    } else {
      let yes = false;
      let maybe = false;
      for (let at = 0; at < seen.length; at++) {
        let all: Tri = true;
        for (let i = 0; i < years; i++) {
          const c = cells[at * years + i] as number;
          if (lackingYears.includes(first + i)) {
            if (all === true) all = null;
          } else if (c === 0 || c === -1) {
            all = false;
            break;
          } else if (c === 2 && all === true) all = null;
        }
        if (all === true) yes = true;
        else if (all === null) maybe = true;
      }
      value = yes ? true : maybe || (seen.length === 0 && lackingYears.length > 0) ? null : false;
      if (tracing) units = seen.map((u) => unitNames[u] as string);
    }
    for (const u of seen) scratch.slot[u] = -1;
    const allMissing = value === null ? (statusOnly ? (unnamed + lackingYears.length > 0 ? SOME_MISSING : NONE) : [...missing, ...lackingYears.map((y) => resultInput(schoolId, r.select.procedures, r.select.subjects, y, y, procs))]) : NONE;
    if (!tracing) return resultWith(value, allMissing);
    const what = whatMemo(r, ctx.names.indices, procs);
    const hits = found ?? NO_HITS;
    let values: { found: readonly QuantifierHit[]; perYear: typeof perYear } | { found: readonly QuantifierHit[]; units: typeof units };
    if (found !== undefined) values = perYear !== null ? { found: hits, perYear } : { found: hits, units };
    else if (perYear !== null) {
      // no hit: the same counts in the same years give one values object for every school
      let key = '';
      for (const y of perYear) key += `${y.year},${y.yes},${y.unknown};`;
      const py = perYear;
      values = sharedValues(sharedYearValues, r, key, () => ({ found: NO_HITS, perYear: py }));
    } else {
      let key = '';
      for (const u of seen) key += `${u},`;
      const us = units;
      values = sharedValues(sharedUnitValues, r, key, () => ({ found: NO_HITS, units: us }));
    }
    return { value, missing: allMissing, node: ctx.node(r, value, allMissing.length > 0 ? { what, params: ctx.paramsOf(r), values, missing: allMissing } : { what, params: ctx.paramsOf(r), values }) as TraceNode };
  },
};

const whats = new WeakMap<object, { ru: string; en: string }>();
function whatMemo(r: R, indexNames: ReadonlyMap<string, { ru: string; en?: string | undefined }>, declared: ProcedureCatalogue): { ru: string; en: string } {
  let w = whats.get(r);
  if (w === undefined) {
    const m: Measure = { kind: 'result', procedures: r.select.procedures, subjects: r.select.subjects, metric: r.metric, ...(r.select.grades ? { grades: r.select.grades } : {}) };
    w = { ru: measureLabel(m, 'ru', indexNames, undefined, undefined, undefined, declared), en: measureLabel(m, 'en', indexNames, undefined, undefined, undefined, declared) };
    whats.set(r, w);
  }
  return w;
}

const UNIT: Record<string, [string, string]> = {
  procedure: ['процедурой считается её вид, при любом классе и предмете', 'a procedure is its kind, whatever the grade and subject'],
  'procedure+grade': ['процедурой считается вид в одном классе', 'a procedure is a kind in one grade'],
  'procedure+subject': ['процедурой считается вид по одному предмету', 'a procedure is a kind in one subject'],
  'procedure+grade+subject': ['процедурой считается вид по одному предмету в одном классе', 'a procedure is a kind in one subject and grade'],
};

/** A hit, with the procedure's name when the dataset declares the procedure. */
function hitOf(h: QuantifierHit, names: ProcedureCatalogue): QuantifierHit {
  const name = names.declared.size === 0 ? undefined : names.declared.get(h.procedure);
  const subject = names.subjects.size === 0 ? undefined : names.subjects.get(h.subject);
  if (name === undefined && subject === undefined) return h;
  return { ...h, ...(name !== undefined ? { procedureName: name } : {}), ...(subject !== undefined ? { subjectName: subject } : {}) };
}

/** «ВПР 2023, математика, 5 класс: 10 из 45 (22,2 %)». @internal */
function hitText(h: QuantifierHit, lang: Lang): string {
  const subj = h.subjectName !== undefined ? undefined : SUBJECTS.find((x) => x.id === h.subject);
  const procName = h.procedureName !== undefined ? (lang === 'ru' ? h.procedureName.ru : (h.procedureName.en ?? h.procedureName.ru)) : procedureWord(h.procedure, lang);
  const subjName = h.subjectName !== undefined ? (lang === 'ru' ? h.subjectName.ru.toLowerCase() : (h.subjectName.en ?? h.subjectName.ru)) : subj === undefined ? h.subject : lang === 'ru' ? subj.ru.toLowerCase() : subj.en;
  const grade = lang === 'ru' ? `${h.grade} класс` : `grade ${h.grade}`;
  const value =
    h.count !== undefined && h.total !== undefined
      ? `${h.count} ${lang === 'ru' ? 'из' : 'of'} ${h.total} (${num(h.total === 0 ? 0 : (h.count * 100) / h.total, lang)} %)`
      : num(h.value as number, lang);
  return `${procName} ${h.year}, ${subjName}, ${grade}: ${value}`;
}

/** «за последний год», «за последние 2 года», «за последние 5 лет». */
function window(years: number, lang: Lang): string {
  if (lang === 'en') return years === 1 ? 'in the last year' : `within the last ${years} years`;
  return years === 1 ? 'за последний год' : `за последние ${years} ${plural(years, 'год', 'года', 'лет')}`;
}

/** «доля … ≥ 30 % в один год не менее чем в 2 оценочных процедурах (…) за последний год: выполнено в …». @internal */
export function explainResults(n: TraceNode, lang: Lang): string {
  const p = n.params as { select: R['select']; metric: string; op: string; value: string | number; require: R['require'] };
  const v = n.values as { found?: readonly QuantifierHit[] } | undefined;
  const found = v?.found ?? [];
  const req = p.require;
  const years = req.years;
  const L = lang === 'ru' ? 0 : 1;
  const cond = `${(OP[p.op] as [string, string])[0]} ${num(toNumber(p.value), lang)}${SHARES.has(p.metric) ? ' %' : ''}`;
  const unit = (UNIT[p.select.unit] as [string, string])[L];
  const reqText =
    req.mode === 'distinct'
      ? lang === 'ru'
        ? `в один год не менее чем в ${req.atLeast} ${plural(req.atLeast, 'оценочной процедуре', 'оценочных процедурах', 'оценочных процедурах')} (${unit}) ${window(years, 'ru')}`
        : `in one year in at least ${req.atLeast} different procedure(s) (${unit}) ${window(years, 'en')}`
      : lang === 'ru'
        ? years === 1
          ? `в одной процедуре (${unit}) в последнем году`
          : `в одной и той же процедуре (${unit}) в каждом из последних ${years} лет подряд`
        : `in the same procedure (${unit}) in each of the last ${years} consecutive year(s)`;
  const hits = found.map((h) => hitText(h, lang));
  return lang === 'ru'
    ? `${whatOf(n, 'ru')} ${cond} ${reqText}: ${hits.length > 0 ? `выполнено: ${hits.join('; ')}` : 'нигде не выполнено'} — ${yes(n, 'ru')}`
    : `${whatOf(n, 'en')} ${cond} ${reqText}: ${hits.length > 0 ? `holds in ${hits.join('; ')}` : 'holds nowhere'}: ${yes(n, 'en')}`;
}
