import { checkFits } from './_lib/limits.js';
import { DatasetCollector, isCollection } from './_lib/assemble.js';
import { fileSize, openInput } from './_lib/source.js';
import type { FileIssue, PartialFileDataset, ReadOptions } from './types.js';

const PREFIX = '{"collection":"';
const PROGRESS_EVERY = 64 << 20;

function positionOf(e: unknown): number | null {
  const m = /position (\d+)/.exec(String((e as Error).message));
  return m === null ? null : Number(m[1]);
}

/** Parses one line into its collection and record; throws the JSON error. */
function parseLine(line: string): { collection: unknown; record: Record<string, unknown> } | { notObject: unknown } {
  // the common form `{"collection":"results",…}` is parsed without the tag, so the record is built
  // once with only its own fields
  if (line.startsWith(PREFIX)) {
    const end = line.indexOf('"', PREFIX.length);
    const collection = end > 0 ? line.slice(PREFIX.length, end) : '\\';
    if (!collection.includes('\\')) {
      const next = line.charCodeAt(end + 1);
      if (next === 44 /* , */ || (next === 125 /* } */ && line.trimEnd().length === end + 2)) {
        const record = JSON.parse(next === 44 ? `{${line.slice(end + 2)}` : '{}') as Record<string, unknown>;
        return { collection, record };
      }
    }
  }
  const v = JSON.parse(line) as unknown;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { notObject: v };
  const { collection, ...record } = v as Record<string, unknown>;
  return { collection, record };
}

/**
 * The lines of a JSON Lines dataset read one at a time into a collector, each placed at its line of
 * `file`: the reader of {@link readJsonLinesDataset}, and of the lines other than results of
 * `readResultColumns` (the frame).
 * @internal
 */
export class JsonLinesReader {
  private readonly collector = new DatasetCollector();
  private readonly origins = new Set<string>();
  /** records read (lines of JSON objects), for progress */
  records = 0;
  /**
   * The common start of the previous line collected, `{"collection":"<name>",`, and where its
   * collection's records go: a line with the same start is parsed without its tag and collected
   * without looking its collection up again.
   */
  private lastTag = '';
  private lastSink: { readonly records: unknown[]; readonly lines: number[] | null } | null = null;

  /**
   * @param file - The file, for the issues.
   * @param onResult - When given, each record of `results` goes to it instead of the collector (the
   *   result columns take them: a row of another form than the scanners read, such as
   *   `{"schoolId":…,"collection":"results"}`).
   */
  constructor(
    private readonly file: string,
    private readonly onResult?: (record: Record<string, unknown>, line: number) => void,
  ) {}

  private bad(code: string, line: number, column: string | null, received: unknown, ru: string, en: string, collection: string): void {
    const i: FileIssue = { code, path: [], received, message: { ru, en }, file: this.file, line, column };
    this.collector.issue(i);
    this.collector.lost(collection);
  }

  /** Reads line `lineNo` of the file (without its line break; one carriage return at its end is dropped). */
  line(raw: string, lineNo: number): void {
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line.length === 0 || line.trim().length === 0) return;
    const sink = this.lastSink;
    if (sink !== null && line.startsWith(this.lastTag)) {
      // the collection of the previous line; a line that is not JSON takes the general way below,
      // which words its error
      let record: unknown;
      try {
        record = JSON.parse(`{${line.slice(this.lastTag.length)}`);
      } catch {
        record = undefined;
      }
      if (record !== undefined) {
        this.records++;
        sink.records.push(record);
        sink.lines?.push(lineNo);
        return;
      }
    }
    let parsed: ReturnType<typeof parseLine>;
    try {
      parsed = parseLine(line);
    } catch (first) {
      // the error of the whole line: the tagless parse would place it after the tag
      let e: unknown = first;
      try {
        JSON.parse(line);
      } catch (whole) {
        e = whole;
      }
      const pos = positionOf(e);
      this.bad('invalid_json', lineNo, pos === null ? null : `символ ${pos + 1}`, line.length > 80 ? `${line.slice(0, 77)}...` : line, `строка не JSON: ${(e as Error).message}`, `the line is not JSON: ${(e as Error).message}`, '(none)');
      return;
    }
    if ('notObject' in parsed) {
      this.bad('invalid_type', lineNo, null, typeof parsed.notObject, 'строка должна быть объектом JSON с полем collection', 'a line must be a JSON object with a collection field', '(none)');
      return;
    }
    const { collection, record } = parsed;
    this.records++;
    if (collection === 'dataset') {
      this.collector.setHeader(record, { file: this.file, line: lineNo });
      return;
    }
    if (typeof collection !== 'string' || !isCollection(collection)) {
      this.bad(
        'unknown_collection',
        lineNo,
        'collection',
        collection,
        `неизвестная коллекция ${JSON.stringify(collection)}: ожидается dataset, territories, schools, results, …`,
        `unknown collection ${JSON.stringify(collection)}: expected dataset, territories, schools, results, …`,
        typeof collection === 'string' ? collection : '(none)',
      );
      return;
    }
    if (collection === 'results' && this.onResult !== undefined) {
      this.onResult(record, lineNo);
      return;
    }
    if (!this.origins.has(collection)) {
      this.origins.add(collection);
      this.collector.origin(collection, { file: this.file, withLines: true });
    }
    this.collector.add(collection, record, lineNo);
    // the next line of this collection in the common form goes the short way (above)
    const tag = `${PREFIX}${collection}",`;
    if (line.startsWith(tag)) {
      this.lastTag = tag;
      this.lastSink = this.collector.sink(collection);
    } else this.lastSink = null;
  }

  /** Validates every record read and places each issue in the file. */
  finish(): PartialFileDataset {
    return this.collector.finish();
  }
}

/**
 * Reads a dataset from a JSON Lines file (`.jsonl`, or `.jsonl.gz` — gzip is recognised by its
 * content): one JSON object per line, each tagged with its collection — the header line
 * `{"collection":"dataset","format":"shnor.dataset/1","id":…,"name":…,"territoryId":…,"years":[…]}`,
 * then `{"collection":"territories",…}`, `{"collection":"schools",…}`, `{"collection":"results",…}`
 * and so on, in any order. The file is read as a stream, line by line: its size is limited by the
 * records kept, not by a string of the whole file. A byte-order mark at its start is skipped. Every
 * record is validated as `parseDatasetPartial` validates it; a line that is not JSON, has no known
 * collection or is invalid is reported with its line (and column: the field, or the character of a
 * JSON syntax error) and never stops the others.
 *
 * @param path - The file.
 * @param options - A progress callback.
 * @returns The dataset with the valid records, every issue placed in the file, warnings, counts.
 * @throws `Error` from the file system when the file cannot be opened (not found, no access);
 *   `Error` naming the memory needed when the file's records are not expected to fit in the heap.
 * @example
 * ```ts
 * await writeJsonLinesDataset(dataset, 'реж-2024.jsonl.gz'); // набор Режа, запись на строку
 * const { dataset: read, issues } = await readJsonLinesDataset('реж-2024.jsonl.gz');
 * // каждая ошибка — с файлом, строкой и полем: `${i.file}: строка ${i.line}: ${i.column}: ${i.message.ru}`
 * issues //=> []
 * read.results.length //=> 279
 * ```
 */
export async function readJsonLinesDataset(path: string, options: ReadOptions = {}): Promise<PartialFileDataset> {
  if (options.checkMemory !== false) checkFits(path);
  const reader = new JsonLinesReader(path);
  const total = options.onProgress === undefined ? 0 : fileSize(path);
  let bytes = 0;
  let reported = 0;
  const input = openInput(path, options.onProgress === undefined ? undefined : (n) => (bytes += n));
  input.setEncoding('utf8');
  let rest = '';
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    let text = rest + (chunk as string);
    if (first && text.length > 0) {
      // a byte-order mark (as some editors write UTF-8) is not part of the first line
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl >= 0) {
      reader.line(text.slice(start, nl), ++lineNo);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    if (options.onProgress !== undefined && bytes - reported >= PROGRESS_EVERY) {
      reported = bytes;
      options.onProgress({ bytes, totalBytes: total, records: reader.records });
    }
  }
  if (rest.length > 0) reader.line(rest, ++lineNo);
  options.onProgress?.({ bytes: total, totalBytes: total, records: reader.records });
  return reader.finish();
}
