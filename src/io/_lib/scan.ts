/**
 * Result rows read straight into typed columns: a growable column store, and exact byte scanners of
 * the common row shapes of JSON Lines (`{"collection":"results","schoolId":…}`) and CSV in long form.
 * A scanner accepts a row only when it is certain that `parseRecords('results', …)` would accept the
 * same row unchanged (the fast validator's rules: ids, years, grades, counts, scores, the procedure
 * asked of the validator once per distinct value); anything else — an escape, a space between tokens, an
 * exponent, a partial `marks`, a field it does not hold, a value out of range — is left to the full
 * path, which reports it exactly as before. No object and no string is made per row: ids, procedures
 * and subjects are dictionary-encoded from their bytes. Internal.
 */
import type { AssessmentResult } from '../../model/results.js';
import { parseRecords } from '../../model/dataset.js';
import { MAX_COUNT } from '../../model/primitives.js';

/**
 * Fields a scanner holds, numbered. Const enums, here and below: their numbers are written into the
 * scanners' code where they are used (a property of a constant object is read at each use, and
 * that was a fifth of the scanners' work).
 */
const enum F {
  schoolId = 0,
  year = 1,
  procedure = 2,
  subject = 3,
  grade = 4,
  participants = 5,
  marks = 6,
  belowMinimum = 7,
  mean = 8,
  median = 9,
  mode = 10,
  min = 11,
  max = 12,
}

/** Bytes the scanners look for. */
const enum C {
  Q = 34,
  BS = 92,
  COMMA = 44,
  COLON = 58,
  DOT = 46,
  D0 = 48,
  D9 = 57,
}

const MARKS = ['2', '3', '4', '5'] as const;
const COLUMN_KEYS = new Set(['schoolId', 'year', 'procedure', 'subject', 'grade', 'participants', 'marks', 'belowMinimum', 'mean', 'median', 'mode', 'min', 'max']);
/** The stages of a result (ВсОШ), by their code in the stage column less one. */
export const STAGES: readonly string[] = ['school', 'municipal', 'regional', 'final'];

/** Where the digits the last {@link digitsFrom} read end. */
let digitsEnd = 0;

/**
 * The scanners' one digit loop: the decimal digits from `buf[p]` (before `e`) read onto `v`
 * (`v × 10 + digit` each); returns the value and leaves in {@link digitsEnd} the first byte that is
 * not a digit.
 */
function digitsFrom(buf: Uint8Array, p: number, e: number, v: number): number {
  while (p < e) {
    const d = (buf[p] as number) - C.D0;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
    p++;
  }
  digitsEnd = p;
  return v;
}

/** The hash of UTF-8 bytes the scanners compute while they read an id (31 × h + byte, 32 bits). */
function hashOf(bytes: Uint8Array, s: number, e: number): number {
  let h = 0;
  for (let p = s; p < e; p++) h = (Math.imul(h, 31) + (bytes[p] as number)) | 0;
  return h;
}

/**
 * A string dictionary: string → code, and the code of UTF-8 bytes seen before, found by their hash in
 * an open-addressing table of typed arrays and checked byte by byte against one pool of every
 * string's bytes (no object and no string per lookup).
 */
class Dictionary {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  /** the bytes of every string, one after another: code c's are `pool[from[c], from[c + 1])` */
  private pool: Uint8Array = new Uint8Array(1024);
  private from: Int32Array = new Int32Array(65);
  private hashes: Int32Array = new Int32Array(64);
  /** code + 1 by hash slot, 0 for an empty slot; at most half full */
  private table: Int32Array = new Int32Array(128);
  /** per code: 1 valid for its column, 0 not, 255 not checked yet */
  ok: Uint8Array = new Uint8Array(64).fill(255);

  /** The code of a string, added when new. */
  code(v: string): number {
    const c = this.index.get(v);
    if (c !== undefined) return c;
    const bytes = Buffer.from(v, 'utf8');
    return this.added(v, bytes, 0, bytes.length, hashOf(bytes, 0, bytes.length));
  }

  /** Whether code `c`'s bytes are `buf[s, e)` (`c` a code of this dictionary). */
  is(c: number, buf: Uint8Array, s: number, e: number): boolean {
    const a = this.from[c] as number;
    const n = e - s;
    if ((this.from[c + 1] as number) - a !== n) return false;
    const pool = this.pool;
    for (let k = 0; k < n; k++) if (pool[a + k] !== buf[s + k]) return false;
    return true;
  }

  /** The code of the UTF-8 bytes `buf[s, e)` with hash `h` (of {@link hashOf}); `ascii` when each byte is below 128. */
  codeOf(buf: Uint8Array, s: number, e: number, h: number, ascii: boolean): number {
    const table = this.table;
    const mask = table.length - 1;
    const n = e - s;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const c1 = table[slot] as number;
      if (c1 === 0) break;
      const c = c1 - 1;
      if (this.hashes[c] !== h) continue;
      const a = this.from[c] as number;
      if ((this.from[c1] as number) - a !== n) continue;
      const pool = this.pool;
      let k = 0;
      while (k < n && pool[a + k] === buf[s + k]) k++;
      if (k === n) return c;
    }
    const v = (buf as Buffer).toString(ascii ? 'latin1' : 'utf8', s, e);
    // other bytes of the same string (a malformed UTF-8 sequence read as U+FFFD): the string's code
    const c = this.index.get(v);
    return c !== undefined ? c : this.added(v, buf, s, e, h);
  }

  private added(v: string, buf: Uint8Array, s: number, e: number, h: number): number {
    const c = this.list.length;
    this.list.push(v);
    this.index.set(v, c);
    if (c === this.hashes.length) {
      const from = new Int32Array(2 * c + 1);
      from.set(this.from);
      this.from = from;
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const ok = new Uint8Array(this.ok.length * 2).fill(255);
      ok.set(this.ok);
      this.ok = ok;
    }
    const a = this.from[c] as number;
    if (a + (e - s) > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, a + (e - s)));
      pool.set(this.pool);
      this.pool = pool;
    }
    this.pool.set(buf.subarray(s, e), a);
    this.from[c + 1] = a + (e - s);
    this.hashes[c] = h;
    if (2 * (c + 1) > this.table.length) {
      // twice the size, every code placed again
      const table = new Int32Array(this.table.length * 2);
      const mask = table.length - 1;
      for (let k = 0; k < c; k++) {
        let slot = (this.hashes[k] as number) & mask;
        while (table[slot] !== 0) slot = (slot + 1) & mask;
        table[slot] = k + 1;
      }
      this.table = table;
    }
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = c + 1;
    return c;
  }
}

/**
 * Whether a row that is valid but for one field's value is valid with it: the validator itself
 * decides (asked once per distinct id, procedure, subject), so the scanner never holds a second copy
 * of its rules.
 */
function accepts(field: 'schoolId' | 'procedure' | 'subject', value: string): boolean {
  const probe: Record<string, unknown> = { schoolId: 'x', year: 2000, procedure: 'vpr', subject: 'math', grade: 1 };
  probe[field] = value;
  // a procedure or subject is any id here: whether the dataset declares it is known only with the
  // frame, and the rows of an undeclared one are rejected then (finishColumns)
  return parseRecords('results', [probe], 0, field === 'procedure' ? { declaredProcedures: [{ id: value }] } : field === 'subject' ? { declaredSubjects: [{ id: value }] } : undefined).issues.length === 0;
}

/**
 * A value of each row that grows by one from a row to the next but for a few jumps (its line in the
 * file, its number among the results read), kept as runs of `value − row` rather than a column: a
 * CSV file of one line a row has one run, and no page of memory per 1 024 rows is written for it.
 * Rows are set in order; setting a row again (after {@link ColumnStore.undo}) replaces its value.
 */
export class Steps {
  /** the first row of each run */
  private from: Int32Array = new Int32Array(16);
  /** each run's value less its row */
  private delta: Float64Array = new Float64Array(16);
  private count = 0;
  /** the run {@link at} found last (rows are mostly asked in order) */
  private last = 0;
  /** the last run's `value − row` (NaN before the first) */
  private lastDelta = Number.NaN;

  /** Row `i`'s value is `v` (`i` the newest row: any run from `i` on was an undone row's). */
  set(i: number, v: number): void {
    const d = v - i;
    // the last run's (of an undone row or not: it starts at or before `i`), as for most rows
    if (d === this.lastDelta) return;
    let k = this.count;
    while (k > 0 && (this.from[k - 1] as number) >= i) k--;
    if (k > 0 && this.delta[k - 1] === d) {
      this.count = k;
      this.lastDelta = d;
      return;
    }
    if (k === this.from.length) {
      const from = new Int32Array(2 * k);
      from.set(this.from);
      this.from = from;
      const delta = new Float64Array(2 * k);
      delta.set(this.delta);
      this.delta = delta;
    }
    this.from[k] = i;
    this.delta[k] = d;
    this.count = k + 1;
    this.last = 0;
    this.lastDelta = d;
  }

  /** Row `i`'s value (a row set). */
  at(i: number): number {
    const n = this.count;
    const from = this.from;
    let k = this.last;
    // the run of the row asked last, or the next one; else the last run starting at or before `i`
    const within = (r: number): boolean => r < n && (from[r] as number) <= i && !(r + 1 < n && (from[r + 1] as number) <= i);
    if (within(k)) return i + (this.delta[k] as number);
    if (within(k + 1)) k++;
    else {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((from[mid] as number) <= i) lo = mid;
        else hi = mid - 1;
      }
      k = lo;
    }
    this.last = k;
    return i + (this.delta[k] as number);
  }

  /** The values of rows 0 to `n − 1` as a column. */
  column(n: number): Uint32Array {
    const out = new Uint32Array(n);
    for (let k = 0; k < this.count; k++) {
      const a = this.from[k] as number;
      const b = k + 1 < this.count ? Math.min(n, this.from[k + 1] as number) : n;
      const d = this.delta[k] as number;
      for (let i = a; i < b; i++) out[i] = i + d;
    }
    return out;
  }
}

/**
 * Growable typed columns of result rows, in file order. While the columns are filled, a column's
 * pages are written only for rows that have a value other than its zero: `stage` for rows with a
 * stage, `moreAt` (and `more`) for rows with a median, mode, min or max; a row's line and number are
 * {@link Steps}. (Growing the columns, or moving rows up over dropped ones, writes them whole: only
 * memory, never values.)
 */
export class ColumnStore {
  size = 0;
  private cap: number;
  school: Int32Array;
  year: Uint16Array;
  procedure: Uint8Array;
  subject: Uint32Array;
  grade: Uint8Array;
  participants: Int32Array;
  marks: Int32Array;
  belowMinimum: Int32Array;
  /** the mean, NaN when absent */
  mean: Float64Array;
  /** 0 for a row without median, mode, min and max, else k + 1 for `more[4k … 4k + 3]` */
  moreAt: Uint32Array;
  /** median, mode, min, max (NaN when absent) of the rows that have one: `moreCount` of them */
  more: Float64Array = new Float64Array(4 * 256);
  moreCount = 0;
  /** 0 for none, else the stage's index in {@link STAGES} + 1; written only by {@link add} (see `staged`) */
  stage: Uint8Array;
  /** whether a row has a stage (else `stage` is all 0, never written) */
  staged = false;
  /** each row's line in the file */
  readonly lines: Steps = new Steps();
  /** the index of each row among the results read (its path `['results', index]`) */
  readonly record: Steps = new Steps();
  readonly extras: Map<number, AssessmentResult> = new Map<number, AssessmentResult>();
  readonly schools: Dictionary = new Dictionary();
  readonly procedures: Dictionary = new Dictionary();
  readonly subjects: Dictionary = new Dictionary();
  /** result records seen so far (kept or not), for issue paths */
  records = 0;
  /**
   * The code of the school, procedure and subject last put by {@link putIdBytes} (−1 for none yet),
   * each valid in its column: a file's rows come in runs of one school, so its bytes are compared
   * with the last ones before they are hashed.
   */
  private lastSchool = -1;
  private lastProcedure = -1;
  private lastSubject = -1;
  /**
   * Codes of ids seen, each valid in its column, by a slot of their length and first and last bytes
   * (−1 for none): the few procedures and subjects of a file are found there by their bytes alone.
   */
  private readonly seenIds = new Int32Array(3 * 256).fill(-1);

  constructor(capacity: number = 1 << 16) {
    this.cap = Math.max(1024, capacity);
    const c = this.cap;
    this.school = new Int32Array(c);
    this.year = new Uint16Array(c);
    this.procedure = new Uint8Array(c);
    this.subject = new Uint32Array(c);
    this.grade = new Uint8Array(c);
    this.participants = new Int32Array(c);
    this.marks = new Int32Array(c * 4);
    this.belowMinimum = new Int32Array(c);
    this.mean = new Float64Array(c);
    this.moreAt = new Uint32Array(c);
    this.stage = new Uint8Array(c);
  }

  private grow(): void {
    this.cap = Math.ceil(this.cap * 1.5);
    const g = <T extends Int32Array | Uint16Array | Uint8Array | Uint32Array | Float64Array>(a: T, k: number): T => {
      const b = new (a.constructor as new (n: number) => T)(this.cap * k);
      b.set(a);
      return b;
    };
    this.school = g(this.school, 1);
    this.year = g(this.year, 1);
    this.procedure = g(this.procedure, 1);
    this.subject = g(this.subject, 1);
    this.grade = g(this.grade, 1);
    this.participants = g(this.participants, 1);
    this.marks = g(this.marks, 4);
    this.belowMinimum = g(this.belowMinimum, 1);
    this.mean = g(this.mean, 1);
    this.moreAt = g(this.moreAt, 1);
    this.stage = g(this.stage, 1);
  }

  /** A new row's index, its columns not yet written (record and line set; stage and `moreAt` 0 until written). */
  next(line: number): number {
    if (this.size === this.cap) this.grow();
    const i = this.size++;
    this.lines.set(i, line);
    this.record.set(i, this.records++);
    return i;
  }

  /** Row `i`'s median, mode, min and max (NaN for an absent one; at least one present), once, after every other check of the row. */
  putMore(i: number, median: number, mode: number, min: number, max: number): void {
    const k = this.moreCount;
    if (4 * k + 4 > this.more.length) {
      const more = new Float64Array(2 * this.more.length);
      more.set(this.more);
      this.more = more;
    }
    const more = this.more;
    more[4 * k] = median;
    more[4 * k + 1] = mode;
    more[4 * k + 2] = min;
    more[4 * k + 3] = max;
    this.moreCount = k + 1;
    this.moreAt[i] = k + 1;
  }

  /** Adds a row validated by the full path. */
  add(r: AssessmentResult, line: number): void {
    const i = this.next(line);
    this.school[i] = this.schools.code(r.schoolId);
    this.year[i] = r.year;
    const p = this.procedures.code(r.procedure);
    if (p > 255) throw new Error('more than 256 procedures / больше 256 процедур');
    this.procedure[i] = p;
    this.subject[i] = this.subjects.code(r.subject);
    this.grade[i] = r.grade;
    if (r.stage !== undefined) {
      this.stage[i] = STAGES.indexOf(r.stage) + 1;
      this.staged = true;
    }
    this.participants[i] = r.participants ?? -1;
    const m = r.marks;
    for (let k = 0; k < 4; k++) this.marks[4 * i + k] = m === undefined ? -1 : (m[MARKS[k] as '2'] ?? -1);
    this.belowMinimum[i] = r.belowMinimum ?? -1;
    this.mean[i] = r.mean ?? Number.NaN;
    if (r.median !== undefined || r.mode !== undefined || r.min !== undefined || r.max !== undefined) this.putMore(i, r.median ?? Number.NaN, r.mode ?? Number.NaN, r.min ?? Number.NaN, r.max ?? Number.NaN);
    let extra = m !== undefined && MARKS.some((k) => m[k] === undefined);
    if (!extra) for (const k in r) if (!COLUMN_KEYS.has(k) && (r as Record<string, unknown>)[k] !== undefined) extra = true;
    if (extra) this.extras.set(i, r);
  }

  /** Drops the last row (a scanner gave up half-way). */
  undo(): void {
    this.size--;
    this.records--;
  }

  /**
   * Puts the id between `s` and `e` (hash `h`) into row `i`'s school, subject or procedure column:
   * `false` when the id is not one the validator accepts there (asked once per distinct id; a
   * procedure is any id here, checked against the declared ones when the frame is known).
   */
  putId(f: number, i: number, buf: Uint8Array, s: number, e: number, h: number, ascii: boolean): boolean {
    // no tuple or closure here: this runs three times for each of millions of rows
    const d = f === F.schoolId ? this.schools : f === F.subject ? this.subjects : this.procedures;
    const c = d.codeOf(buf, s, e, h, ascii);
    let ok = d.ok[c] as number;
    if (ok === 255) {
      const field = f === F.schoolId ? 'schoolId' : f === F.subject ? 'subject' : 'procedure';
      // a procedure's code must fit its one-byte column
      d.ok[c] = ok = (field !== 'procedure' || c < 256) && accepts(field, d.list[c] as string) ? 1 : 0;
    }
    if (ok !== 1) return false;
    if (f === F.schoolId) this.school[i] = c;
    else if (f === F.subject) this.subject[i] = c;
    else this.procedure[i] = c;
    return true;
  }

  /**
   * As {@link putId}, for the bytes `buf[s, e)` of a cell (no quote, no line break in them): the last
   * id of the column when the bytes are its, else hashed and looked up.
   */
  putIdBytes(f: number, i: number, buf: Uint8Array, s: number, e: number): boolean {
    const d = f === F.schoolId ? this.schools : f === F.subject ? this.subjects : this.procedures;
    let c = f === F.schoolId ? this.lastSchool : f === F.subject ? this.lastSubject : this.lastProcedure;
    if (c < 0 || !d.is(c, buf, s, e)) {
      // a slot of 256 by the field, the length and the first and last bytes
      const slot = (f === F.schoolId ? 0 : f === F.subject ? 256 : 512) + ((Math.imul(e - s, 31) + Math.imul(buf[s] as number, 7) + (buf[e - 1] as number)) & 255);
      c = this.seenIds[slot] as number;
      if (c < 0 || !d.is(c, buf, s, e)) {
        // not among the ids met lately: hashed and looked up (checked by the validator when new)
        let h = 0;
        let ascii = true;
        for (let p = s; p < e; p++) {
          const b = buf[p] as number;
          if (b >= 128) ascii = false;
          h = (Math.imul(h, 31) + b) | 0;
        }
        if (!this.putId(f, i, buf, s, e, h, ascii)) return false;
        c = f === F.schoolId ? (this.school[i] as number) : f === F.subject ? (this.subject[i] as number) : (this.procedure[i] as number);
        this.seenIds[slot] = c;
      }
      if (f === F.schoolId) this.lastSchool = c;
      else if (f === F.subject) this.lastSubject = c;
      else this.lastProcedure = c;
    }
    if (f === F.schoolId) this.school[i] = c;
    else if (f === F.subject) this.subject[i] = c;
    else this.procedure[i] = c;
    return true;
  }
}


const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The names of the fields a scanner holds, in the order of their numbers ({@link F}). */
const FIELD_NAMES = ['schoolId', 'year', 'procedure', 'subject', 'grade', 'participants', 'marks', 'belowMinimum', 'mean', 'median', 'mode', 'min', 'max'];
const FIELD_BYTES = FIELD_NAMES.map((k) => Buffer.from(k, 'latin1'));

/** The field a key of `n` bytes at `k` may be, by its length and a letter or two (the caller checks every byte); −1 for none. */
function fieldOf(buf: Uint8Array, k: number, n: number): number {
  const a = buf[k];
  switch (n) {
    case 3:
      return buf[k + 1] === 105 /* i */ ? F.min : F.max;
    case 4:
      return a === 121 /* y */ ? F.year : buf[k + 1] === 101 /* e */ ? F.mean : F.mode;
    case 5:
      return a === 103 /* g */ ? F.grade : F.marks;
    case 6:
      return F.median;
    case 7:
      return F.subject;
    case 8:
      return F.schoolId;
    case 9:
      return F.procedure;
    case 12:
      return a === 112 /* p */ ? F.participants : F.belowMinimum;
    default:
      return -1;
  }
}

/** The bytes `"key":` of each field. */
const KEY_BYTES = FIELD_NAMES.map((k) => Buffer.from(`"${k}":`, 'latin1'));
const KEY_LENGTH = Int8Array.from(KEY_BYTES, (b) => b.length);

/**
 * Each key's bytes as four little-endian 32-bit words, `KEY_WORDS[4f … 4f + 3]`, read at the offsets
 * `KEY_AT[4f … 4f + 3]`: 0, 4, 8, … and the last ones ending with the key (a key is 6 to 16 bytes, so
 * four words always cover it; the last repeated when fewer are needed).
 */
const KEY_AT = new Int32Array(4 * KEY_BYTES.length);
const KEY_WORDS = new Int32Array(4 * KEY_BYTES.length);
KEY_BYTES.forEach((b, f) => {
  if (b.length < 4 || b.length > 16) throw new Error(`key of ${b.length} bytes`);
  for (let k = 0; k < 4; k++) {
    const at = Math.min(4 * k, b.length - 4);
    KEY_AT[4 * f + k] = at;
    KEY_WORDS[4 * f + k] = b.readInt32LE(at);
  }
});

/** A view of the last buffer scanned, for reading four bytes at once. */
let view: DataView = new DataView(new ArrayBuffer(0));
let viewOf: Uint8Array | null = null;

/** The start of a JSON Lines result row of the common form, as six little-endian 32-bit words. */
const RESULT_PREFIX = Buffer.from('{"collection":"results",', 'latin1');
const PREFIX_WORDS = Int32Array.from({ length: RESULT_PREFIX.length / 4 }, (_, k) => RESULT_PREFIX.readInt32LE(4 * k));

/** The view of `buf` for reading four bytes at once (the last one made, while `buf` is the same buffer). */
function viewOfBuffer(buf: Uint8Array): DataView {
  if (buf !== viewOf) {
    view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    viewOf = buf;
  }
  return view;
}

/**
 * Whether the line `buf[s, e)` starts with `{"collection":"results",` and goes on after it: a result
 * row of the common form, for {@link scanJsonRow} from `s + 24`.
 */
export function isResultRow(buf: Uint8Array, s: number, e: number): boolean {
  if (e - s <= RESULT_PREFIX.length) return false;
  const dv = viewOfBuffer(buf);
  return (
    dv.getInt32(s, true) === PREFIX_WORDS[0] &&
    dv.getInt32(s + 4, true) === PREFIX_WORDS[1] &&
    dv.getInt32(s + 8, true) === PREFIX_WORDS[2] &&
    dv.getInt32(s + 12, true) === PREFIX_WORDS[3] &&
    dv.getInt32(s + 16, true) === PREFIX_WORDS[4] &&
    dv.getInt32(s + 20, true) === PREFIX_WORDS[5]
  );
}

/** The bytes of {@link isResultRow}'s prefix. */
export const RESULT_ROW_PREFIX: Uint8Array = RESULT_PREFIX;

/** Before the first field (a row's start), for {@link FOLLOW}. */
const FIRST = FIELD_NAMES.length;

/**
 * The field that followed each field (at {@link FIRST}: the first field) in the rows scanned last:
 * the key tried first, so that a row of the file's usual shape is matched key by key in one pass.
 * Only a guess — any other key is then read and checked in full.
 */
const FOLLOW = new Int8Array(FIELD_NAMES.length + 1);

/** The field of the key `"…":` at `p` (before `e`), the key checked byte by byte; −1 for any other key. */
function keyAt(buf: Uint8Array, p: number, e: number): number {
  if (buf[p] !== C.Q) return -1;
  const ks = ++p;
  while (p < e) {
    const b = buf[p] as number;
    if (b === C.Q || b === C.BS) break;
    p++;
  }
  if (buf[p] !== C.Q || buf[p + 1] !== C.COLON) return -1;
  const f = fieldOf(buf, ks, p - ks);
  if (f < 0) return -1;
  const fb = FIELD_BYTES[f] as Uint8Array;
  if (fb.length !== p - ks) return -1;
  for (let k = 0; k < fb.length; k++) if (fb[k] !== buf[ks + k]) return -1;
  return f;
}

/**
 * Scans the fields of one JSON Lines result row, `buf[s, e)` being what follows
 * `{"collection":"results",` up to the closing `}` (inclusive), into a new row of `cols`. `false`
 * (and the row undone) when the row is not of the exact common shape; the caller then takes the full
 * path. Each byte is read once: a key is matched against the one that came next in the last row (any
 * other key is read in full), a number is read where it stands and must be followed by `,` or the
 * closing `}` (so an exponent, a sign or a space after it sends the row to the full path).
 */
export function scanJsonRow(buf: Uint8Array, s: number, e: number, cols: ColumnStore, line: number): boolean {
  const dv = viewOfBuffer(buf);
  const maxCount = MAX_COUNT;
  const i = cols.next(line);
  let p = s;
  let seen = 0;
  let prev = FIRST;
  let m2 = -1;
  let m3 = -1;
  let m4 = -1;
  let m5 = -1;
  let participants = -1;
  let below = -1;
  let st0 = Number.NaN;
  let st1 = Number.NaN;
  let st2 = Number.NaN;
  let st3 = Number.NaN;
  let st4 = Number.NaN;
  for (;;) {
    // "key": — the one that followed the previous key last time, else any key read in full
    let f = FOLLOW[prev] as number;
    let n = KEY_LENGTH[f] as number;
    const q = 4 * f;
    // the first and the last word, then those between (a key of at most 8 bytes has none)
    const same =
      p + n < e &&
      dv.getInt32(p, true) === KEY_WORDS[q] &&
      dv.getInt32(p + n - 4, true) === KEY_WORDS[q + 3] &&
      (n <= 8 || (dv.getInt32(p + 4, true) === KEY_WORDS[q + 1] && (n <= 12 || dv.getInt32(p + 8, true) === KEY_WORDS[q + 2])));
    if (!same) {
      f = keyAt(buf, p, e);
      if (f < 0) return fail(cols);
      FOLLOW[prev] = f;
      n = KEY_LENGTH[f] as number;
    }
    if ((seen & (1 << f)) !== 0) return fail(cols); // a field twice: JSON.parse keeps the last
    seen |= 1 << f;
    prev = f;
    p += n;
    if (f === F.schoolId || f === F.procedure || f === F.subject) {
      if (buf[p] !== C.Q) return fail(cols);
      const vs = ++p;
      while (p < e) {
        const b = buf[p] as number;
        if (b === C.Q || b === C.BS || b < 32) break;
        p++;
      }
      if (buf[p] !== C.Q) return fail(cols);
      if (!cols.putIdBytes(f, i, buf, vs, p)) return fail(cols);
      p++;
    } else if (f === F.marks) {
      if (buf[p] !== 123 /* { */) return fail(cols);
      p++;
      let got = 0;
      for (;;) {
        // "2":n
        if (buf[p] !== C.Q || buf[p + 2] !== C.Q || buf[p + 3] !== C.COLON) return fail(cols);
        const mk = (buf[p + 1] as number) - 50; // '2' → 0
        if (mk < 0 || mk > 3 || (got & (1 << mk)) !== 0) return fail(cols);
        got |= 1 << mk;
        p += 4;
        // a count: digits, no leading zero (a sign, a fraction or an exponent fails on the byte after)
        const ds = p;
        const v = digitsFrom(buf, p, e, 0);
        p = digitsEnd;
        if (p === ds || (p - ds > 1 && buf[ds] === C.D0) || v > maxCount) return fail(cols);
        if (mk === 0) m2 = v;
        else if (mk === 1) m3 = v;
        else if (mk === 2) m4 = v;
        else m5 = v;
        if (buf[p] === C.COMMA) {
          p++;
          continue;
        }
        if (buf[p] !== 125 /* } */) return fail(cols);
        p++;
        break;
      }
      if (got !== 15) return fail(cols); // a partial marks object: the full path keeps the row whole
    } else {
      // a number: digits without a leading zero, for a score a fraction too; at most 15 digits in
      // all, so the value is exact (an exponent or a sign fails on the byte after)
      const ds = p;
      let v = digitsFrom(buf, p, e, 0);
      p = digitsEnd;
      const ni = p - ds;
      if (ni === 0 || (ni > 1 && buf[ds] === C.D0)) return fail(cols);
      if (f >= F.mean) {
        if (buf[p] === C.DOT) {
          const fs = ++p;
          v = digitsFrom(buf, p, e, v);
          p = digitsEnd;
          const nf = p - fs;
          if (nf === 0 || ni + nf > 15) return fail(cols);
          // an integer below 2^53 divided by an exact power of ten: the correctly rounded value of the decimal
          v /= POW10[nf] as number;
        }
        if (v > 1000) return fail(cols);
        if (f === F.mean) st0 = v;
        else if (f === F.median) st1 = v;
        else if (f === F.mode) st2 = v;
        else if (f === F.min) st3 = v;
        else st4 = v;
      } else if (f === F.year) {
        if (v < 1990 || v > 2100) return fail(cols);
        cols.year[i] = v;
      } else if (f === F.grade) {
        if (v < 1 || v > 11) return fail(cols);
        cols.grade[i] = v;
      } else {
        if (v > maxCount) return fail(cols);
        if (f === F.participants) participants = v;
        else below = v;
      }
    }
    if (buf[p] === C.COMMA) {
      p++;
      continue;
    }
    if (buf[p] === 125 /* } */ && p + 1 === e) break;
    return fail(cols);
  }
  // schoolId, year, procedure, subject, grade are required
  if ((seen & 31) !== 31) return fail(cols);
  cols.participants[i] = participants;
  cols.belowMinimum[i] = below;
  const m = 4 * i;
  cols.marks[m] = m2;
  cols.marks[m + 1] = m3;
  cols.marks[m + 2] = m4;
  cols.marks[m + 3] = m5;
  cols.mean[i] = st0;
  if ((seen & (15 << F.median)) !== 0) cols.putMore(i, st1, st2, st3, st4);
  return true;
}

function fail(cols: ColumnStore): false {
  cols.undo();
  return false;
}

/** The CSV columns a scanner holds, by field; `null` when the header has others (then the full path reads every row). */
export function csvLayout(headers: readonly string[]): Int8Array | null {
  const layout = new Int8Array(headers.length).fill(-1);
  let seen = 0;
  for (let c = 0; c < headers.length; c++) {
    const h = headers[c] as string;
    if (h === '') continue;
    const mark = /^marks\.([2-5])$/.exec(h);
    const f = mark !== null ? 13 + Number(mark[1]) - 2 : FIELD_NAMES.indexOf(h);
    if (f < 0 || f === F.marks) return null;
    if ((seen & (1 << f)) !== 0) return null;
    seen |= 1 << f;
    layout[c] = f;
  }
  return (seen & 31) === 31 ? layout : null;
}

/** The first columns of the documented order that {@link scanDocumentedRow} reads, by field. */
const DOCUMENTED = Int8Array.of(F.schoolId, F.year, F.procedure, F.subject, F.grade, F.participants, 13, 14, 15, 16, F.belowMinimum, F.mean);

/**
 * Whether a layout is the documented column order of a result file as the library writes it and as
 * national files come: `schoolId,year,procedure,subject,grade,participants,marks.2,marks.3,marks.4,marks.5,belowMinimum,mean`,
 * then any of `median`, `mode`, `min`, `max` in this order.
 */
export function isDocumentedLayout(layout: Int8Array): boolean {
  if (layout.length < DOCUMENTED.length) return false;
  for (let c = 0; c < DOCUMENTED.length; c++) if (layout[c] !== DOCUMENTED[c]) return false;
  let prev = F.mean as number;
  for (let c = DOCUMENTED.length; c < layout.length; c++) {
    const f = layout[c] as number;
    if (f <= prev || f > F.max) return false;
    prev = f;
  }
  return true;
}

/** The end of an id cell from `p` (its comma, or `e`); −1 at a quote or a carriage return (csv-parse decides those). */
function idEnd(buf: Uint8Array, p: number, e: number): number {
  while (p < e) {
    const b = buf[p] as number;
    if (b === C.COMMA) return p;
    if (b === C.Q || b === 13) return -1;
    p++;
  }
  return p;
}

/**
 * A count cell from `p`, as {@link scanCsvRow} reads it: its value, −1 when empty, −2 when not
 * taken (more than 15 digits, above the largest count); {@link digitsEnd} after its digits.
 */
function countFrom(buf: Uint8Array, p: number, e: number): number {
  const v = digitsFrom(buf, p, e, 0);
  const n = digitsEnd - p;
  return n === 0 ? -1 : n > 15 || v > MAX_COUNT ? -2 : v;
}

/**
 * A score cell from `p`, as {@link scanCsvRow} reads it: its value, NaN when empty, −1 when not
 * taken (a dot without digits on a side, more than 15 digits, above 1 000); {@link digitsEnd} after it.
 */
function scoreFrom(buf: Uint8Array, p: number, e: number): number {
  let v = digitsFrom(buf, p, e, 0);
  let q = digitsEnd;
  let n = q - p;
  if (q < e && buf[q] === C.DOT) {
    if (n === 0) return -1;
    const fs = q + 1;
    v = digitsFrom(buf, fs, e, v);
    q = digitsEnd;
    const nf = q - fs;
    if (nf === 0) return -1;
    n += nf;
    // an integer of at most 15 digits divided by an exact power of ten: the correctly rounded value
    v /= POW10[nf] as number;
  }
  return n === 0 ? Number.NaN : n > 15 || v > 1000 ? -1 : v;
}

/**
 * {@link scanCsvRow} for the documented layout ({@link isDocumentedLayout}): the same rows taken,
 * the same values, each column read by its own code in turn rather than by a loop asking each cell's
 * field.
 */
export function scanDocumentedRow(buf: Uint8Array, s: number, e: number, layout: Int8Array, cols: ColumnStore, line: number): boolean {
  const i = cols.next(line);
  // schoolId, year, procedure, subject, grade: required, each followed by a comma
  let q = idEnd(buf, s, e);
  if (q <= s || q === e || !cols.putIdBytes(F.schoolId, i, buf, s, q)) return fail(cols);
  let p = q + 1;
  const year = digitsFrom(buf, p, e, 0);
  q = digitsEnd;
  if (q === p || q - p > 15 || q === e || buf[q] !== C.COMMA || year < 1990 || year > 2100) return fail(cols);
  p = q + 1;
  q = idEnd(buf, p, e);
  if (q <= p || q === e || !cols.putIdBytes(F.procedure, i, buf, p, q)) return fail(cols);
  p = q + 1;
  q = idEnd(buf, p, e);
  if (q <= p || q === e || !cols.putIdBytes(F.subject, i, buf, p, q)) return fail(cols);
  p = q + 1;
  const grade = digitsFrom(buf, p, e, 0);
  q = digitsEnd;
  if (q === p || q - p > 15 || q === e || buf[q] !== C.COMMA || grade < 1 || grade > 11) return fail(cols);
  // participants, marks «2» to «5», belowMinimum: counts, each followed by a comma
  const participants = countFrom(buf, q + 1, e);
  q = digitsEnd;
  if (participants < -1 || q === e || buf[q] !== C.COMMA) return fail(cols);
  const m2 = countFrom(buf, q + 1, e);
  q = digitsEnd;
  if (m2 < -1 || q === e || buf[q] !== C.COMMA) return fail(cols);
  const m3 = countFrom(buf, q + 1, e);
  q = digitsEnd;
  if (m3 < -1 || q === e || buf[q] !== C.COMMA) return fail(cols);
  const m4 = countFrom(buf, q + 1, e);
  q = digitsEnd;
  if (m4 < -1 || q === e || buf[q] !== C.COMMA) return fail(cols);
  const m5 = countFrom(buf, q + 1, e);
  q = digitsEnd;
  if (m5 < -1 || q === e || buf[q] !== C.COMMA) return fail(cols);
  // all four marks or none: a partial marks object is left to the full path, which keeps the row whole
  const marks = (m2 < 0 ? 0 : 1) + (m3 < 0 ? 0 : 1) + (m4 < 0 ? 0 : 1) + (m5 < 0 ? 0 : 1);
  if (marks !== 0 && marks !== 4) return fail(cols);
  const below = countFrom(buf, q + 1, e);
  q = digitsEnd;
  if (below < -1 || q === e || buf[q] !== C.COMMA) return fail(cols);
  // the mean, then any of median, mode, min, max: scores, the last one ending the row
  const mean = scoreFrom(buf, q + 1, e);
  q = digitsEnd;
  if (mean < 0) return fail(cols);
  let median = Number.NaN;
  let mode = Number.NaN;
  let min = Number.NaN;
  let max = Number.NaN;
  let more = false;
  for (let c = DOCUMENTED.length; c < layout.length; c++) {
    if (q === e || buf[q] !== C.COMMA) return fail(cols);
    const v = scoreFrom(buf, q + 1, e);
    q = digitsEnd;
    if (v < 0) return fail(cols);
    if (v !== v) continue; // an empty cell
    more = true;
    const f = layout[c] as number;
    if (f === F.median) median = v;
    else if (f === F.mode) mode = v;
    else if (f === F.min) min = v;
    else max = v;
  }
  if (q !== e) return fail(cols);
  cols.year[i] = year;
  cols.grade[i] = grade;
  cols.participants[i] = participants;
  const m = 4 * i;
  cols.marks[m] = m2;
  cols.marks[m + 1] = m3;
  cols.marks[m + 2] = m4;
  cols.marks[m + 3] = m5;
  cols.belowMinimum[i] = below;
  cols.mean[i] = mean;
  if (more) cols.putMore(i, median, mode, min, max);
  return true;
}

/**
 * Scans one CSV row without quotes, `buf[s, e)`, cells split by commas, into a new row of `cols`, by
 * `layout` (from {@link csvLayout}). `false` (and the row undone) when a cell is not of the exact
 * common form, or the row has another number of cells; the caller then takes the full path. Each byte
 * is read once, by the reader of its column's kind: a count (digits only, leading zeros allowed, as
 * `Number` reads them, at most 15), a score (digits, optionally `.` and digits, at most 15 in all) or
 * an id (any bytes but a quote or a carriage return; the same school as the last row's is found by
 * its bytes alone). The documented column order ({@link isDocumentedLayout}), that of national files,
 * has a scanner of its own, {@link scanDocumentedRow}.
 */
export function scanCsvRow(buf: Uint8Array, s: number, e: number, layout: Int8Array, cols: ColumnStore, line: number): boolean {
  const maxCount = MAX_COUNT;
  const i = cols.next(line);
  let p = s;
  let seen = 0;
  let participants = -1;
  let below = -1;
  let mean = Number.NaN;
  let median = Number.NaN;
  let mode = Number.NaN;
  let min = Number.NaN;
  let max = Number.NaN;
  const m = 4 * i;
  const last = layout.length - 1;
  for (let c = 0; c <= last; c++) {
    const f = layout[c] as number;
    const cs = p;
    if (f === F.schoolId || f === F.procedure || f === F.subject || f < 0) {
      // an id, or a skipped column: any bytes to the comma but quotes and carriage returns (csv-parse decides those)
      while (p < e) {
        const b = buf[p] as number;
        if (b === C.COMMA) break;
        if (b === C.Q || b === 13) return fail(cols);
        p++;
      }
      const ce = p;
      if (c < last) {
        if (p === e) return fail(cols);
        p++;
      } else if (p !== e) return fail(cols);
      if (f < 0 || ce === cs) continue; // a skipped column, an empty cell
      seen |= 1 << f;
      if (!cols.putIdBytes(f, i, buf, cs, ce)) return fail(cols);
      continue;
    }
    // a number: digits, for a score perhaps a fraction; any other byte (a sign, a space, an exponent,
    // a quote) fails where the comma should be
    let v = digitsFrom(buf, p, e, 0);
    p = digitsEnd;
    let digits = p - cs;
    if (f >= F.mean && f <= F.max && p < e && buf[p] === C.DOT) {
      if (digits === 0) return fail(cols);
      const fs = ++p;
      v = digitsFrom(buf, p, e, v);
      p = digitsEnd;
      const nf = p - fs;
      if (nf === 0) return fail(cols);
      digits += nf;
      // an integer of at most 15 digits divided by an exact power of ten: the correctly rounded value
      v /= POW10[nf] as number;
    }
    if (c < last) {
      if (p === e || buf[p] !== C.COMMA) return fail(cols);
      p++;
    } else if (p !== e) return fail(cols);
    if (digits === 0) continue; // an empty cell
    if (digits > 15) return fail(cols);
    seen |= 1 << f;
    if (f === F.year) {
      if (v < 1990 || v > 2100) return fail(cols);
      cols.year[i] = v;
    } else if (f === F.grade) {
      if (v < 1 || v > 11) return fail(cols);
      cols.grade[i] = v;
    } else if (f >= F.mean && f <= F.max) {
      if (v > 1000) return fail(cols);
      if (f === F.mean) mean = v;
      else if (f === F.median) median = v;
      else if (f === F.mode) mode = v;
      else if (f === F.min) min = v;
      else max = v;
    } else {
      if (v > maxCount) return fail(cols);
      if (f === F.participants) participants = v;
      else if (f === F.belowMinimum) below = v;
      else cols.marks[m + f - 13] = v;
    }
  }
  if ((seen & 31) !== 31) return fail(cols);
  const marks = (seen >>> 13) & 15;
  if (marks !== 0 && marks !== 15) return fail(cols); // a partial marks object: the full path keeps the row whole
  if (marks === 0) {
    cols.marks[m] = -1;
    cols.marks[m + 1] = -1;
    cols.marks[m + 2] = -1;
    cols.marks[m + 3] = -1;
  }
  cols.mean[i] = mean;
  if ((seen & (15 << F.median)) !== 0) cols.putMore(i, median, mode, min, max);
  cols.participants[i] = participants;
  cols.belowMinimum[i] = below;
  return true;
}
