import readXlsxFile from 'read-excel-file/node';
import { DatasetCollector, isCollection } from './_lib/assemble.js';
import { type RowReader, rebuiltWarnings, recordOf } from './_lib/rows.js';
import { readAllBytes } from './_lib/source.js';
import { type ColumnMapping, compileColumns, constantSpecs, fieldsOf } from './_lib/tables.js';
import type { FileIssue, PartialFileDataset } from './types.js';

/** Options of {@link readExcelDataset}. */
export interface ReadExcelDatasetOptions {
  /** A column mapping for the results sheet (see the input-files guide). */
  readonly mapping?: ColumnMapping;
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link ReadExcelDatasetOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category IO
 */
export type ReadExcelOptions = ReadExcelDatasetOptions;

/** The name of the sheet with the dataset's header (two columns: `field`, `value`). */
export const HEADER_SHEET = 'dataset';

/**
 * Reads a dataset from an Excel workbook (`.xlsx`, gzip or not): a sheet `dataset` with the header
 * (rows `field | value`: `format`, `id`, `name:json`, `territoryId`, `years:json`, …) and one sheet
 * per collection, named as the collection (`territories`, `schools`, `results`, `social`, …), its
 * first row the column names. The `results` sheet has the CSV long form's columns (and takes a column
 * mapping); the other sheets have one column per field, structured fields as JSON text in a column
 * named `field:json`. Sheets with other names are reported and skipped. A workbook is read whole
 * (an .xlsx sheet holds at most 1 048 576 rows): for national files use JSON Lines or CSV. Every
 * issue names its sheet, row and column.
 *
 * @param path - The workbook.
 * @param options - A column mapping for the results sheet.
 * @returns The dataset with the valid records, every issue placed in the workbook, warnings, counts.
 * @throws `Error` from the file system when the file cannot be opened; `Error` from the reader when
 *   the file is not an .xlsx workbook.
 * @example
 * ```ts
 * await writeExcelDataset(dataset, 'реж-2024.xlsx'); // набор Режа: лист на каждую коллекцию
 * const { dataset: read, issues } = await readExcelDataset('реж-2024.xlsx');
 * // каждая ошибка — с листом, строкой и столбцом: `${i.sheet}: строка ${i.line}: ${i.column}: ${i.message.ru}`
 * issues //=> []
 * read.schools.length //=> 16
 * ```
 */
export async function readExcelDataset(path: string, options: ReadExcelDatasetOptions = {}): Promise<PartialFileDataset> {
  const sheets = await readXlsxFile(await readAllBytes(path));
  const collector = new DatasetCollector();
  const issue = (i: FileIssue): void => collector.issue(i);
  const warn = (i: FileIssue): void => void collector.warnings.push(i);
  let haveHeader = false;
  for (const { sheet, data } of sheets) {
    if (sheet === HEADER_SHEET) {
      haveHeader = true;
      const fields: Record<string, unknown> = {};
      const lineOf = new Map<string, number>();
      for (let r = 1; r < data.length; r++) {
        const [name, value] = data[r] ?? [];
        if (name === null || name === undefined || name === '') continue;
        const key = String(name);
        if (key.endsWith(':json') && typeof value === 'string') {
          try {
            fields[key.slice(0, -5)] = JSON.parse(value) as unknown;
            lineOf.set(key.slice(0, -5), r + 1);
          } catch (e) {
            issue({ code: 'invalid_json', path: [key.slice(0, -5)], received: value, message: { ru: `в ячейке не JSON: ${(e as Error).message}`, en: `the cell is not JSON: ${(e as Error).message}` }, file: path, sheet, line: r + 1, column: 'value' });
          }
        } else if (value !== null && value !== undefined && value !== '') {
          fields[key] = value;
          lineOf.set(key, r + 1);
        }
      }
      collector.setHeader(fields, { file: path, sheet, line: null, lineOf });
      continue;
    }
    if (!isCollection(sheet)) {
      warn({ code: 'unknown_sheet', path: [sheet], received: sheet, message: { ru: `лист «${sheet}» не относится к формату и пропущен`, en: `sheet "${sheet}" is not part of the format and was skipped` }, file: path, sheet, line: null, column: null });
      continue;
    }
    const headers = (data[0] ?? []).map((c) => (c === null ? '' : String(c)));
    const isResults = sheet === 'results';
    const { specs, unknown } = compileColumns(headers, isResults ? options.mapping : undefined, false, fieldsOf(sheet));
    const columnOf = new Map<string, string>();
    for (const s of specs) if (s !== null) columnOf.set(s.kind === 'mark' ? 'marks' : s.kind === 'percent' ? s.target : s.field, s.header);
    collector.origin(sheet, { file: path, sheet, withLines: true, columnOf: (f) => columnOf.get(f) ?? f });
    for (const h of unknown) {
      warn({ code: 'unknown_column', path: [h], received: h, message: { ru: `столбец «${h}» не относится к формату`, en: `column "${h}" is not part of the format` }, file: path, sheet, line: 1, column: h });
    }
    const reader: RowReader = { file: path, sheet, specs, constants: isResults ? constantSpecs(options.mapping) : [], decimalComma: true, rebuilt: new Map(), interned: new Map() };
    for (let r = 1; r < data.length; r++) {
      const cells = data[r] ?? [];
      if (cells.every((c) => c === null || c === '')) continue;
      const rec = recordOf(reader, cells, r + 1, issue, warn);
      if (rec === null) collector.lost(sheet);
      else collector.add(sheet, rec, r + 1);
    }
    collector.warnings.unshift(...rebuiltWarnings(reader, 1));
  }
  if (!haveHeader) {
    issue({ code: 'missing_sheet', path: [], received: null, message: { ru: `в книге нет листа «${HEADER_SHEET}» с заголовком набора данных`, en: `the workbook has no "${HEADER_SHEET}" sheet with the dataset's header` }, file: path, line: null, column: null });
  }
  return collector.finish();
}
