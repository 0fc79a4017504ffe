import { parse } from 'csv-parse';
import { csvFailure, csvParseOptions, endsInQuotedCell } from './_lib/csvParser.js';
import { parse as parseSync } from 'csv-parse/sync';
import type { AssessmentResult } from '../model/results.js';
import type { PackedResults } from '../model/packResults.js';
import { type Dataset, duplicateMessage, knownProcedures, knownSubjects, parseRecords, unknownProcedure, unknownSubject } from '../model/dataset.js';
import { type RowReader, rebuiltWarnings, recordOf } from './_lib/rows.js';
import { ColumnStore, RESULT_ROW_PREFIX, STAGES, Steps, csvLayout, isDocumentedLayout, isResultRow, scanCsvRow, scanDocumentedRow, scanJsonRow } from './_lib/scan.js';
import { estimateRows } from './_lib/limits.js';
import { closeSync, openSync, readSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { isAscii } from 'node:buffer';
import { type TextEncoding, csvText, looksUtf8, windows1251Notice, windows1251ToUtf8 } from './_lib/encoding.js';
import { crAloneBreaks } from './_lib/lineBreaks.js';
import { fileSize, isGzipFile, openInput } from './_lib/source.js';
import { type ColumnMapping, compileColumns, constantSpecs, fieldsOf, unknownColumnWarning } from './_lib/tables.js';
import { JsonLinesReader } from './jsonLines.js';
import { datasetFileFormat, readDatasetFile } from './read.js';
import { readColumnMapping } from './mapping.js';
import type { FileIssue, PartialFileDataset, ReadProgress } from './types.js';

/** What {@link readResultColumns} gives: the results as typed columns, everything else as a dataset. */
export interface ResultColumns {
  /** The valid results, packed (the form of `packResults`): about 45 bytes a row. */
  readonly packed: PackedResults;
  /** The line of each packed row in its file (made when first read). */
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

/** Options of {@link readResultColumns}. */
export interface ReadColumnsOptions {
  /** For CSV: the frame (the dataset without results); beside the CSV by default. */
  readonly frame?: string;
  /** For CSV: a column mapping, or the path of a JSON file with one (checked by {@link readColumnMapping}). */
  readonly mapping?: ColumnMapping | string;
  /** Called now and then while reading (about every 64 MB of input and at the end). */
  readonly onProgress?: (p: ReadProgress) => void;
}

const PROGRESS_EVERY = 64 << 20;
const same = (f: string): string => f;

/**
 * The lines of a file, gunzipped when it is gzip: `line(buf, start, end)` for each, without its line
 * break, and `chunkDone()` after each chunk read. A plain file is read into one buffer used again for
 * every chunk (the part of a line left at its end moved to its start), so reading allocates nothing
 * per chunk; a line longer than the buffer grows it. `onBytes` is told the bytes of the file read.
 */
async function eachLine(path: string, onBytes: ((n: number) => void) | undefined, line: (buf: Buffer, s: number, e: number) => void, chunkDone: () => void, text?: (encoding: TextEncoding) => void): Promise<void> {
  // a CSV file with lines that end in CR alone is read converted, as a stream (and its encoding there)
  const convert = text !== undefined && needsConversion(path);
  if (isGzipFile(path) || convert) {
    let rest: Buffer | null = null;
    const input = text === undefined ? openInput(path, onBytes) : csvText(openInput(path, onBytes), text);
    for await (const chunk of input) {
      const buf = chunk as Buffer;
      let s = 0;
      if (rest !== null) {
        const nl = buf.indexOf(10);
        if (nl < 0) {
          rest = Buffer.concat([rest, buf]);
          continue;
        }
        const joined = Buffer.concat([rest, buf.subarray(0, nl)]);
        rest = null;
        line(joined, 0, joined.length);
        s = nl + 1;
      }
      let nl = buf.indexOf(10, s);
      while (nl >= 0) {
        line(buf, s, nl);
        s = nl + 1;
        nl = buf.indexOf(10, s);
      }
      if (s < buf.length) rest = Buffer.from(buf.subarray(s));
      chunkDone();
    }
    if (rest !== null && rest.length > 0) line(rest, 0, rest.length);
    return;
  }
  const file = await openFile(path, 'r');
  try {
    let buf: Buffer = Buffer.allocUnsafe(1 << 20);
    // bytes at the buffer's start carried over from the last chunk: a line not ended yet
    let kept = 0;
    // a CSV file's encoding, decided at its first bytes that are not ASCII (null: all ASCII so far);
    // in Windows-1251 each chunk is read into `raw` and converted after the kept bytes
    let encoding: TextEncoding | null = text === undefined ? 'utf-8' : null;
    let raw: Buffer | null = null;
    /** Windows-1251 bytes put after the kept ones as UTF-8 (the buffer grown to hold them); the end of the text. */
    const putConverted = (bytes: Uint8Array): number => {
      const utf8 = windows1251ToUtf8(bytes);
      if (kept + utf8.length > buf.length) buf = grownTo(buf, kept, kept + utf8.length);
      utf8.copy(buf, kept);
      return kept + utf8.length;
    };
    for (;;) {
      if (kept === buf.length) buf = grownTo(buf, kept, 2 * buf.length);
      let end: number;
      if (raw === null) {
        const { bytesRead } = await file.read(buf, kept, buf.length - kept, null);
        if (bytesRead === 0) break;
        onBytes?.(bytesRead);
        end = kept + bytesRead;
        if (encoding === null && !isAscii(buf.subarray(kept, end))) {
          // the kept bytes are ASCII: the chunk's new bytes start at a character's start
          encoding = looksUtf8(buf.subarray(kept, end), end - kept) ? 'utf-8' : 'windows-1251';
          text?.(encoding);
          if (encoding === 'windows-1251') {
            raw = Buffer.allocUnsafe(1 << 20);
            end = putConverted(buf.subarray(kept, end));
          }
        }
      } else {
        const { bytesRead } = await file.read(raw, 0, raw.length, null);
        if (bytesRead === 0) break;
        onBytes?.(bytesRead);
        end = putConverted(raw.subarray(0, bytesRead));
      }
      let s = 0;
      let nl = buf.indexOf(10, s);
      // bytes after `end` are an older chunk's: a line break there is not one of this chunk
      while (nl >= 0 && nl < end) {
        line(buf, s, nl);
        s = nl + 1;
        nl = buf.indexOf(10, s);
      }
      buf.copyWithin(0, s, end);
      kept = end - s;
      chunkDone();
    }
    if (kept > 0) line(buf, 0, kept);
  } finally {
    await file.close();
  }
}

/** A buffer of at least `size` bytes with the first `kept` bytes of `buf`. */
function grownTo(buf: Buffer, kept: number, size: number): Buffer {
  const grown = Buffer.allocUnsafe(Math.max(size, 2 * buf.length));
  buf.copy(grown, 0, 0, kept);
  return grown;
}

/**
 * Whether a plain file ends its lines in CR alone, told by its first megabyte (a gzip file is read as
 * a stream anyway, and converted there when it needs to be; an encoding is decided as lines are read).
 */
function needsConversion(path: string): boolean {
  if (isGzipFile(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.allocUnsafe(1 << 20);
    const n = readSync(fd, head, 0, head.length, 0);
    return crAloneBreaks(head, n) === true;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the results of a national JSON Lines or CSV file straight into typed columns (the packed
 * form of `packResults`, about 45 bytes a row), so that memory is bounded by the columns, not by the
 * file or by a row object per result. Rows of the common shape are scanned byte by byte into the
 * columns — no object, no string per row, at over a million rows a second — under the fast row
 * validator's rules; any other row (an unusual field, an escape, a value out of range, a quoted CSV
 * cell) takes the full path (`parseRecords`, the schema) and is kept or reported exactly as
 * `parseDatasetPartial` would. Duplicates (the first one is kept) and results of schools the frame
 * does not have are rejected. The other collections are read as a dataset (the frame), without
 * results: in a JSON Lines file their lines are parsed as they come, each issue at its line; a result
 * line of another form (its `collection` last, spaces in the tag) is a result too. A byte-order mark
 * at the file's start is skipped. `prepareColumns` indexes the result for identification and the
 * program year.
 *
 * @param path - A JSON Lines (`.jsonl`) or CSV (`.csv`, with its frame) file, gzip or not.
 * @param options - For CSV: the frame and a column mapping; a progress callback.
 * @returns The packed results, their lines, the frame, issues, warnings, counts.
 * @throws `Error` for another format, a file that cannot be opened, a CSV without its frame.
 * @example
 * ```ts
 * // результаты ВПР, ОГЭ и ЕГЭ Режа как CSV с рамкой; национальный файл (5 000 000 строк) — так же, около 225 МБ столбцов (45 байт строка)
 * await writeCsvDataset(dataset, 'реж-2024.csv.gz');
 * const { packed, issues } = await readResultColumns('реж-2024.csv.gz');
 * packed.size //=> 279
 * issues //=> []
 * ```
 */
export async function readResultColumns(path: string, options: ReadColumnsOptions = {}): Promise<ResultColumns> {
  const format = datasetFileFormat(path);
  if (format !== 'csv' && format !== 'jsonl') throw new Error(`${path}: столбцы результатов читаются из .jsonl или .csv / result columns are read from .jsonl or .csv`);
  const issues: FileIssue[] = [];
  const warnings: FileIssue[] = [];
  let rejected = 0;
  let frame: PartialFileDataset;
  // the columns sized from the file's result rows (the lines of a CSV file, those of a JSON Lines file
  // that start as a result does; of a gzip file, its lines): no growing, no copies
  const estimate = estimateRows(path, format === 'jsonl' ? RESULT_ROW_PREFIX : undefined);
  const cols = new ColumnStore(estimate === null ? 1 << 16 : Math.ceil(estimate * 1.02) + 1024);
  const total = options.onProgress === undefined ? 0 : fileSize(path);
  let bytes = 0;
  let reported = 0;
  // the file's name of a field: a CSV header, mapped or not (set when the header is read)
  let columnOf: (f: string) => string = same;
  // opened only when it is read: a progress listener starts the stream flowing
  const onBytes = options.onProgress === undefined ? undefined : (n: number): void => void (bytes += n);
  const open = (): ReturnType<typeof openInput> => openInput(path, onBytes);
  // a CSV file in Windows-1251 is read as such, with a warning that says so
  const encodingFound = windows1251Notice(path, (w) => warnings.push(w));
  const progress = (): void => {
    if (options.onProgress !== undefined && bytes - reported >= PROGRESS_EVERY) {
      reported = bytes;
      options.onProgress({ bytes, totalBytes: total, records: cols.records + rejected });
    }
  };
  /** The full path for one row, in file order: the fast validator, else the schema with its issues. */
  const full = (row: unknown, line: number, columnOf: (f: string) => string): void => {
    // the procedure and subject are checked against the frame's declarations at the end (finishColumns)
    const { procedure, subject } = typeof row === 'object' && row !== null ? (row as { procedure?: unknown; subject?: unknown }) : {};
    const { valid, issues: found } = parseRecords('results', [row], cols.records, { declaredProcedures: typeof procedure === 'string' ? [{ id: procedure }] : [], declaredSubjects: typeof subject === 'string' ? [{ id: subject }] : [] });
    if (found.length === 0) {
      cols.add(valid[0] as AssessmentResult, line);
      return;
    }
    for (const i of found) {
      const field = i.path[2];
      issues.push({ ...i, file: path, line, column: typeof field === 'string' ? columnOf(field) : null });
    }
    cols.records++;
    rejected++;
  };
  if (format === 'csv') {
    // the frame first: it is the dataset without results
    const { defaultFramePath, firstLine, guessDelimiter } = await import('./csv.js');
    const framePath = options.frame ?? defaultFramePath(path);
    if (framePath === null) throw new Error(`нет файла-рамки рядом с ${path} / no frame file beside ${path}`);
    frame = await readDatasetFile(framePath);
    const mapping = options.mapping === undefined ? undefined : readColumnMapping(options.mapping);
    // as readCsvDataset: the delimiter the header uses most, and a decimal comma after `;` or a tab
    const delimiter = mapping?.delimiter ?? guessDelimiter(await firstLine(path));
    let reader: RowReader | null = null;
    let layout: Int8Array | null = null;
    // the scanner of the layout: the one written for the documented column order, or the one of any layout
    let scan = scanCsvRow;
    let width = 0;
    let line = 0;
    const issue = (i: FileIssue): void => void issues.push(i);
    const warn = (w: FileIssue): void => void warnings.push(w);
    const header = (record: readonly string[]): void => {
      const { specs, unknown } = compileColumns(record, mapping, true, fieldsOf('results'));
      const names = new Map<string, string>();
      for (const s of specs) if (s !== null) names.set(s.kind === 'mark' ? 'marks' : s.kind === 'percent' ? s.target : s.field, s.header);
      columnOf = (f) => names.get(f) ?? f;
      reader = { file: path, specs, constants: constantSpecs(mapping), decimalComma: mapping?.decimalComma ?? delimiter !== ',', rebuilt: new Map(), interned: new Map() };
      width = record.length;
      // the scanner reads the plain layout only: no mapping, no constants, no percents, no JSON cells
      if (mapping === undefined && delimiter === ',') layout = csvLayout(specs.map((s) => (s === null ? '' : s.kind === 'mark' ? `marks.${s.mark}` : s.kind === 'field' ? s.field : '\u0000')));
      if (layout !== null && isDocumentedLayout(layout)) scan = scanDocumentedRow;
      for (const h of unknown) warnings.push(unknownColumnWarning(h, path, line));
    };
    const row = (record: readonly string[], at: number): void => {
      if (record.length === 1 && record[0] === '') return;
      if (reader === null) {
        header(record);
        return;
      }
      if (record.length !== width) {
        issues.push({ code: 'column_count', path: [], received: record.length, message: { ru: `в строке ${record.length} столбцов, в заголовке ${width}`, en: `the row has ${record.length} columns, the header ${width}` }, file: path, line: at, column: null });
        rejected++;
        return;
      }
      const rec = recordOf(reader, record, at, issue, warn);
      if (rec === null) rejected++;
      else full(rec, at, columnOf);
    };
    if (delimiter !== ',' || mapping !== undefined) {
      // a mapped or semicolon file: csv-parse for every row
      const parser = parse(csvParseOptions(delimiter));
      // Windows-1251 read as such, lines that end in CR alone as LF lines (as readCsvDataset reads them)
      const input = csvText(open(), encodingFound);
      input.on('error', (e) => parser.destroy(e));
      input.pipe(parser);
      try {
        for await (const record of parser as AsyncIterable<string[]>) {
          const at = ++line;
          for (const cell of record) if (cell.length > 0 && cell.indexOf('\n') >= 0) line += cell.split('\n').length - 1;
          row(record, at);
          progress();
        }
      } catch (e) {
        issues.push(csvFailure(e, path, line + 1));
      }
    } else {
      // lines without quotes are split here (and scanned straight into the columns when the layout is
      // plain); a record with quotes, which may span lines, is parsed by csv-parse alone
      let pending: string | null = null;
      let pendingLine = 0;
      const quoted = (text: string, at: number, last = false): void => {
        let records: string[][];
        try {
          records = parseSync(text, csvParseOptions(delimiter)) as string[][];
        } catch (e) {
          issues.push(csvFailure(e, path, at, last));
          rejected++;
          return;
        }
        for (const r of records) row(r, at);
      };
      await eachLine(
        path,
        onBytes,
        (buf, s, e) => {
          const at = ++line;
          if (at === 1 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) s += 3;
          if (e > s && buf[e - 1] === 13) e--;
          if (pending === null && layout !== null && scan(buf, s, e, layout, cols, at)) return;
          let hasQuote = false;
          for (let k = s; k < e && !hasQuote; k++) hasQuote = buf[k] === 34 || buf[k] === 13; // csv-parse decides quotes and carriage returns
          if (pending !== null) {
            const text = buf.toString('utf8', s, e);
            pending += `\n${text}`;
            if (!endsInQuotedCell(text, delimiter, true)) {
              quoted(pending, pendingLine);
              pending = null;
            }
            return;
          }
          if (hasQuote) {
            const text = buf.toString('utf8', s, e);
            if (!endsInQuotedCell(text, delimiter, false)) quoted(text, at);
            else {
              pending = text;
              pendingLine = at;
            }
            return;
          }
          row(buf.toString('utf8', s, e).split(delimiter), at);
        },
        progress,
        encodingFound,
      );
      if (pending !== null) quoted(pending, pendingLine, true);
    }
    if (reader !== null) warnings.unshift(...rebuiltWarnings(reader, 1));
  } else {
    // JSON Lines: the results into columns, every other line read as it comes into the frame, a
    // dataset without results whose issues are placed at their lines of this file
    // a result line of another form than the scanner's (the collection last, spaces) goes to the full path too
    const reader = new JsonLinesReader(path, (record, at) => full(record, at, same));
    let line = 0;
    const P = RESULT_ROW_PREFIX.length;
    await eachLine(
      path,
      onBytes,
      (buf, s, e) => {
        line++;
        if (line === 1 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) s += 3;
        if (e > s && buf[e - 1] === 13) e--;
        if (!isResultRow(buf, s, e)) {
          reader.line(buf.toString('utf8', s, e), line);
          return;
        }
        if (scanJsonRow(buf, s + P, e, cols, line)) return;
        // the full path: the line parsed whole, the error placed as readJsonLinesDataset places it
        const text = buf.toString('utf8', s, e);
        let parsed: Record<string, unknown>;
        try {
          parsed = JSON.parse(text) as Record<string, unknown>;
        } catch (err) {
          const m = /position (\d+)/.exec(String((err as Error).message));
          const received = text.length > 80 ? `${text.slice(0, 77)}...` : text;
          issues.push({ code: 'invalid_json', path: [], received, message: { ru: `строка не JSON: ${(err as Error).message}`, en: `the line is not JSON: ${(err as Error).message}` }, file: path, line, column: m === null ? null : `символ ${Number(m[1]) + 1}` });
          rejected++;
          return;
        }
        const { collection: _, ...row } = parsed;
        full(row, line, same);
      },
      progress,
    );
    // every issue of the frame names this file (one of a dataset without a header line too)
    const read = reader.finish();
    const place = (i: FileIssue): FileIssue => (i.file === path ? i : { ...i, file: path });
    frame = { ...read, issues: read.issues.map(place), warnings: read.warnings.map(place) };
  }
  options.onProgress?.({ bytes: total, totalBytes: total, records: cols.records + rejected });
  const known = new Set<string>();
  for (const s of (frame.dataset as Dataset | null)?.schools ?? []) known.add(s.id);
  const { packed, lines, dropped } = finishColumns(cols, known, knownProcedures((frame.dataset as Dataset | null)?.declaredProcedures), knownSubjects((frame.dataset as Dataset | null)?.declaredSubjects), path, columnOf, issues);
  rejected += dropped;
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return columnsResult(packed, lines, frame, issues, warnings, rejected);
}

/**
 * The result of {@link readResultColumns}, made outside it: its `lines` getter is a closure, and a
 * closure made inside the reader would keep the reader's whole working state (the column store with
 * its full-size arrays) alive as long as the result.
 */
function columnsResult(packed: PackedResults, lines: Steps, frame: PartialFileDataset, issues: FileIssue[], warnings: FileIssue[], rejected: number): ResultColumns {
  // the lines as a column only when asked for (most readers never do)
  let column: Uint32Array | undefined;
  return {
    packed,
    get lines(): Uint32Array {
      return (column ??= lines.column(packed.size));
    },
    frame,
    issues,
    warnings,
    counts: { kept: packed.size, rejected },
  };
}

/**
 * Rejects duplicates (the first one kept: same school, year, procedure, subject, grade, stage) and
 * results of schools the frame does not have, then packs the rest in file order.
 */
function finishColumns(cols: ColumnStore, known: ReadonlySet<string>, procedures: ReadonlySet<string>, subjects: ReadonlySet<string>, path: string, columnOf: (f: string) => string, issues: FileIssue[]): { packed: PackedResults; lines: Steps; dropped: number } {
  const n = cols.size;
  const schoolIds = cols.schools.list;
  const ns = schoolIds.length;
  const drop = new Uint8Array(n);
  let dropped = 0;
  // rows of a procedure or subject neither built in nor declared by the frame are rejected, as
  // parseDatasetPartial rejects them (the procedure's issue first, one issue a row)
  const procList = cols.procedures.list;
  const subjList = cols.subjects.list;
  if (procList.some((p) => !procedures.has(p)) || subjList.some((s) => !subjects.has(s))) {
    for (let i = 0; i < n; i++) {
      const procedure = procList[cols.procedure[i] as number] as string;
      const subject = subjList[cols.subject[i] as number] as string;
      const bad = !procedures.has(procedure) ? unknownProcedure(['results', cols.record.at(i), 'procedure'], procedure) : !subjects.has(subject) ? unknownSubject(['results', cols.record.at(i), 'subject'], subject) : null;
      if (bad === null) continue;
      drop[i] = 1;
      dropped++;
      issues.push({ ...bad, file: path, line: cols.lines.at(i), column: columnOf(bad.path[2] as string) });
    }
  }
  // rows by school: `first[s]` to `after[s]` in `order` (file order within a school), then one small
  // hash of keys per school. A file's rows usually come in runs of one school each: then the runs are
  // the schools' rows in place (no order); else a counting sort, stable
  const first = new Int32Array(ns);
  const after = new Int32Array(ns);
  let order: Int32Array | null = null;
  let inRuns = true;
  {
    const started = new Uint8Array(ns);
    let prev = -1;
    for (let i = 0; i < n && inRuns; i++) {
      const sc = cols.school[i] as number;
      if (sc === prev) continue;
      if (started[sc] === 1) inRuns = false;
      started[sc] = 1;
      if (prev >= 0) after[prev] = i;
      first[sc] = i;
      prev = sc;
    }
    if (prev >= 0 && inRuns) after[prev] = n;
  }
  if (!inRuns) {
    const start = new Int32Array(ns + 1);
    for (let i = 0; i < n; i++) (start[(cols.school[i] as number) + 1] as number)++;
    for (let s = 0; s < ns; s++) (start[s + 1] as number) += start[s] as number;
    order = new Int32Array(n);
    const fill = start.slice(0, ns);
    for (let i = 0; i < n; i++) order[(fill[cols.school[i] as number] as number)++] = i;
    first.set(start.subarray(0, ns));
    after.set(start.subarray(1));
  }
  // a column never written is never read either: its pages stay unmapped
  const staged = cols.staged;
  let table = new Float64Array(256);
  let stamp = new Int32Array(256);
  let gen = 0;
  for (let s = 0; s < ns; s++) {
    const a = first[s] as number;
    const b = after[s] as number;
    // rows of a school the frame does not have are all rejected as such below (as parseDatasetPartial does), none as a duplicate
    if (b - a < 2 || !known.has(schoolIds[s] as string)) continue;
    if (table.length < 2 * (b - a)) {
      let size = table.length;
      while (size < 2 * (b - a)) size *= 2;
      table = new Float64Array(size);
      stamp = new Int32Array(size);
      gen = 0;
    }
    gen++;
    const mask = table.length - 1;
    for (let q = a; q < b; q++) {
      const i = order === null ? q : (order[q] as number);
      if (drop[i] === 1) continue;
      // subject < 2^31, then year (7 bits), procedure (8), grade (4), stage (3): exact below 2^53
      const low = (((((cols.year[i] as number) - 1990) * 256 + (cols.procedure[i] as number)) * 16 + (cols.grade[i] as number)) * 8 + (staged ? (cols.stage[i] as number) : 0)) | 0;
      const key = (cols.subject[i] as number) * 4194304 + low;
      let h = Math.imul(low ^ Math.imul(cols.subject[i] as number, 0x9e3779b1), 0x85ebca6b) & mask;
      for (;;) {
        if (stamp[h] !== gen) {
          stamp[h] = gen;
          table[h] = key;
          break;
        }
        if (table[h] === key) {
          drop[i] = 1;
          dropped++;
          // the key as parseDatasetPartial writes it: school, year, procedure, subject, grade, stage
          const stage = staged ? (cols.stage[i] as number) : 0;
          const k = `${schoolIds[s] as string}|${cols.year[i] as number}|${procList[cols.procedure[i] as number] as string}|${subjList[cols.subject[i] as number] as string}|${cols.grade[i] as number}|${stage === 0 ? '' : STAGES[stage - 1]}`;
          issues.push({ code: 'duplicate_record', path: ['results', cols.record.at(i)], received: k, message: duplicateMessage('results', k), file: path, line: cols.lines.at(i), column: null });
          break;
        }
        h = (h + 1) & mask;
      }
    }
  }
  // rows of schools the frame does not have are rejected, as parseDatasetPartial rejects them
  for (let s = 0; s < ns; s++) {
    const id = schoolIds[s] as string;
    if (known.has(id)) continue;
    for (let q = first[s] as number; q < (after[s] as number); q++) {
      const i = order === null ? q : (order[q] as number);
      if (drop[i] === 1) continue;
      drop[i] = 1;
      dropped++;
      issues.push({ code: 'unknown_school', path: ['results', cols.record.at(i), 'schoolId'], received: id, message: { ru: `школы «${id}» нет среди школ набора данных`, en: `school "${id}" is not in schools` }, file: path, line: cols.lines.at(i), column: columnOf('schoolId') });
    }
  }
  // the rows kept moved up over the dropped ones (none dropped: all in place), the median, mode, min
  // and max of the rows kept too, and their lines as runs of their own
  let w = dropped === 0 ? n : 0;
  const extras = dropped === 0 ? cols.extras : new Map<number, AssessmentResult>();
  const lines = dropped === 0 ? cols.lines : new Steps();
  let more = dropped === 0 ? cols.moreCount : 0;
  for (let i = dropped === 0 ? n : 0; i < n; i++) {
    if (drop[i] === 1) continue;
    lines.set(w, cols.lines.at(i));
    const at = cols.moreAt[i] as number;
    if (at !== 0) {
      cols.more.copyWithin(4 * more, 4 * (at - 1), 4 * at);
      cols.moreAt[w] = ++more;
    } else if (w !== i) cols.moreAt[w] = 0;
    if (w !== i) {
      cols.school[w] = cols.school[i] as number;
      cols.year[w] = cols.year[i] as number;
      cols.procedure[w] = cols.procedure[i] as number;
      cols.subject[w] = cols.subject[i] as number;
      cols.grade[w] = cols.grade[i] as number;
      cols.participants[w] = cols.participants[i] as number;
      cols.belowMinimum[w] = cols.belowMinimum[i] as number;
      cols.mean[w] = cols.mean[i] as number;
      cols.marks.copyWithin(4 * w, 4 * i, 4 * i + 4);
    }
    if (cols.extras.size > 0) {
      const e = cols.extras.get(i);
      if (e !== undefined) extras.set(w, e);
    }
    w++;
  }
  // each column cut to its rows (copied only when much of it is unused)
  const cut = <T extends Int32Array | Uint16Array | Uint8Array | Uint32Array | Float64Array>(a: T, k: number): T => (a.length > 1.1 * k * w + 1024 ? (a.slice(0, k * w) as T) : (a.subarray(0, k * w) as T));
  const packed: PackedResults = {
    size: w,
    schoolIds,
    procedures: cols.procedures.list,
    subjects: cols.subjects.list,
    school: cut(cols.school, 1),
    year: cut(cols.year, 1),
    procedure: cut(cols.procedure, 1),
    subject: cut(cols.subject, 1),
    grade: cut(cols.grade, 1),
    participants: cut(cols.participants, 1),
    marks: cut(cols.marks, 4),
    belowMinimum: cut(cols.belowMinimum, 1),
    mean: cut(cols.mean, 1),
    moreStatsAt: cut(cols.moreAt, 1),
    // a copy when most of it is unused (it grows by doubling)
    moreStats: 4 * more < 0.9 * cols.more.length ? cols.more.slice(0, 4 * more) : cols.more.subarray(0, 4 * more),
    extras,
  };
  return { packed, lines, dropped };
}
