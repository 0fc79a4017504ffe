import type { Dataset } from '../model/dataset.js';
import type { ValidationIssue } from '../model/validation.js';

/**
 * An issue in an input file: the issue as `parseDatasetPartial` reports it (code, path, value,
 * message in Russian and English), placed in the file — which file, which line (the row of a CSV
 * file or of a sheet, 1-based, counting the header) and which column (the field's column name as in
 * the file).
 */
export interface FileIssue extends ValidationIssue {
  /** The file the issue is in. */
  readonly file: string;
  /** The sheet of a workbook. */
  readonly sheet?: string;
  /** The line of a JSON Lines or CSV file, the row of a sheet (1-based); `null` for a JSON file, which has no lines per record. */
  readonly line: number | null;
  /** The column (a CSV header, a sheet column, a JSON field); `null` for an issue about a whole record (a duplicate). */
  readonly column: string | null;
}

/** A dataset read from a file: every valid record kept, every issue placed in the file. */
export interface PartialFileDataset {
  /** The dataset with the valid records only; `null` when its header (format, id, name, territory, years) is invalid or missing. */
  readonly dataset: Dataset | null;
  /** Every issue, with file, line and column. */
  readonly issues: readonly FileIssue[];
  /** Warnings that reject nothing: counts rebuilt from percents (one per column, and one per row where the count is ambiguous), columns skipped. */
  readonly warnings: readonly FileIssue[];
  /** How many records of each collection were kept and rejected (records that could not even be read count as rejected). */
  readonly counts: Readonly<Record<string, { readonly kept: number; readonly rejected: number }>>;
}

/** Progress of a reading, for a progress line. */
export interface ReadProgress {
  /** Bytes of the file read so far (compressed bytes for a gzip file). */
  readonly bytes: number;
  /** The file's size in bytes. */
  readonly totalBytes: number;
  /** Records read so far. */
  readonly records: number;
}

/** Options shared by the readers. */
export interface ReadOptions {
  /** Called now and then while reading (about every 64 MB of input and at the end). */
  readonly onProgress?: (p: ReadProgress) => void;
  /**
   * Check before reading a plain (not gzip) JSON Lines or CSV file that its records are expected to
   * fit in this process's heap, and throw a clear error if not; `true` by default.
   */
  readonly checkMemory?: boolean;
}
