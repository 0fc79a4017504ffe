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
 * Reads a dataset from a JSON Lines file (`.jsonl`, or `.jsonl.gz` — gzip is recognised by its
 * content): one JSON object per line, each tagged with its collection — the header line
 * `{"collection":"dataset","format":"shnor.dataset/1","id":…,"name":…,"territoryId":…,"years":[…]}`,
 * then `{"collection":"territories",…}`, `{"collection":"schools",…}`, `{"collection":"results",…}`
 * and so on, in any order. The file is read as a stream, line by line: its size is limited by the
 * records kept, not by a string of the whole file. Every record is validated as
 * `parseDatasetPartial` validates it; a line that is not JSON, has no known collection or is
 * invalid is reported with its line (and column: the field, or the character of a JSON syntax error)
 * and never stops the others.
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
  const collector = new DatasetCollector();
  const origins = new Set<string>();
  const total = options.onProgress === undefined ? 0 : fileSize(path);
  let bytes = 0;
  let reported = 0;
  let records = 0;
  const input = openInput(path, options.onProgress === undefined ? undefined : (n) => (bytes += n));
  input.setEncoding('utf8');
  let rest = '';
  let lineNo = 0;
  const bad = (code: string, line: number, column: string | null, received: unknown, ru: string, en: string, collection: string): void => {
    const i: FileIssue = { code, path: [], received, message: { ru, en }, file: path, line, column };
    collector.issue(i);
    collector.lost(collection);
  };
  const handle = (raw: string): void => {
    lineNo++;
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line.length === 0 || line.trim().length === 0) return;
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
      bad('invalid_json', lineNo, pos === null ? null : `символ ${pos + 1}`, line.length > 80 ? `${line.slice(0, 77)}...` : line, `строка не JSON: ${(e as Error).message}`, `the line is not JSON: ${(e as Error).message}`, '(none)');
      return;
    }
    if ('notObject' in parsed) {
      bad('invalid_type', lineNo, null, typeof parsed.notObject, 'строка должна быть объектом JSON с полем collection', 'a line must be a JSON object with a collection field', '(none)');
      return;
    }
    const { collection, record } = parsed;
    records++;
    if (collection === 'dataset') {
      collector.setHeader(record, { file: path, line: lineNo });
      return;
    }
    if (typeof collection !== 'string' || !isCollection(collection)) {
      bad(
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
    if (!origins.has(collection)) {
      origins.add(collection);
      collector.origin(collection, { file: path, withLines: true });
    }
    collector.add(collection, record, lineNo);
  };
  for await (const chunk of input) {
    const text = rest + (chunk as string);
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl >= 0) {
      handle(text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    if (options.onProgress !== undefined && bytes - reported >= PROGRESS_EVERY) {
      reported = bytes;
      options.onProgress({ bytes, totalBytes: total, records });
    }
  }
  if (rest.length > 0) handle(rest);
  options.onProgress?.({ bytes: total, totalBytes: total, records });
  return collector.finish();
}
