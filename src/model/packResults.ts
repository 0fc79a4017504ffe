import { invalidOptionError } from '../errors/raise.js';
import { pluralForm } from '../errors/plural.js';
import { formatInSentence } from '../numbers/format.js';
import type { AssessmentResult } from './results.js';
import type { Dataset } from './dataset.js';

/**
 * Assessment results packed into columns of typed arrays, for national-size data: 5 million rows
 * take about 45 bytes each instead of several hundred as objects. Strings (school ids, procedures,
 * subjects) are dictionary-encoded; a missing count is −1 and a missing score `NaN` inside the
 * columns only — {@link unpackResult} turns them back into absent fields, so no `NaN` ever leaves.
 * The mean, given for most rows, has a column; the median, mode, lowest and highest score, given for
 * few, are kept only for the rows that have one of them (`moreStatsAt`, `moreStats`). Fields that are
 * rare (score bands, reported values, sources, …) are kept as the original rows in `extras`, so
 * nothing is lost.
 *
 * @category Model
 */
export interface PackedResults {
  /** Number of rows. */
  readonly size: number;
  /** Distinct school ids; `school[i]` indexes into it. */
  readonly schoolIds: readonly string[];
  /** Distinct procedures. */
  readonly procedures: readonly string[];
  /** Distinct subjects. */
  readonly subjects: readonly string[];
  /** Index into `schoolIds`, per row. */
  readonly school: Int32Array;
  /** Year, per row. */
  readonly year: Uint16Array;
  /** Index into `procedures`, per row. */
  readonly procedure: Uint8Array;
  /** Index into `subjects`, per row. */
  readonly subject: Uint32Array;
  /** Grade, per row. */
  readonly grade: Uint8Array;
  /** Participants, −1 when absent. */
  readonly participants: Int32Array;
  /** Marks «2», «3», «4», «5»: four columns interleaved (row i at 4i … 4i+3), −1 when absent. */
  readonly marks: Int32Array;
  /** Participants below the minimum, −1 when absent. */
  readonly belowMinimum: Int32Array;
  /** The mean, per row; NaN when absent. */
  readonly mean: Float64Array;
  /**
   * Per row, where its median, mode, lowest and highest score are in `moreStats`: 0 for a row that
   * has none of them, else k + 1 for `moreStats[4k … 4k + 3]`.
   */
  readonly moreStatsAt: Uint32Array;
  /**
   * Median, mode, min and max of the rows that have at least one of them: four columns interleaved,
   * in the order of those rows (see `moreStatsAt`), NaN when absent.
   */
  readonly moreStats: Float64Array;
  /** The original rows that carry fields the columns do not hold, by row index. */
  readonly extras: ReadonlyMap<number, AssessmentResult>;
}

/** The statistics of `moreStats`, in their order there. */
const MORE_KEYS = ['median', 'mode', 'min', 'max'] as const;
const MARK_KEYS = ['2', '3', '4', '5'] as const;
const COLUMN_KEYS = new Set(['schoolId', 'year', 'procedure', 'subject', 'grade', 'participants', 'marks', 'belowMinimum', 'mean', ...MORE_KEYS]);

/**
 * Packs validated assessment results into typed-array columns (see {@link PackedResults}).
 *
 * @param rows - Valid results (from `parseRecords('results', …)` or a parsed dataset).
 * @returns The packed columns.
 * @example
 * ```ts
 * // результаты ВПР, ОГЭ и ЕГЭ школ Режа за 2021–2024 годы
 * const packed = packResults(dataset.results ?? []);
 * packed.size //=> 279
 * unpackResult(packed, 0) //=> dataset.results[0]
 * ```
 * @category Model
 */
export function packResults(rows: readonly AssessmentResult[]): PackedResults {
  const n = rows.length;
  const dict = (): { list: string[]; index: Map<string, number> } => ({ list: [], index: new Map() });
  const schools = dict();
  const procedures = dict();
  const subjects = dict();
  const code = (d: { list: string[]; index: Map<string, number> }, v: string): number => {
    let i = d.index.get(v);
    if (i === undefined) {
      i = d.list.length;
      d.list.push(v);
      d.index.set(v, i);
    }
    return i;
  };
  const school = new Int32Array(n);
  const year = new Uint16Array(n);
  const procedure = new Uint8Array(n);
  const subject = new Uint32Array(n);
  const grade = new Uint8Array(n);
  const participants = new Int32Array(n);
  const marks = new Int32Array(n * 4);
  const belowMinimum = new Int32Array(n);
  const mean = new Float64Array(n);
  const moreStatsAt = new Uint32Array(n);
  let more = 0;
  for (const r of rows) if (r.median !== undefined || r.mode !== undefined || r.min !== undefined || r.max !== undefined) more++;
  const moreStats = new Float64Array(4 * more);
  more = 0;
  const extras = new Map<number, AssessmentResult>();
  for (let i = 0; i < n; i++) {
    const r = rows[i] as AssessmentResult;
    school[i] = code(schools, r.schoolId);
    year[i] = r.year;
    procedure[i] = code(procedures, r.procedure);
    subject[i] = code(subjects, r.subject);
    grade[i] = r.grade;
    participants[i] = r.participants ?? -1;
    const m = r.marks;
    for (let k = 0; k < 4; k++) marks[4 * i + k] = m === undefined ? -1 : (m[MARK_KEYS[k] as '2'] ?? -1);
    belowMinimum[i] = r.belowMinimum ?? -1;
    mean[i] = r.mean ?? Number.NaN;
    if (r.median !== undefined || r.mode !== undefined || r.min !== undefined || r.max !== undefined) {
      for (let k = 0; k < 4; k++) moreStats[4 * more + k] = r[MORE_KEYS[k] as 'median'] ?? Number.NaN;
      moreStatsAt[i] = ++more;
    }
    for (const key in r) {
      if (!COLUMN_KEYS.has(key) && (r as Record<string, unknown>)[key] !== undefined) {
        extras.set(i, r);
        break;
      }
    }
    if (m !== undefined && MARK_KEYS.some((k) => m[k] === undefined)) extras.set(i, r);
  }
  return { size: n, schoolIds: schools.list, procedures: procedures.list, subjects: subjects.list, school, year, procedure, subject, grade, participants, marks, belowMinimum, mean, moreStatsAt, moreStats, extras };
}

/**
 * Turns one packed row back into an `AssessmentResult`, exactly as it was packed.
 *
 * @param packed - The packed results.
 * @param i - The row index (0 ≤ i < size).
 * @returns The row.
 * @throws {@link ShnorError} `INVALID_OPTION` for an index out of range.
 * @example
 * ```ts
 * const row = dataset.results[0]; // строка результатов ВПР одной школы Режа
 * unpackResult(packResults([row]), 0) //=> row
 * ```
 * @category Model
 */
export function unpackResult(packed: PackedResults, i: number): AssessmentResult {
  if (!Number.isInteger(i) || i < 0 || i >= packed.size) {
    throw invalidOptionError({ option: 'i', value: i, expected: { ru: `целое число от 0 до ${packed.size - 1}`, en: `an integer from 0 to ${packed.size - 1}` } });
  }
  const extra = packed.extras.get(i);
  if (extra !== undefined) return extra;
  const r: Record<string, unknown> = {
    schoolId: packed.schoolIds[packed.school[i] as number],
    year: packed.year[i],
    procedure: packed.procedures[packed.procedure[i] as number],
    subject: packed.subjects[packed.subject[i] as number],
    grade: packed.grade[i],
  };
  const p = packed.participants[i] as number;
  if (p >= 0) r.participants = p;
  if ((packed.marks[4 * i] as number) >= 0) {
    r.marks = Object.fromEntries(MARK_KEYS.map((k, j) => [k, packed.marks[4 * i + j]]));
  }
  const b = packed.belowMinimum[i] as number;
  if (b >= 0) r.belowMinimum = b;
  const mean = packed.mean[i] as number;
  if (!Number.isNaN(mean)) r.mean = mean;
  const at = packed.moreStatsAt[i] as number;
  if (at > 0) {
    MORE_KEYS.forEach((k, j) => {
      const v = packed.moreStats[4 * (at - 1) + j] as number;
      if (!Number.isNaN(v)) r[k] = v;
    });
  }
  return r as AssessmentResult;
}

/**
 * One packed row read in place, as an `AssessmentResult` (for rows without `extras`): a cursor that
 * `at(i)` moves, so that reading millions of rows makes no object per row. It is valid until it is
 * moved: a reader copies the values it keeps, never the row. Internal.
 *
 * @internal
 */
export class PackedRow {
  private i = 0;
  private readonly p: PackedResults;
  private readonly m: PackedMarks;

  /** @param packed - The columns read. */
  constructor(packed: PackedResults) {
    this.p = packed;
    this.m = new PackedMarks(packed);
  }

  /**
   * Moves to row `i` (one without extras).
   *
   * @param i - The row.
   * @returns The cursor, as a row.
   */
  at(i: number): AssessmentResult {
    this.i = i;
    return this as unknown as AssessmentResult;
  }

  /** The school's id. */
  get schoolId(): string {
    return this.p.schoolIds[this.p.school[this.i] as number] as string;
  }
  /** The year. */
  get year(): number {
    return this.p.year[this.i] as number;
  }
  /** The procedure. */
  get procedure(): string {
    return this.p.procedures[this.p.procedure[this.i] as number] as string;
  }
  /** The subject. */
  get subject(): string {
    return this.p.subjects[this.p.subject[this.i] as number] as string;
  }
  /** The grade. */
  get grade(): number {
    return this.p.grade[this.i] as number;
  }
  /** Participants, when given. */
  get participants(): number | undefined {
    const v = this.p.participants[this.i] as number;
    return v < 0 ? undefined : v;
  }
  /** Below the minimum, when given. */
  get belowMinimum(): number | undefined {
    const v = this.p.belowMinimum[this.i] as number;
    return v < 0 ? undefined : v;
  }
  /** The marks, when given. */
  get marks(): AssessmentResult['marks'] {
    return (this.p.marks[4 * this.i] as number) < 0 ? undefined : (this.m.at(this.i) as AssessmentResult['marks']);
  }
  /** The mean, when given. */
  get mean(): number | undefined {
    const v = this.p.mean[this.i] as number;
    return Number.isNaN(v) ? undefined : v;
  }
  /** The median, when given. */
  get median(): number | undefined {
    return this.more(0);
  }
  /** The mode, when given. */
  get mode(): number | undefined {
    return this.more(1);
  }
  /** The lowest score, when given. */
  get min(): number | undefined {
    return this.more(2);
  }
  /** The highest score, when given. */
  get max(): number | undefined {
    return this.more(3);
  }
  private more(k: number): number | undefined {
    // moreStatsAt not read when no row has these (its pages, never written, stay unmapped)
    const at = this.p.moreStats.length === 0 ? 0 : (this.p.moreStatsAt[this.i] as number);
    if (at === 0) return undefined;
    const v = this.p.moreStats[4 * (at - 1) + k] as number;
    return Number.isNaN(v) ? undefined : v;
  }
}

/** The marks of a packed row, read in place. */
class PackedMarks {
  private i = 0;
  constructor(private readonly p: PackedResults) {}
  at(i: number): this {
    this.i = i;
    return this;
  }
  get '2'(): number {
    return this.p.marks[4 * this.i] as number;
  }
  get '3'(): number {
    return this.p.marks[4 * this.i + 1] as number;
  }
  get '4'(): number {
    return this.p.marks[4 * this.i + 2] as number;
  }
  get '5'(): number {
    return this.p.marks[4 * this.i + 3] as number;
  }
}

/** Each column of packed results: its typed array, and how many numbers it holds a row. */
const COLUMNS: readonly (readonly [keyof PackedResults, new (n: number) => ArrayLike<number>, number])[] = [
  ['school', Int32Array, 1],
  ['year', Uint16Array, 1],
  ['procedure', Uint8Array, 1],
  ['subject', Uint32Array, 1],
  ['grade', Uint8Array, 1],
  ['participants', Int32Array, 1],
  ['marks', Int32Array, 4],
  ['belowMinimum', Int32Array, 1],
  ['mean', Float64Array, 1],
  ['moreStatsAt', Uint32Array, 1],
];

/**
 * Checks that packed results made elsewhere (by hand, or by an older version of the library) have
 * the columns of {@link PackedResults}: each a typed array of its kind with a value for every row.
 * Internal.
 *
 * @param packed - The packed results.
 * @throws `ShnorError` `INVALID_OPTION` naming the first column that is missing or of another kind
 *   (packed results of the old shape, with `stats`, are told that it became `mean`, `moreStatsAt`
 *   and `moreStats`).
 * @internal
 */
export function checkPackedResults(packed: PackedResults): void {
  const p = packed as unknown as Record<string, unknown>;
  if (!Number.isInteger(p.size) || (p.size as number) < 0) throw invalidOptionError({ option: 'packed.size', value: p.size, expected: { ru: 'число строк: целое, не меньше 0', en: 'the number of rows: an integer, 0 or more' } });
  if ('stats' in p && !('mean' in p)) {
    throw invalidOptionError({ option: 'packed.stats', value: 'stats', expected: { ru: 'набор столбцов «mean», «moreStatsAt» и «moreStats» (столбец «stats» заменён ими; упакуйте результаты заново функцией «packResults»)', en: 'the columns mean, moreStatsAt and moreStats (they replace stats; pack the results again with packResults)' } });
  }
  const size = p.size as number;
  const rows = { ru: `${formatInSentence(size)} ${pluralForm(size, ['строка', 'строки', 'строк'])}`, en: `${formatInSentence(size, 'en')} ${pluralForm(size, ['row', 'rows'], 'en')}` };
  const what = (v: unknown): string => (ArrayBuffer.isView(v) ? `${v.constructor.name}(${(v as unknown as ArrayLike<number>).length})` : v === undefined ? 'undefined' : typeof v);
  for (const [name, kind, per] of COLUMNS) {
    const column = p[name];
    // moreStatsAt may be empty when no row has a median, mode, min or max
    const ok = column instanceof kind && ((column as ArrayLike<number>).length >= per * size || (name === 'moreStatsAt' && (p.moreStats as ArrayLike<number> | undefined)?.length === 0));
    if (!ok) throw invalidOptionError({ option: `packed.${name}`, value: what(column), expected: { ru: `«${kind.name}» с ${per === 1 ? 'одним числом' : `${per} числами`} на строку (${rows.ru})`, en: `an ${kind.name} of ${per === 1 ? 'one number' : `${per} numbers`} a row (${rows.en})` } });
  }
  if (!(p.moreStats instanceof Float64Array)) throw invalidOptionError({ option: 'packed.moreStats', value: what(p.moreStats), expected: { ru: '«Float64Array» (медиана, мода, минимум, максимум строк, где они есть)', en: 'a Float64Array (median, mode, min, max of the rows that have them)' } });
}

const PACKED = Symbol('shnor.packedResults');

/**
 * A dataset whose results are packed columns: `results` is unpacked into objects only when read
 * (once, then kept); the library's national paths read the columns instead. Internal.
 *
 * @param frame - The dataset without results (or with results of its own, which come after the packed ones).
 * @param packed - The results.
 * @returns The dataset.
 * @internal
 */
export function withPackedResults(frame: Dataset, packed: PackedResults): Dataset {
  const { results: own, ...rest } = frame;
  const ds = { ...rest } as Dataset;
  let rows: AssessmentResult[] | undefined;
  Object.defineProperty(ds, 'results', {
    enumerable: true,
    configurable: true,
    get(): AssessmentResult[] {
      if (rows === undefined) {
        rows = new Array<AssessmentResult>(packed.size);
        for (let i = 0; i < packed.size; i++) rows[i] = unpackResult(packed, i);
        if (own !== undefined) rows.push(...own);
      }
      return rows;
    },
  });
  if (own === undefined || own.length === 0) Object.defineProperty(ds, PACKED, { value: packed, enumerable: false });
  return ds;
}

/**
 * The packed results of a dataset made by {@link withPackedResults}, or `undefined`. Internal.
 *
 * @param dataset - A dataset.
 * @returns Its packed results.
 * @internal
 */
export function packedResultsOf(dataset: Dataset): PackedResults | undefined {
  return (dataset as unknown as { [PACKED]?: PackedResults })[PACKED];
}
