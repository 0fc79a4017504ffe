import { existsSync } from 'node:fs';
import { parse } from 'csv-parse';
import { csvFailure, csvParseOptions } from './_lib/csvParser.js';
import { csvText, windows1251Notice } from './_lib/encoding.js';
import { checkFits } from './_lib/limits.js';
import { DatasetCollector } from './_lib/assemble.js';
import { type RowReader, rebuiltWarnings, recordOf } from './_lib/rows.js';
import { readJsonObjectFile } from './_lib/jsonFile.js';
import { fileSize, openInput, readAllBytes } from './_lib/source.js';
import { type ColumnMapping, compileColumns, constantSpecs, fieldsOf, unknownColumnWarning } from './_lib/tables.js';
import type { FileIssue, PartialFileDataset, ReadOptions } from './types.js';
import { readJsonLinesDataset } from './jsonLines.js';
import { readColumnMapping } from './mapping.js';

export type { ColumnMapping } from './_lib/tables.js';

/** Options of {@link readCsvDataset}. */
export interface ReadCsvDatasetOptions extends ReadOptions {
  /**
   * The rest of the dataset — its header (format, id, name, territory, years), territories, schools
   * and the other collections — as a JSON dataset without results (`.json`, `.jsonl`, gzip or not).
   * By default the file next to the CSV with the same name and `.frame.json` (`results.csv` →
   * `results.frame.json`; also `.frame.json.gz`, `.frame.jsonl`, `.frame.jsonl.gz`).
   */
  readonly frame?: string;
  /** A column mapping for a file with other headers (see the input-files guide), or the path of a JSON file with one. */
  readonly mapping?: ColumnMapping | string;
}

/**
 * The old name of an options type, kept for one release.
 *
 * @deprecated Renamed {@link ReadCsvDatasetOptions} (one options type per function, named after it); the old name goes in the next minor release.
 * @category IO
 */
export type ReadCsvOptions = ReadCsvDatasetOptions;

const PROGRESS_EVERY = 64 << 20;

/**
 * The frame file that goes with a CSV file by default: the first of `x.frame.json`,
 * `x.frame.json.gz`, `x.frame.jsonl`, `x.frame.jsonl.gz` beside `x.csv` that exists.
 *
 * @param csvPath - The CSV file.
 * @returns The frame's path, or `null` when there is none.
 * @example
 * ```ts
 * await writeCsvDataset(dataset, 'реж-2024.csv'); // таблица результатов и рамка реж-2024.frame.json
 * defaultFramePath('реж-2024.csv') //=> 'реж-2024.frame.json'
 * defaultFramePath('впр-2030.csv') //=> null (рамки рядом нет)
 * ```
 */
export function defaultFramePath(csvPath: string): string | null {
  const base = csvPath.replace(/\.csv(\.gz)?$/i, '');
  for (const ext of ['.frame.json', '.frame.json.gz', '.frame.jsonl', '.frame.jsonl.gz']) if (existsSync(base + ext)) return base + ext;
  return null;
}

/** The first line of a file (gzip or not), without a byte-order mark. @internal */
export async function firstLine(path: string): Promise<string> {
  const input = openInput(path);
  input.setEncoding('utf8');
  let text = '';
  for await (const c of input) {
    text += c as string;
    // a line ends in LF, CRLF or (a «CSV (Macintosh)» file) CR alone
    const nl = text.search(/[\r\n]/);
    if (nl >= 0 || text.length > 1 << 20) {
      text = nl >= 0 ? text.slice(0, nl) : text;
      break;
    }
  }
  input.destroy();
  return text.replace(/^\uFEFF/, '');
}

/** The delimiter a header line uses most: `,`, `;` or a tab. @internal */
export function guessDelimiter(header: string): string {
  const count = (d: string): number => header.split(d).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return best as string;
}

/**
 * Reads a dataset whose results are a CSV file in long form — one result row per line, with the
 * header `schoolId,year,procedure,subject,grade,…` (the columns are listed in the input-files
 * guide; a column mapping renames other headers, fixes values such as the procedure, and turns
 * percents into counts with a warning) — and whose other records are a small JSON frame next to it.
 * The CSV is parsed as a stream (`csv-parse`), gzip or not; the separator (`,`, `;`, tab) is taken
 * from the header line, and with `;` or a tab numbers may have a decimal comma. Every issue names
 * its line and column; one bad row never stops the others.
 *
 * @param path - The CSV file of results (`.csv` or `.csv.gz`).
 * @param options - The frame, a column mapping, a progress callback.
 * @returns The dataset with the valid records, every issue placed in the file, warnings, counts.
 * @throws `Error` from the file system when a file cannot be opened; `Error` when there is no frame
 *   (the dataset's header, territories and schools) beside the CSV and none is given; `Error` naming
 *   the memory needed when the file's records are not expected to fit in the heap.
 * @example
 * ```ts
 * // результаты Режа в CSV с рамкой (заголовок набора, территории, школы) рядом; выгрузку ФИС ОКО
 * // читают так же, с `{ mapping: 'фис-око.mapping.json' }`, и предупреждение говорит, где числа восстановлены из процентов
 * await writeCsvDataset(dataset, 'реж-2024.csv');
 * const { dataset: read, issues, warnings } = await readCsvDataset('реж-2024.csv');
 * [issues.length, warnings.length] //=> [0, 0]
 * read.results.length //=> 279
 * ```
 */
export async function readCsvDataset(path: string, options: ReadCsvDatasetOptions = {}): Promise<PartialFileDataset> {
  const framePath = options.frame ?? defaultFramePath(path);
  if (framePath === null) {
    throw new Error(
      `нет файла-рамки с заголовком набора, территориями и школами рядом с ${path} (ожидается ${path.replace(/\.csv(\.gz)?$/i, '')}.frame.json) / no frame file with the dataset's header, territories and schools beside ${path}`,
    );
  }
  if (options.checkMemory !== false) checkFits(path);
  const mapping: ColumnMapping | undefined = options.mapping === undefined ? undefined : readColumnMapping(options.mapping);
  const collector = new DatasetCollector();
  await readFrame(framePath, collector);

  const header = await firstLine(path);
  const delimiter = mapping?.delimiter ?? guessDelimiter(header);
  const decimalComma = mapping?.decimalComma ?? delimiter !== ',';
  const total = options.onProgress === undefined ? 0 : fileSize(path);
  let bytes = 0;
  let reported = 0;
  // a file of Excel on a Russian Windows (Windows-1251) is read as such, with a warning; lines that end
  // in CR alone (Excel for Mac's «CSV (Macintosh)») are read as LF lines
  const input = csvText(openInput(path, options.onProgress === undefined ? undefined : (n) => (bytes += n)), windows1251Notice(path, (w) => collector.warnings.push(w)));
  // lines are counted here rather than with csv-parse's `info` (an object per record): a record is one
  // line plus the line breaks inside its quoted cells; an empty line comes as one empty cell
  const parser = parse(csvParseOptions(delimiter));
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let reader: RowReader | null = null;
  let width = 0;
  let records = 0;
  let lineNo = 0;
  const issue = (i: FileIssue): void => collector.issue(i);
  const warn = (i: FileIssue): void => void collector.warnings.push(i);
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const line = ++lineNo;
      for (let c = 0; c < record.length; c++) {
        const cell = record[c] as string;
        if (cell.length > 0 && cell.indexOf('\n') >= 0) lineNo += cell.split('\n').length - 1;
      }
      if (record.length === 1 && record[0] === '') continue;
      const item = { record };
      if (reader === null) {
        const { specs, unknown } = compileColumns(item.record, mapping, true, fieldsOf('results'));
        const columnOf = new Map<string, string>();
        for (const s of specs) if (s !== null) columnOf.set(s.kind === 'mark' ? 'marks' : s.kind === 'percent' ? s.target : s.field, s.header);
        reader = { file: path, specs, constants: constantSpecs(mapping), decimalComma, rebuilt: new Map(), interned: new Map() };
        width = item.record.length;
        collector.origin('results', { file: path, withLines: true, columnOf: (f) => columnOf.get(f) ?? f });
        for (const h of unknown) collector.warnings.push(unknownColumnWarning(h, path, line));
        continue;
      }
      records++;
      if (item.record.length !== width) {
        collector.issue({ code: 'column_count', path: [], received: item.record.length, message: { ru: `в строке ${item.record.length} столбцов, в заголовке ${width}`, en: `the row has ${item.record.length} columns, the header ${width}` }, file: path, line, column: null });
        collector.lost('results');
        continue;
      }
      const rec = recordOf(reader, item.record, line, issue, warn);
      if (rec === null) collector.lost('results');
      else collector.add('results', rec, line);
      if (options.onProgress !== undefined && bytes - reported >= PROGRESS_EVERY) {
        reported = bytes;
        options.onProgress({ bytes, totalBytes: total, records });
      }
    }
  } catch (e) {
    // a broken quote stops the CSV parser: the rows before it are kept, the rest reported as unread
    collector.issue(csvFailure(e, path, lineNo + 1));
  }
  if (reader !== null) collector.warnings.unshift(...rebuiltWarnings(reader, 1));
  options.onProgress?.({ bytes: total, totalBytes: total, records });
  return collector.finish();
}

/** Reads the frame (header and every collection but results) into the collector. */
async function readFrame(framePath: string, collector: DatasetCollector): Promise<void> {
  if (/\.jsonl(\.gz)?$/i.test(framePath)) {
    const r = await readJsonLinesDataset(framePath);
    // a JSON Lines frame is validated on its own; its records join the collector without lines
    if (r.dataset !== null) {
      const { results: _, ...rest } = r.dataset;
      for (const [k, v] of Object.entries(rest)) collector.addAll(k, v, framePath);
    }
    collector.setHeader({}, { file: framePath, line: null });
    for (const i of r.issues) collector.issue(i);
    return;
  }
  let frame: unknown;
  try {
    // in chunks when it is an object of valid JSON (the same value); else whole, which words the error
    frame = (await readJsonObjectFile(framePath))?.value ?? (JSON.parse((await readAllBytes(framePath)).toString('utf8')) as unknown);
  } catch (e) {
    collector.issue({ code: 'invalid_json', path: [], received: null, message: { ru: `файл-рамка не JSON: ${(e as Error).message}`, en: `the frame is not JSON: ${(e as Error).message}` }, file: framePath, line: null, column: null });
    return;
  }
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) {
    collector.issue({ code: 'invalid_type', path: [], received: typeof frame, message: { ru: 'файл-рамка должен быть объектом JSON', en: 'the frame must be a JSON object' }, file: framePath, line: null, column: null });
    return;
  }
  const header: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(frame)) {
    if (k === 'results') {
      collector.issue({ code: 'results_in_frame', path: ['results'], received: Array.isArray(v) ? v.length : typeof v, message: { ru: 'в файле-рамке есть results: результаты берутся только из CSV, эти не прочитаны', en: 'the frame has results: results come from the CSV only, these were not read' }, file: framePath, line: null, column: 'results' });
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) collector.lost('results');
      continue;
    }
    if (Array.isArray(v) && k !== 'years') collector.addAll(k, v, framePath);
    else header[k] = v;
  }
  collector.setHeader(header, { file: framePath, line: null });
}
