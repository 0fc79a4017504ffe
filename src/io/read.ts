import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type Dataset, parseDatasetPartial } from '../model/dataset.js';
import { type ReadCsvDatasetOptions, readCsvDataset } from './csv.js';
import { readExcelDataset } from './excel.js';
import { readColumnMapping } from './mapping.js';
import { readJsonLinesDataset } from './jsonLines.js';
import { MAX_JSON_BYTES, readJsonObjectFile } from './_lib/jsonFile.js';
import { fileSize, isGzipFile, readAllBytes } from './_lib/source.js';
import type { FileIssue, PartialFileDataset } from './types.js';
import { framePathOf, writeCsvDataset, writeExcelDataset, writeJsonLinesDataset } from './write.js';

/** The input formats, by file name. */
export type DatasetFileFormat = 'json' | 'jsonl' | 'csv' | 'xlsx';

/**
 * The format of a dataset file from its name: `.json`, `.jsonl` (also `.ndjson`), `.csv`, `.xlsx`,
 * each also with `.gz`.
 *
 * @param path - A file name.
 * @returns The format, or `null` for a name of no known format.
 * @example
 * ```ts
 * datasetFileFormat('впр-2024.csv.gz') //=> 'csv'
 * datasetFileFormat('реж.xlsx')        //=> 'xlsx'
 * ```
 */
export function datasetFileFormat(path: string): DatasetFileFormat | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** Options of {@link readDatasetFile}. */
export type ReadDatasetFileOptions = ReadCsvDatasetOptions;

/**
 * Reads a dataset from a file of any input format, chosen by its name: JSON (`.json`, read in
 * chunks; as one string when the chunked reader is not sure of it — not valid JSON, not an object, a
 * byte-order mark, a gzip file that unpacks past the size limit — to word its error as before), JSON Lines (`.jsonl`, streamed), CSV of
 * results with its JSON frame (`.csv`, streamed), an Excel workbook (`.xlsx`); each may be gzipped
 * (`.gz`). Every valid record is kept and every issue placed in the file (line and column), exactly
 * as `parseDatasetPartial` judges the records.
 *
 * @param path - The file.
 * @param options - For CSV: the frame and a column mapping; for JSON Lines and CSV: a progress callback.
 * @returns The dataset with the valid records, issues, warnings and counts.
 * @throws `Error` for a file name of no known format, a file that cannot be opened, a CSV without
 *   its frame, or a JSON file larger than a string can hold (use JSON Lines for national data).
 * @example
 * ```ts
 * await writeJsonLinesDataset(dataset, 'реж-2024.jsonl.gz'); // набор Режа, сжатый JSON Lines
 * const { dataset: read, issues } = await readDatasetFile('реж-2024.jsonl.gz');
 * issues //=> []
 * read.schools.length //=> 16
 * ```
 */
export async function readDatasetFile(path: string, options: ReadDatasetFileOptions = {}): Promise<PartialFileDataset> {
  const format = datasetFileFormat(path);
  switch (format) {
    case 'jsonl':
      return readJsonLinesDataset(path, options);
    case 'csv':
      return readCsvDataset(path, options);
    case 'xlsx':
      return readExcelDataset(path, options.mapping === undefined ? {} : { mapping: readColumnMapping(options.mapping) });
    case 'json': {
      // a plain file too large is refused before it is read; a gzip file once it is unpacked
      const size = isGzipFile(path) ? 0 : fileSize(path);
      // read in chunks, element by element, when the file is an object of valid JSON (the same value
      // as JSON.parse of the whole text); anything else is read whole, which words its error
      const streamed = size >= MAX_JSON_BYTES ? null : await readJsonObjectFile(path);
      let raw: unknown;
      if (streamed !== null) raw = streamed.value;
      else {
        const bytes = size >= MAX_JSON_BYTES ? null : await readAllBytes(path);
        if (bytes === null || bytes.length >= MAX_JSON_BYTES) {
          throw new Error(`${path}: ${bytes?.length ?? size} байт — JSON такого размера не читается целиком; запишите набор в JSON Lines (shnor convert) / too large for one JSON string; convert to JSON Lines`);
        }
        try {
          raw = JSON.parse(bytes.toString('utf8')) as unknown;
        } catch (e) {
          const issue: FileIssue = { code: 'invalid_json', path: [], received: null, message: { ru: `файл не JSON: ${(e as Error).message}`, en: `the file is not JSON: ${(e as Error).message}` }, file: path, line: null, column: null };
          return { dataset: null, issues: [issue], warnings: [], counts: {} };
        }
      }
      const r = parseDatasetPartial(raw);
      return { dataset: r.dataset, issues: r.issues.map((i) => ({ ...i, file: path, line: null, column: typeof i.path[2] === 'string' ? i.path[2] : typeof i.path[0] === 'string' && i.path.length === 1 ? i.path[0] : null })), warnings: [], counts: r.counts };
    }
    default:
      throw new Error(`${path}: неизвестный формат файла; ожидается .json, .jsonl, .csv или .xlsx (можно .gz) / unknown file format; expected .json, .jsonl, .csv or .xlsx (optionally .gz)`);
  }
}

/**
 * Writes a dataset in the format its name says (`.json`, `.jsonl`, `.csv` with its frame, `.xlsx`;
 * gzipped with `.gz`): the converter behind `shnor convert`.
 *
 * @param dataset - A parsed dataset.
 * @param path - The file to write.
 * @returns The files written.
 * @throws `Error` for a file name of no known format; errors of the writers.
 * @example
 * ```ts
 * // набор Режа как CSV: таблица результатов и рамка с остальным
 * await writeDatasetFile(dataset, 'реж-2024.csv') //=> ['реж-2024.csv', 'реж-2024.frame.json']
 * ```
 */
export async function writeDatasetFile(dataset: Dataset, path: string): Promise<string[]> {
  switch (datasetFileFormat(path)) {
    case 'jsonl':
      await writeJsonLinesDataset(dataset, path);
      return [path];
    case 'csv':
      await writeCsvDataset(dataset, path);
      return [path, framePathOf(path)];
    case 'xlsx':
      await writeExcelDataset(dataset, path);
      return [path];
    case 'json': {
      const text = `${JSON.stringify(dataset)}\n`;
      writeFileSync(path, /\.gz$/i.test(path) ? gzipSync(text) : text);
      return [path];
    }
    default:
      throw new Error(`${path}: неизвестный формат файла; ожидается .json, .jsonl, .csv или .xlsx (можно .gz) / unknown file format`);
  }
}
