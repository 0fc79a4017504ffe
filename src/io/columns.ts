import { parse } from 'csv-parse';
import type { AssessmentResult } from '../model/results.js';
import type { PackedResults } from '../model/packResults.js';
import { type Dataset, parseRecords } from '../model/dataset.js';
import { type RowReader, rebuiltWarnings, recordOf } from './_lib/rows.js';
import { openInput } from './_lib/source.js';
import { type ColumnMapping, compileColumns, constantSpecs, fieldsOf } from './_lib/tables.js';
import { datasetFileFormat, readDatasetFile } from './read.js';
import type { FileIssue, PartialFileDataset } from './types.js';

/** What {@link readResultColumns} gives: the results as typed columns, everything else as a dataset. */
export interface ResultColumns {
  /** The valid results, packed (the form of `packResults`): about 80 bytes a row. */
  readonly packed: PackedResults;
  /** The line of each packed row in its file. */
  readonly lines: Uint32Array;
  /** The rest of the dataset (header, territories, schools, other collections), without results. */
  readonly frame: PartialFileDataset;
  /** Issues of the results, at their line and column. */
  readonly issues: readonly FileIssue[];
  /** Warnings of the results (counts rebuilt from percents). */
  readonly warnings: readonly FileIssue[];
  /** Results kept and rejected. */
  readonly counts: { readonly kept: number; readonly rejected: number };
}

const MARKS = ['2', '3', '4', '5'] as const;
const STATS = ['mean', 'median', 'mode', 'min', 'max'] as const;
const COLUMN_KEYS = new Set(['schoolId', 'year', 'procedure', 'subject', 'grade', 'participants', 'marks', 'belowMinimum', ...STATS]);

/** Growable typed columns of result rows. */
class Columns {
  size = 0;
  private cap = 1 << 16;
  school = new Int32Array(this.cap);
  year = new Uint16Array(this.cap);
  procedure = new Uint8Array(this.cap);
  subject = new Uint32Array(this.cap);
  grade = new Uint8Array(this.cap);
  participants = new Int32Array(this.cap);
  marks = new Int32Array(this.cap * 4);
  belowMinimum = new Int32Array(this.cap);
  stats = new Float64Array(this.cap * 5);
  lines = new Uint32Array(this.cap);
  stage = new Uint8Array(this.cap);
  readonly extras = new Map<number, AssessmentResult>();
  readonly dict = { school: new Map<string, number>(), procedure: new Map<string, number>(), subject: new Map<string, number>() };
  readonly keys = new Set<number>();

  private grow(): void {
    this.cap *= 2;
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
    this.stats = g(this.stats, 5);
    this.lines = g(this.lines, 1);
    this.stage = g(this.stage, 1);
  }

  code(d: Map<string, number>, v: string): number {
    let c = d.get(v);
    if (c === undefined) {
      c = d.size;
      d.set(v, c);
    }
    return c;
  }

  /** Adds a valid row; `false` when it repeats an earlier one (same school, year, procedure, subject, grade, stage). */
  add(r: AssessmentResult, line: number): boolean {
    const school = this.code(this.dict.school, r.schoolId);
    const procedure = this.code(this.dict.procedure, r.procedure);
    const subject = this.code(this.dict.subject, r.subject);
    const stage = r.stage === undefined ? 0 : ['school', 'municipal', 'regional', 'final'].indexOf(r.stage) + 1;
    // one number per key: school < 2^22, subject < 2^12, year − 1990 < 2^7, procedure < 2^4, grade < 2^4, stage < 2^3
    const key = ((((school * 4096 + subject) * 128 + (r.year - 1990)) * 16 + procedure) * 16 + r.grade) * 8 + stage;
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.size === this.cap) this.grow();
    const i = this.size++;
    this.school[i] = school;
    this.year[i] = r.year;
    this.procedure[i] = procedure;
    this.subject[i] = subject;
    this.grade[i] = r.grade;
    this.stage[i] = stage;
    this.participants[i] = r.participants ?? -1;
    const m = r.marks;
    for (let k = 0; k < 4; k++) this.marks[4 * i + k] = m === undefined ? -1 : (m[MARKS[k] as '2'] ?? -1);
    this.belowMinimum[i] = r.belowMinimum ?? -1;
    for (let k = 0; k < 5; k++) this.stats[5 * i + k] = r[STATS[k] as 'mean'] ?? Number.NaN;
    this.lines[i] = line;
    let extra = m !== undefined && MARKS.some((k) => m[k] === undefined);
    if (!extra) for (const k in r) if (!COLUMN_KEYS.has(k) && (r as Record<string, unknown>)[k] !== undefined) extra = true;
    if (extra) this.extras.set(i, r);
    return true;
  }
}

/**
 * Reads the results of a national JSON Lines or CSV file straight into typed columns (the packed
 * form of `packResults`, about 80 bytes a row), so that memory is bounded by the columns, not by the
 * file or by a row object per result: each row is read, validated (as `parseDatasetPartial` validates
 * a result: the schema, duplicates, the school known to the frame) and dropped. The other
 * collections are read as a dataset (the frame), without results. For totals, shares and
 * aggregates over millions of rows; identification reads row objects (`readDatasetFile`).
 *
 * @param path - A JSON Lines (`.jsonl`) or CSV (`.csv`, with its frame) file, gzip or not.
 * @param options - For CSV: the frame and a column mapping.
 * @returns The packed results, their lines, the frame, issues, warnings, counts.
 * @throws `Error` for another format, a file that cannot be opened, a CSV without its frame.
 * @example
 * ```ts
 * // результаты ВПР, ОГЭ и ЕГЭ Режа как CSV с рамкой; национальный файл (5 000 000 строк) — так же, около 400 МБ
 * await writeCsvDataset(dataset, 'реж-2024.csv.gz');
 * const { packed, issues } = await readResultColumns('реж-2024.csv.gz');
 * packed.size //=> 279
 * issues //=> []
 * ```
 */
export async function readResultColumns(path: string, options: { readonly frame?: string; readonly mapping?: ColumnMapping } = {}): Promise<ResultColumns> {
  const format = datasetFileFormat(path);
  if (format !== 'csv' && format !== 'jsonl') throw new Error(`${path}: столбцы результатов читаются из .jsonl или .csv / result columns are read from .jsonl or .csv`);
  const cols = new Columns();
  const issues: FileIssue[] = [];
  const warnings: FileIssue[] = [];
  let rejected = 0;
  let frame: PartialFileDataset;
  const schools = new Set<string>();
  // rows are validated in batches by parseRecords (the fast validator, the schema for the others),
  // then packed; the batch's objects are garbage after that
  const BATCH = 4096;
  let batch: unknown[] = [];
  let batchLines: number[] = [];
  let batchColumns: ((f: string) => string) | null = null;
  let index = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    const { valid, issues: found } = parseRecords('results', batch, index);
    const bad = new Set<number>();
    for (const i of found) {
      const at = (i.path[1] as number) - index;
      bad.add(at);
      const field = i.path[2];
      issues.push({ ...i, file: path, line: batchLines[at] ?? null, column: typeof field === 'string' && batchColumns !== null ? batchColumns(field) : null });
    }
    rejected += bad.size;
    let k = 0;
    for (let j = 0; j < batch.length; j++) {
      if (bad.has(j)) continue;
      const r = valid[k++] as AssessmentResult;
      const line = batchLines[j] as number;
      if (!cols.add(r, line)) {
        issues.push({ code: 'duplicate_record', path: ['results', index + j], received: r.schoolId, message: { ru: 'повторная запись: оставлена первая', en: 'duplicate record: the first one is kept' }, file: path, line, column: null });
        rejected++;
      }
    }
    index += batch.length;
    batch = [];
    batchLines = [];
  };
  const take = (row: unknown, line: number, columnOf: (f: string) => string): void => {
    batchColumns = columnOf;
    batch.push(row);
    batchLines.push(line);
    if (batch.length >= BATCH) flush();
  };
  if (format === 'csv') {
    // the frame first: it is the dataset without results
    const { defaultFramePath } = await import('./csv.js');
    const framePath = options.frame ?? defaultFramePath(path);
    if (framePath === null) throw new Error(`нет файла-рамки рядом с ${path} / no frame file beside ${path}`);
    frame = await readDatasetFile(framePath);
    const parser = parse({ delimiter: options.mapping?.delimiter ?? ',', bom: true, relax_column_count: true });
    const input = openInput(path);
    input.pipe(parser);
    let reader: RowReader | null = null;
    let columnOf: (f: string) => string = (f) => f;
    let line = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      line++;
      if (reader === null) {
        const { specs } = compileColumns(record, options.mapping, true, fieldsOf('results'));
        const names = new Map<string, string>();
        for (const s of specs) if (s !== null) names.set(s.kind === 'mark' ? 'marks' : s.kind === 'percent' ? s.target : s.field, s.header);
        columnOf = (f) => names.get(f) ?? f;
        reader = { file: path, specs, constants: constantSpecs(options.mapping), decimalComma: options.mapping?.decimalComma ?? false, rebuilt: new Map(), interned: new Map() };
        continue;
      }
      const rec = recordOf(reader, record, line, (i) => void issues.push(i), (w) => void warnings.push(w));
      if (rec === null) rejected++;
      else take(rec, line, columnOf);
    }
    flush();
    if (reader !== null) warnings.unshift(...rebuiltWarnings(reader, 1));
  } else {
    // JSON Lines: the results into columns, every other line into a frame file read as a dataset
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'shnor-frame-'));
    const other: string[] = [];
    const input = openInput(path);
    input.setEncoding('utf8');
    let rest = '';
    let line = 0;
    const PREFIX = '{"collection":"results",';
    const handle = (text: string): void => {
      line++;
      if (text.startsWith(PREFIX)) {
        let row: unknown;
        try {
          row = JSON.parse(`{${text.slice(PREFIX.length)}`);
        } catch (e) {
          issues.push({ code: 'invalid_json', path: ['results'], received: text.slice(0, 80), message: { ru: `строка не JSON: ${(e as Error).message}`, en: `the line is not JSON: ${(e as Error).message}` }, file: path, line, column: null });
          rejected++;
          return;
        }
        take(row, line, (f) => f);
      } else other.push(text.length === 0 ? '' : text);
    };
    for await (const chunk of input) {
      const text = rest + (chunk as string);
      let start = 0;
      let nl = text.indexOf('\n');
      while (nl >= 0) {
        handle(text.slice(start, nl).replace(/\r$/, ''));
        start = nl + 1;
        nl = text.indexOf('\n', start);
      }
      rest = text.slice(start);
    }
    if (rest.length > 0) handle(rest);
    flush();
    const framePath = join(dir, 'frame.jsonl');
    writeFileSync(framePath, other.join('\n'));
    frame = await readDatasetFile(framePath);
    rmSync(dir, { recursive: true, force: true });
  }
  for (const s of (frame.dataset as Dataset | null)?.schools ?? []) schools.add(s.id);
  // rows of schools the frame does not have are rejected, as parseDatasetPartial rejects them
  const schoolIds = [...cols.dict.school.keys()];
  const known = schoolIds.map((id) => schools.has(id));
  let w = 0;
  for (let i = 0; i < cols.size; i++) {
    if (!known[cols.school[i] as number]) {
      const id = schoolIds[cols.school[i] as number] as string;
      issues.push({ code: 'unknown_school', path: ['results', 'schoolId'], received: id, message: { ru: `школа «${id}» отсутствует в списке schools`, en: `school "${id}" is not in schools` }, file: path, line: cols.lines[i] as number, column: 'schoolId' });
      rejected++;
      continue;
    }
    if (w !== i) {
      cols.school[w] = cols.school[i] as number;
      cols.year[w] = cols.year[i] as number;
      cols.procedure[w] = cols.procedure[i] as number;
      cols.subject[w] = cols.subject[i] as number;
      cols.grade[w] = cols.grade[i] as number;
      cols.participants[w] = cols.participants[i] as number;
      cols.belowMinimum[w] = cols.belowMinimum[i] as number;
      cols.lines[w] = cols.lines[i] as number;
      cols.marks.copyWithin(4 * w, 4 * i, 4 * i + 4);
      cols.stats.copyWithin(5 * w, 5 * i, 5 * i + 5);
      const e = cols.extras.get(i);
      cols.extras.delete(i);
      if (e !== undefined) cols.extras.set(w, e);
    }
    w++;
  }
  const n = w;
  cols.keys.clear();
  const packed: PackedResults = {
    size: n,
    schoolIds,
    procedures: [...cols.dict.procedure.keys()],
    subjects: [...cols.dict.subject.keys()],
    school: cols.school.slice(0, n),
    year: cols.year.slice(0, n),
    procedure: cols.procedure.slice(0, n),
    subject: cols.subject.slice(0, n),
    grade: cols.grade.slice(0, n),
    participants: cols.participants.slice(0, n),
    marks: cols.marks.slice(0, 4 * n),
    belowMinimum: cols.belowMinimum.slice(0, n),
    stats: cols.stats.slice(0, 5 * n),
    extras: cols.extras,
  };
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { packed, lines: cols.lines.slice(0, n), frame, issues, warnings, counts: { kept: n, rejected } };
}
