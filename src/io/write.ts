import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import writeXlsxFile from 'write-excel-file/node';
import { DATASET_COLLECTIONS, type Dataset, type DatasetCollection } from '../model/dataset.js';
import { finish, openOutput, writeText } from './_lib/source.js';
import { tableOf } from './_lib/tables.js';
import { HEADER_SHEET } from './excel.js';

const HEADER_KEYS = ['format', 'id', 'name', 'territoryId', 'years', 'provenanceNote'] as const;
const BATCH = 4096;

function headerOf(dataset: Dataset): Record<string, unknown> {
  const h: Record<string, unknown> = {};
  for (const k of HEADER_KEYS) if (dataset[k] !== undefined) h[k] = dataset[k];
  return h;
}

function collectionsOf(dataset: Dataset): [DatasetCollection, readonly Record<string, unknown>[]][] {
  const out: [DatasetCollection, readonly Record<string, unknown>[]][] = [];
  for (const name of Object.keys(DATASET_COLLECTIONS) as DatasetCollection[]) {
    const rows = dataset[name] as readonly Record<string, unknown>[] | undefined;
    if (rows !== undefined && rows.length > 0) out.push([name, rows]);
  }
  return out;
}

/**
 * Writes a dataset as JSON Lines: the header line (`"collection":"dataset"`), then every record of
 * every collection on its own line, tagged with its collection (territories and schools first).
 * Gzipped when the name ends in `.gz`.
 *
 * @param dataset - A parsed dataset.
 * @param path - The file to write (`.jsonl` or `.jsonl.gz`).
 * @returns When the file is written.
 * @throws `Error` from the file system when the file cannot be written.
 * @example
 * ```ts
 * await writeJsonLinesDataset(dataset, 'реж-2024.jsonl.gz');
 * // {"collection":"dataset","format":"shnor.dataset/1","id":"sample-rezh-2021-2024",…}
 * // {"collection":"schools","id":"rezh-1","name":"МБОУ СОШ № 1",…}
 * (await readJsonLinesDataset('реж-2024.jsonl.gz')).dataset.results.length //=> 279
 * ```
 */
export async function writeJsonLinesDataset(dataset: Dataset, path: string): Promise<void> {
  const out = openOutput(path);
  await writeText(out.stream, `${JSON.stringify({ collection: 'dataset', ...headerOf(dataset) })}\n`);
  for (const [name, rows] of collectionsOf(dataset)) {
    const prefix = `{"collection":${JSON.stringify(name)}`;
    for (let i = 0; i < rows.length; i += BATCH) {
      let text = '';
      for (const r of rows.slice(i, i + BATCH)) {
        const body = JSON.stringify(r);
        text += body === '{}' ? `${prefix}}\n` : `${prefix},${body.slice(1)}\n`;
      }
      await writeText(out.stream, text);
    }
  }
  await finish(out);
}

function csvCell(v: string | number | boolean | null, delimiter: string): string {
  if (v === null) return '';
  const s = String(v);
  return s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * The frame file written beside a CSV file.
 *
 * @param csvPath - The CSV file.
 * @returns `x.csv` → `x.frame.json`, `x.csv.gz` → `x.frame.json.gz`.
 * @example
 * ```ts
 * framePathOf('впр-2024.csv.gz') //=> 'впр-2024.frame.json.gz'
 * ```
 */
export function framePathOf(csvPath: string): string {
  const gz = /\.gz$/i.test(csvPath);
  return `${csvPath.replace(/\.csv(\.gz)?$/i, '').replace(/\.gz$/i, '')}.frame.json${gz ? '.gz' : ''}`;
}

/**
 * Writes a dataset as CSV in long form: the results, one row per line, with the format's header
 * (`schoolId,year,procedure,subject,grade,…`; only the columns the data uses), and everything else
 * (header, territories, schools, other collections) as the JSON frame beside it (`x.frame.json`).
 * Gzipped when the name ends in `.gz`.
 *
 * @param dataset - A parsed dataset.
 * @param path - The CSV file to write (`.csv` or `.csv.gz`).
 * @returns The paths written.
 * @throws `Error` from the file system when a file cannot be written.
 * @example
 * ```ts
 * // результаты Режа одной таблицей, остальное — в рамке рядом
 * await writeCsvDataset(dataset, 'реж-2024.csv') //=> { csv: 'реж-2024.csv', frame: 'реж-2024.frame.json' }
 * ```
 */
export async function writeCsvDataset(dataset: Dataset, path: string): Promise<{ csv: string; frame: string }> {
  const { results, ...rest } = dataset;
  const frame = framePathOf(path);
  const frameText = `${JSON.stringify(rest, null, 1)}\n`;
  writeFileSync(frame, /\.gz$/i.test(frame) ? gzipSync(frameText) : frameText);
  const rows = (results ?? []) as readonly Record<string, unknown>[];
  const out = openOutput(path);
  // the header is taken from every row, so that a rare field still gets its column
  const { headers } = tableOf('results', rows);
  await writeText(out.stream, `${headers.map((h) => csvCell(h, ',')).join(',')}\n`);
  for (let i = 0; i < rows.length; i += BATCH) {
    const t = tableOf('results', rows.slice(i, i + BATCH));
    const at = headers.map((h) => t.headers.indexOf(h));
    let text = '';
    for (const cells of t.rows) text += `${at.map((j) => csvCell(j < 0 ? null : (cells[j] ?? null), ',')).join(',')}\n`;
    await writeText(out.stream, text);
  }
  await finish(out);
  return { csv: path, frame };
}

/**
 * Writes a dataset as an Excel workbook: the sheet `dataset` with the header (`field | value`), and
 * one sheet per collection the dataset has (results in the CSV long form's columns; structured fields
 * as JSON text in `field:json` columns). Gzipped when the name ends in `.gz`. A sheet holds at most
 * 1 048 576 rows: for national data write JSON Lines or CSV.
 *
 * @param dataset - A parsed dataset.
 * @param path - The workbook to write (`.xlsx`).
 * @returns When the file is written.
 * @throws `Error` when a collection has more rows than a sheet holds; `Error` from the file system.
 * @example
 * ```ts
 * await writeExcelDataset(dataset, 'реж-2024.xlsx'); // листы: dataset, territories, schools, results, social, …
 * (await readExcelDataset('реж-2024.xlsx')).dataset.schools.length //=> 16
 * ```
 */
export async function writeExcelDataset(dataset: Dataset, path: string): Promise<void> {
  const header: (string | number)[][] = [['field', 'value']];
  for (const [k, v] of Object.entries(headerOf(dataset))) {
    if (typeof v === 'object') header.push([`${k}:json`, JSON.stringify(v)]);
    else header.push([k, v as string | number]);
  }
  type Cell = { value: string | number | boolean; type?: StringConstructor | NumberConstructor | BooleanConstructor } | null;
  const cell = (v: string | number | boolean | null): Cell =>
    v === null ? null : typeof v === 'number' ? { value: v, type: Number } : typeof v === 'boolean' ? { value: v, type: Boolean } : { value: v, type: String };
  const sheets: { sheet: string; data: Cell[][] }[] = [{ sheet: HEADER_SHEET, data: header.map((r) => r.map(cell)) }];
  for (const [name, rows] of collectionsOf(dataset)) {
    if (rows.length >= 1_048_576) throw new Error(`«${name}»: ${rows.length} строк не помещаются на лист Excel (не более 1 048 575) / ${rows.length} rows do not fit an Excel sheet`);
    const t = tableOf(name, rows);
    sheets.push({ sheet: name, data: [t.headers.map(cell), ...t.rows.map((r) => r.map(cell))] });
  }
  const buffer = await writeXlsxFile(sheets as never).toBuffer();
  writeFileSync(path, /\.gz$/i.test(path) ? gzipSync(buffer) : buffer);
}
