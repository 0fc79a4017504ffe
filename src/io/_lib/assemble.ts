/**
 * Collects the records read from a file, collection by collection, with where each came from, and
 * validates them all at once with `parseDatasetPartial` so that a file gives exactly the issues the
 * JSON dataset would — each then placed at its line (row) and column in the file. Internal.
 */
import { DATASET_COLLECTIONS, type DatasetCollection, parseDatasetPartial } from '../../model/dataset.js';
import type { ValidationIssue } from '../../model/validation.js';
import type { FileIssue, PartialFileDataset } from '../types.js';

const COLLECTIONS = new Set<string>(Object.keys(DATASET_COLLECTIONS));

/** `true` for the name of a dataset collection. */
export function isCollection(name: string): name is DatasetCollection {
  return COLLECTIONS.has(name);
}

/** Where the records of a collection came from: one line (or sheet row) per record, and how to name a field's column. */
interface Origin {
  readonly file: string;
  readonly sheet?: string;
  /** line (row) of each record, 1-based; `null` when the file has no lines (a JSON frame) */
  readonly lines: number[] | null;
  /** the column's name in the file for a field (a mapped header, a sheet column) */
  readonly columnOf: (field: string) => string;
}

const same = (field: string): string => field;

/** An accumulator of a dataset read from one or more files. */
export class DatasetCollector {
  /** header fields (format, id, name, territoryId, years, provenanceNote, and anything unknown) */
  readonly header: Record<string, unknown> = {};
  private headerOrigin: { file: string; sheet?: string; line: number | null; lineOf?: Map<string, number> } | null = null;
  private readonly rows = new Map<string, unknown[]>();
  private readonly origins = new Map<string, Origin>();
  /** issues found while reading (bad JSON, a bad cell, a record of no collection), already placed */
  readonly readIssues: FileIssue[] = [];
  /** warnings (nothing rejected) */
  readonly warnings: FileIssue[] = [];
  /** records that never reached a collection, by the collection they named (or `(none)`) */
  readonly unread: Map<string, number> = new Map<string, number>();

  /** Sets the header fields, from `file` (at `line`, or each field at its own row). */
  setHeader(fields: Record<string, unknown>, origin: { file: string; sheet?: string; line: number | null; lineOf?: Map<string, number> }): void {
    Object.assign(this.header, fields);
    this.headerOrigin = origin;
  }

  /** Declares where the next records of a collection come from. All of a collection's records come from one file. */
  origin(collection: DatasetCollection, origin: { file: string; sheet?: string; withLines: boolean; columnOf?: (field: string) => string }): void {
    if (!this.origins.has(collection)) {
      this.origins.set(collection, { file: origin.file, ...(origin.sheet === undefined ? {} : { sheet: origin.sheet }), lines: origin.withLines ? [] : null, columnOf: origin.columnOf ?? same });
    }
  }

  /** Adds one record of a collection, read at `line`. */
  add(collection: DatasetCollection, record: unknown, line: number): void {
    let list = this.rows.get(collection);
    if (list === undefined) {
      list = [];
      this.rows.set(collection, list);
    }
    list.push(record);
    this.origins.get(collection)?.lines?.push(line);
  }

  /**
   * Where the records of a collection go, for a reader adding many in a row: `records` and, when the
   * collection's origin has lines, `lines` (push a record and its line together). Its origin must
   * have been declared.
   */
  sink(collection: DatasetCollection): { readonly records: unknown[]; readonly lines: number[] | null } {
    let list = this.rows.get(collection);
    if (list === undefined) {
      list = [];
      this.rows.set(collection, list);
    }
    return { records: list, lines: this.origins.get(collection)?.lines ?? null };
  }

  /** Adds a whole collection (from a JSON frame, where records have no lines). */
  addAll(collection: string, records: unknown, file: string): void {
    if (isCollection(collection) && Array.isArray(records)) {
      this.origin(collection, { file, withLines: false });
      for (const r of records) {
        let list = this.rows.get(collection);
        if (list === undefined) {
          list = [];
          this.rows.set(collection, list);
        }
        list.push(r);
      }
    } else this.header[collection] = records;
  }

  /** How many records of a collection have been read. */
  count(collection: DatasetCollection): number {
    return this.rows.get(collection)?.length ?? 0;
  }

  /** Counts a record that could not be read (its issue is recorded separately). */
  lost(collection: string): void {
    this.unread.set(collection, (this.unread.get(collection) ?? 0) + 1);
  }

  /** Records an issue found while reading. */
  issue(i: FileIssue): void {
    this.readIssues.push(i);
  }

  /** Validates everything read and places every issue in the file. */
  finish(): PartialFileDataset {
    const input: Record<string, unknown> = { ...this.header };
    for (const [name, list] of this.rows) input[name] = list;
    const parsed = parseDatasetPartial(input);
    this.rows.clear(); // the kept records live on in the dataset; the rejected ones are released
    const issues: FileIssue[] = [...this.readIssues, ...parsed.issues.map((i) => this.place(i))];
    const counts: Record<string, { kept: number; rejected: number }> = {};
    for (const [k, c] of Object.entries(parsed.counts)) counts[k] = { kept: c.kept, rejected: c.rejected };
    // records rejected while reading (bad JSON, bad cells) count as rejected too: nothing is lost silently
    for (const [k, n] of this.unread) {
      const c = (counts[k] ??= { kept: 0, rejected: 0 });
      c.rejected += n;
    }
    return { dataset: parsed.dataset, issues, warnings: this.warnings, counts };
  }

  private place(i: ValidationIssue): FileIssue {
    const [first, index, field] = i.path;
    if (typeof first === 'string' && isCollection(first) && typeof index === 'number') {
      const o = this.origins.get(first);
      if (o !== undefined) {
        const line = o.lines === null ? null : (o.lines[index] ?? null);
        const column = typeof field === 'string' ? o.columnOf(field) : null;
        return { ...i, file: o.file, ...(o.sheet === undefined ? {} : { sheet: o.sheet }), line, column };
      }
    }
    const h = this.headerOrigin;
    const column = typeof first === 'string' ? first : null;
    if (h === null) return { ...i, file: '', line: null, column };
    const line = column !== null && h.lineOf?.has(column) ? (h.lineOf.get(column) as number) : h.line;
    return { ...i, file: h.file, ...(h.sheet === undefined ? {} : { sheet: h.sheet }), line, column };
  }
}
