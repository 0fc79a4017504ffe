/**
 * Records as table rows and back: the columns of a result table (CSV long form, a sheet of a
 * workbook) and of the other collections' sheets. Internal.
 *
 * A column is a field of the record (`schoolId`, `participants`), one mark of the distribution
 * (`marks.2` … `marks.5`), a count given as a percent of the participants (`marks.2%`,
 * `belowMinimum%`, `passed%`: rebuilt into a count, with a warning), or any other field as JSON text
 * (`scoreBands:json`, `name:json`). An empty cell is an absent field.
 */
import { DATASET_COLLECTIONS, type DatasetCollection } from '../../model/dataset.js';
import type { FileIssue } from '../types.js';

/** The columns of a result row, in the order the converter writes them. */
const RESULT_COLUMNS = [
  'schoolId',
  'year',
  'procedure',
  'subject',
  'grade',
  'stage',
  'scoreKind',
  'participants',
  'marks.2',
  'marks.3',
  'marks.4',
  'marks.5',
  'belowMinimum',
  'passed',
  'winners',
  'prizeWinners',
  'mean',
  'median',
  'mode',
  'min',
  'max',
  'provenance',
] as const;

const NUMERIC = new Set(['year', 'grade', 'participants', 'belowMinimum', 'passed', 'winners', 'prizeWinners', 'mean', 'median', 'mode', 'min', 'max', 'pupils', 'minScore', 'mark', 'score']);
const TEXT = new Set(['id', 'schoolId', 'territoryId', 'parentId', 'pupilId', 'subject', 'procedure']);
const PERCENT_OF = new Set(['marks.2', 'marks.3', 'marks.4', 'marks.5', 'belowMinimum', 'passed']);

/** How a column's cells become a field. */
export type ColumnSpec =
  | { readonly kind: 'field'; readonly field: string; readonly as: 'number' | 'text' | 'auto'; readonly header: string; readonly recode?: ReadonlyMap<string, string | number> }
  | { readonly kind: 'mark'; readonly mark: '2' | '3' | '4' | '5'; readonly header: string }
  | { readonly kind: 'percent'; readonly target: string; readonly header: string }
  | { readonly kind: 'json'; readonly field: string; readonly header: string }
  | { readonly kind: 'constant'; readonly field: string; readonly value: unknown; readonly header: string };

/** A column mapping: the file's headers → the columns above, columns to ignore, fixed values. */
export interface ColumnMapping {
  /** The file's header → a column name of the format (`"Код ОО": "schoolId"`, `"% «2»": "marks.2%"`). */
  readonly columns?: Readonly<Record<string, string>>;
  /** Headers to skip without a warning (a school's name, a municipality's name, …). */
  readonly ignore?: readonly string[];
  /** Fields with one value for every row (`{ "procedure": "vpr", "year": 2024 }`). */
  readonly values?: Readonly<Record<string, string | number | boolean>>;
  /**
   * Values of a field written otherwise in the file, by field (a column of the format, after
   * renaming): `{ "subject": { "Математика": "math", "Русский язык": "russian" }, "procedure": { "ВПР": "vpr" } }`.
   * A cell is matched as written, spaces around it trimmed; a cell not listed is read as it is (and
   * reported when it is not a valid value).
   */
  readonly recode?: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
  /** The CSV separator; guessed from the header line (`,`, `;` or a tab) when absent. */
  readonly delimiter?: string;
  /** Numbers written with a decimal comma (`3,82`); `true` by default when the separator is `;` or a tab. */
  readonly decimalComma?: boolean;
}

/** Compiles a header row into column specs; `null` for a column that is skipped. */
export function compileColumns(
  headers: readonly string[],
  mapping: ColumnMapping | undefined,
  numericAware: boolean,
  known: ReadonlySet<string>,
): { specs: (ColumnSpec | null)[]; unknown: string[] } {
  const map = mapping?.columns ?? {};
  const ignore = new Set(mapping?.ignore ?? []);
  const specs: (ColumnSpec | null)[] = [];
  const unknown: string[] = [];
  for (const raw of headers) {
    const header = String(raw ?? '').trim();
    if (header === '' || ignore.has(header)) {
      specs.push(null);
      continue;
    }
    const name = Object.prototype.hasOwnProperty.call(map, header) ? (map[header] as string) : header;
    let spec = specOf(name, header, numericAware);
    const recode = spec.kind === 'field' && mapping?.recode !== undefined && Object.hasOwn(mapping.recode, spec.field) ? mapping.recode[spec.field] : undefined;
    if (recode !== undefined && spec.kind === 'field') spec = { ...spec, recode: new Map(Object.entries(recode)) };
    specs.push(spec);
    const field = spec.kind === 'mark' ? 'marks' : spec.kind === 'percent' ? spec.target.replace(/\.[2-5]$/, '') : spec.field;
    if (!known.has(field)) unknown.push(header);
  }
  return { specs, unknown };
}

function specOf(name: string, header: string, numericAware: boolean): ColumnSpec {
  if (name.endsWith(':json')) return { kind: 'json', field: name.slice(0, -5), header };
  if (name.endsWith('%') && PERCENT_OF.has(name.slice(0, -1))) return { kind: 'percent', target: name.slice(0, -1), header };
  const m = /^marks\.([2-5])$/.exec(name);
  if (m !== null) return { kind: 'mark', mark: m[1] as '2', header };
  const as = NUMERIC.has(name) ? 'number' : TEXT.has(name) ? 'text' : numericAware ? 'text' : 'auto';
  return { kind: 'field', field: name, as, header };
}

/** The specs of a mapping's fixed values, added to every row. */
export function constantSpecs(mapping: ColumnMapping | undefined): ColumnSpec[] {
  return Object.entries(mapping?.values ?? {}).map(([field, value]) => ({ kind: 'constant', field, value, header: `(${field})` }));
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A cell as a number when it is one (a decimal comma allowed), else the cell as it is (the schema then reports it). */
export function numberOf(cell: unknown, decimalComma: boolean): unknown {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return cell;
  let t = cell.trim();
  if (decimalComma) t = t.replace(',', '.');
  return NUMBER.test(t) ? Number(t) : cell;
}

/** Digits after the decimal separator of a number as written (for the precision of a percent). */
export function decimalsOf(cell: unknown): number {
  const t = String(cell).trim().replace(',', '.');
  if (/e/i.test(t)) return 6;
  const dot = t.indexOf('.');
  return dot < 0 ? 0 : t.length - dot - 1;
}

/** A count rebuilt from a percent of `n` written with `decimals` digits: the count, and whether it is unique. */
export function countFromPercent(percent: number, n: number, decimals: number): { count: number; candidates: number } {
  const half = 0.5 * 10 ** -decimals;
  const lo = Math.ceil(((percent - half) * n) / 100 - 1e-9);
  const hi = Math.floor(((percent + half) * n) / 100 + 1e-9);
  return { count: Math.round((percent * n) / 100), candidates: Math.max(0, hi - lo + 1) };
}

/** The table of a collection for writing: headers and rows of cells (`null` for an absent field). */
export function tableOf(collection: DatasetCollection, records: readonly Record<string, unknown>[]): { headers: string[]; rows: (string | number | boolean | null)[][] } {
  const columns: { header: string; get: (r: Record<string, unknown>) => string | number | boolean | null }[] = [];
  const seen = new Set<string>();
  if (collection === 'results' || collection === 'territoryResults') {
    const id = collection === 'results' ? 'schoolId' : 'territoryId';
    const used = new Set<string>();
    for (const r of records) for (const k in r) if (r[k] !== undefined) used.add(k);
    for (const name of RESULT_COLUMNS) {
      const field = name === 'schoolId' ? id : name;
      const m = /^marks\.([2-5])$/.exec(name);
      if (m !== null) {
        if (!used.has('marks')) continue;
        const k = m[1] as string;
        columns.push({ header: name, get: (r) => (r.marks as Record<string, number> | undefined)?.[k] ?? null });
        continue;
      }
      if (!used.has(field)) continue;
      columns.push({ header: field, get: (r) => (r[field] as string | number | undefined) ?? null });
      seen.add(field);
    }
    seen.add('marks');
    for (const k of used) {
      if (seen.has(k)) continue;
      columns.push({ header: `${k}:json`, get: (r) => (r[k] === undefined ? null : JSON.stringify(r[k])) });
    }
    return { headers: columns.map((c) => c.header), rows: records.map((r) => columns.map((c) => c.get(r))) };
  }
  const keys: string[] = [];
  const structured = new Set<string>();
  for (const r of records) {
    for (const k in r) {
      const v = r[k];
      if (v === undefined) continue;
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
      if (typeof v === 'object' && v !== null) structured.add(k);
    }
  }
  for (const k of keys) {
    if (structured.has(k)) columns.push({ header: `${k}:json`, get: (r) => (r[k] === undefined ? null : JSON.stringify(r[k])) });
    else columns.push({ header: k, get: (r) => (r[k] as string | number | boolean | undefined) ?? null });
  }
  return { headers: columns.map((c) => c.header), rows: records.map((r) => columns.map((c) => c.get(r))) };
}

/** The fields a record of a collection may have. */
export function fieldsOf(collection: DatasetCollection): ReadonlySet<string> {
  // an object schema has a shape; a union of them (the stated figures of `reported`) has the fields of every kind
  const s = DATASET_COLLECTIONS[collection] as unknown as { shape?: Record<string, unknown>; options?: readonly { shape: Record<string, unknown> }[] };
  const shapes = s.shape !== undefined ? [s.shape] : (s.options ?? []).map((o) => o.shape);
  return new Set(shapes.flatMap((x) => Object.keys(x)));
}

/** The warning for a CSV column that is not part of the format (its values will be rejected as unknown fields). */
export function unknownColumnWarning(header: string, file: string, line: number | null): FileIssue {
  return {
    code: 'unknown_column',
    path: [header],
    received: header,
    message: { ru: `столбец «${header}» не относится к формату: каждое его значение будет отклонено как неизвестное поле; переименуйте или пропустите его в файле соответствия столбцов`, en: `column "${header}" is not part of the format: each value is rejected as an unknown field; rename or ignore it in a column mapping` },
    file,
    line,
    column: header,
  };
}
