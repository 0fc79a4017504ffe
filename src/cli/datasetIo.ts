/**
 * The CLI's reading of a dataset file of any input format (`--data`): progress on a terminal, every
 * issue and warning at its line and column, `--partial` to go on with the valid records. Kept free of
 * `process` so that tests can call it.
 * @internal
 */
import type { Dataset } from '../model/dataset.js';
import { type PreparedDataset, prepareColumns } from '../criteria/identify.js';
import { readDatasetFile } from '../io/read.js';
import { readResultColumns } from '../io/columns.js';
import type { FileIssue, PartialFileDataset } from '../io/types.js';
import { type ConvertIo, fileIssueLine, progressPrinter } from './convert.js';
import { pluralForm } from '../errors/plural.js';

const errorsWord = (n: number, lang: 'ru' | 'en'): string =>
  lang === 'en' ? 'issue(s)' : pluralForm(n, ['ошибка', 'ошибки', 'ошибок']);

/**
 * Reads `--data` for a command: JSON, JSON Lines, CSV (with its frame) or Excel, gzip or not. Prints
 * progress to stderr when it is a terminal, the warnings, and the issues; with issues the command
 * stops (exit code 1) unless `partial` is set, and then goes on with the valid records.
 *
 * @param path - The file given with `--data`.
 * @param io - Where to write, and whether stderr is a terminal.
 * @param options - `partial` (go on with the valid records), `lang` of the messages, `command` for the prefix.
 * @returns The dataset and what was read, or the exit code to stop with.
 * @example
 * ```ts
 * // `shnor evaluate --data реж-2024.jsonl.gz`: набор Режа без ошибок — команда идёт дальше
 * await writeJsonLinesDataset(dataset, 'реж-2024.jsonl.gz');
 * const io = { stdout: (t: string) => undefined, stderr: (t: string) => undefined };
 * const r = await loadDatasetForCli('реж-2024.jsonl.gz', io, { partial: false, lang: 'ru', command: 'evaluate' });
 * 'code' in r //=> false
 * r.dataset.schools.length //=> 16
 * ```
 */
export async function loadDatasetForCli(
  path: string,
  io: ConvertIo,
  options: { readonly partial: boolean; readonly lang: 'ru' | 'en'; readonly command: string; readonly mapping?: string; readonly frame?: string },
): Promise<{ readonly dataset: Dataset; readonly read: PartialFileDataset } | { readonly code: number; readonly read?: PartialFileDataset }> {
  const prefix = `shnor ${options.command}`;
  let read: PartialFileDataset;
  try {
    const onProgress = progressPrinter(io, path, options.lang);
    read = await readDatasetFile(path, {
      ...(onProgress === undefined ? {} : { onProgress }),
      ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
      ...(options.frame === undefined ? {} : { frame: options.frame }),
    });
  } catch (e) {
    io.stderr(`${prefix}: ${(e as Error).message}\n`);
    return { code: 1 };
  }
  for (const w of read.warnings) io.stderr(`${fileIssueLine(w, options.lang)}\n`);
  if (read.issues.length > 0) {
    const n = read.issues.length;
    io.stderr(`${prefix}: ${options.lang === 'ru' ? `в данных ${n} ${errorsWord(n, 'ru')}` : `the data has ${n} issue(s)`}:\n${read.issues.map((i) => fileIssueLine(i, options.lang)).join('\n')}\n`);
    if (!options.partial || read.dataset === null) {
      if (!options.partial) io.stderr(`${prefix}: ничего не оценено; --partial оценит корректные записи / nothing evaluated; --partial evaluates the valid records\n`);
      return { code: 1, read };
    }
    const kept = Object.values(read.counts).reduce((k, c) => k + c.kept, 0);
    io.stderr(`${prefix}: --partial: ${options.lang === 'ru' ? `оцениваются ${kept} корректных записей` : `evaluating the ${kept} valid records`}\n`);
  }
  if (read.dataset === null) return { code: 1, read };
  return { dataset: read.dataset, read };
}

/** What {@link loadColumnsForCli} gives: the dataset prepared over packed result columns, with everything read. */
export interface ColumnsForCli {
  /** The frame with the results packed (`null` when the header is invalid). */
  readonly dataset: Dataset | null;
  /** The dataset prepared over the columns, for `evaluateProgram`. */
  readonly prepared: PreparedDataset | null;
  /** Every issue: the frame's and the results'. */
  readonly issues: readonly FileIssue[];
  /** Every warning. */
  readonly warnings: readonly FileIssue[];
  /** Kept and rejected records by collection. */
  readonly counts: PartialFileDataset['counts'];
}

/**
 * Reads a national JSON Lines or CSV `--data` file for `evaluate` straight into packed result
 * columns (`readResultColumns`) and prepares them (`prepareColumns`): memory bounded by the columns,
 * no object per result row. Progress on stderr when it is a terminal: the reading in percent, then
 * each phase. Issues are those `readDatasetFile` gives, at their lines.
 *
 * @param path - A `.jsonl` or `.csv` file (gzip or not).
 * @param io - Where to write progress, and whether stderr is a terminal.
 * @param options - `lang` of the progress lines; a column mapping file and a frame for CSV.
 * @returns The prepared dataset and what was read.
 * @throws `Error` from the reader: a file that cannot be opened, a CSV without its frame, a bad mapping file.
 * @example
 * ```ts
 * // Реж, 2021–2024: результаты в столбцах, без объекта на строку
 * const io = { stdout: () => {}, stderr: () => {}, isTTY: false };
 * const r = await loadColumnsForCli('реж-2024.jsonl.gz', io, { lang: 'ru' });
 * r.issues.length //=> 0
 * r.counts.results //=> { kept: 279, rejected: 0 }
 * ```
 */
export async function loadColumnsForCli(path: string, io: ConvertIo, options: { readonly lang: 'ru' | 'en'; readonly mapping?: string; readonly frame?: string }): Promise<ColumnsForCli> {
  const phase = (ru: string, en: string): void => {
    if (io.isTTY === true) io.stderr(`… ${options.lang === 'ru' ? ru : en}\n`);
  };
  const onProgress = progressPrinter(io, path, options.lang);
  const r = await readResultColumns(path, {
    ...(onProgress === undefined ? {} : { onProgress }),
    ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
    ...(options.frame === undefined ? {} : { frame: options.frame }),
  });
  phase(`проверено строк результатов: ${r.counts.kept.toLocaleString('ru-RU')}; подготовка к расчётам`, `${r.counts.kept.toLocaleString('en-GB')} result rows checked; preparing the calculations`);
  const frame = r.frame.dataset;
  const prepared = frame === null ? null : prepareColumns(frame, r.packed);
  return {
    dataset: prepared === null ? null : prepared.dataset,
    prepared,
    issues: [...r.frame.issues, ...r.issues],
    warnings: [...r.frame.warnings, ...r.warnings],
    counts: { ...r.frame.counts, results: { kept: r.counts.kept + (r.frame.counts.results?.kept ?? 0), rejected: r.counts.rejected + (r.frame.counts.results?.rejected ?? 0) } },
  };
}

/**
 * Writes `JSON.stringify(value, null, 2)` in pieces of about a megabyte, the same text byte for byte,
 * so that a national evaluation (hundreds of megabytes of JSON) never has to fit in one string.
 *
 * @param value - A JSON-serialisable value (plain objects, arrays, primitives).
 * @param write - Where each piece goes.
 * @param omit - A key left out at every depth (`trace`), as a replacer would leave it out.
 * @example
 * ```ts
 * let text = '';
 * writeJsonPieces({ школы: ['rezh-1', 'rezh-2'] }, (s) => (text += s));
 * text === JSON.stringify({ школы: ['rezh-1', 'rezh-2'] }, null, 2) //=> true
 * ```
 */
export function writeJsonPieces(value: unknown, write: (text: string) => void, omit?: string): void {
  // as the replacer `(k, v) => (k === omit ? undefined : v)`: the key dropped at every depth
  const replacer = omit === undefined ? null : (k: string, x: unknown): unknown => (k === omit ? undefined : x);
  let buf = '';
  const put = (s: string): void => {
    buf += s;
    if (buf.length >= 1 << 20) {
      write(buf);
      buf = '';
    }
  };
  const walk = (v: unknown, indent: string, depth: number): void => {
    const plain = typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
    if (!plain || depth > 6) {
      const s = (replacer === null ? JSON.stringify(v, null, 2) : JSON.stringify(v, replacer, 2)) as string | undefined;
      put(s === undefined ? 'null' : indent === '' ? s : s.replace(/\n/g, `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return put('[]');
      put('[\n');
      for (let i = 0; i < v.length; i++) {
        put(inner);
        const x: unknown = v[i];
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') put('null');
        else walk(x, inner, depth + 1);
        put(i < v.length - 1 ? ',\n' : '\n');
      }
      put(`${indent}]`);
      return;
    }
    const keys = Object.keys(v as object).filter((k) => {
      const x = (v as Record<string, unknown>)[k];
      return k !== omit && x !== undefined && typeof x !== 'function' && typeof x !== 'symbol';
    });
    if (keys.length === 0) return put('{}');
    put('{\n');
    keys.forEach((k, i) => {
      put(`${inner}${JSON.stringify(k)}: `);
      walk((v as Record<string, unknown>)[k], inner, depth + 1);
      put(i < keys.length - 1 ? ',\n' : '\n');
    });
    put(`${indent}}`);
  };
  walk(value, '', 0);
  if (buf.length > 0) write(buf);
}
