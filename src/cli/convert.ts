/**
 * `shnor convert`: a dataset file from one input format to another (JSON, JSON Lines, CSV with its
 * frame, Excel; gzip by `.gz`). Kept free of `process` so that tests can call it.
 * @internal
 */
import { datasetFileFormat, readDatasetFile, writeDatasetFile } from '../io/read.js';
import type { FileIssue, ReadProgress } from '../io/types.js';
import { pluralForm } from '../errors/plural.js';

/** Where the command writes, and whether stderr is a terminal (progress is shown only then). */
export interface ConvertIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY?: boolean;
}

/** The usage line of the command. */
export const CONVERT_HELP = `  shnor convert <вход / input> <выход / output> [--mapping <file.json>] [--frame <file.json>] [--partial]
      набор данных из одного формата в другой: .json, .jsonl, .csv (+ .frame.json), .xlsx, любой с .gz
      a dataset from one format to another: .json, .jsonl, .csv (+ .frame.json), .xlsx, any with .gz
`;

const errorsWord = (n: number): string => pluralForm(n, ['ошибка', 'ошибки', 'ошибок']);

const recordsWord = (n: number): string => pluralForm(n, ['запись', 'записи', 'записей']);

const where = (i: FileIssue, lang: 'ru' | 'en'): string => [i.file, i.sheet, i.line === null ? null : lang === 'ru' ? `строка ${i.line}` : `line ${i.line}`, i.column].filter((x) => x !== null && x !== undefined && x !== '').join(': ');

/**
 * Formats one issue of a file as a line for the terminal: where it is (file, sheet, line, column),
 * its code and its message, all in the chosen language («строка 14» / "line 14").
 *
 * @param i - The issue.
 * @param lang - `ru` or `en`.
 * @returns The line, without a newline.
 * @example
 * ```ts
 * const issue = { file: 'впр.csv', line: 14, column: 'participants', path: ['results', 12, 'participants'], code: 'invalid_type', message: { ru: 'ожидается число', en: 'expected a number' } };
 * fileIssueLine(issue, 'ru') //=> '  впр.csv: строка 14: participants [invalid_type]: ожидается число'
 * fileIssueLine(issue, 'en') //=> '  впр.csv: line 14: participants [invalid_type]: expected a number'
 * ```
 */
export function fileIssueLine(i: FileIssue, lang: 'ru' | 'en'): string {
  return `  ${where(i, lang)} [${i.code}]: ${i.message[lang]}`;
}

/**
 * A progress printer for stderr when it is a terminal; nothing otherwise. Each report rewrites one
 * line: the file, the share read in percent and the records so far, in the language asked
 * (`national.csv: 37 % (1 850 000 записей)`); the last one ends the line.
 *
 * @param io - Where to write, and whether stderr is a terminal.
 * @param what - The file read, as the user named it.
 * @param lang - The language of the line; Russian by default.
 * @returns The callback for a reader's `onProgress`, or `undefined` when stderr is not a terminal.
 * @example
 * ```ts
 * // национальный файл ВПР читается с отметками хода на терминале
 * const err: string[] = [];
 * const show = progressPrinter({ stdout: () => {}, stderr: (t) => err.push(t), isTTY: true }, 'впр.csv');
 * show?.({ bytes: 50, totalBytes: 100, records: 1_850_001 });
 * err[0] //=> '\rвпр.csv: 50 % (1 850 001 запись)'
 * ```
 */
export function progressPrinter(io: ConvertIo, what: string, lang: 'ru' | 'en' = 'ru'): ((p: ReadProgress) => void) | undefined {
  if (io.isTTY !== true) return undefined;
  return (p) => {
    const pct = p.totalBytes > 0 ? Math.min(100, Math.round((100 * p.bytes) / p.totalBytes)) : 0;
    const count = lang === 'ru' ? `${p.records.toLocaleString('ru-RU')} ${recordsWord(p.records)}` : `${p.records.toLocaleString('en-GB')} ${p.records === 1 ? 'record' : 'records'}`;
    io.stderr(`\r${what}: ${pct} % (${count})${pct === 100 ? '\n' : ''}`);
  };
}

/**
 * Runs `shnor convert <input> <output>`: reads the input in its format, reports every issue and
 * warning on stderr, and writes the valid dataset in the output's format. With issues it writes
 * nothing unless `--partial` is given.
 *
 * @param args - The arguments after `convert`.
 * @param io - Where to write.
 * @returns The exit code: 0 success, 1 input errors, 2 bad usage.
 * @example
 * ```ts
 * // набор Режа из JSON Lines в JSON; что прочитано — в stdout, ошибки — в stderr
 * await writeJsonLinesDataset(dataset, 'реж-2024.jsonl.gz');
 * const out: string[] = [];
 * const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
 * await runConvert(['реж-2024.jsonl.gz', 'реж-2024.json'], io) //=> 0
 * out[0] //=> 'territories: 2, schools: 16, results: 279, …\n→ реж-2024.json\n'
 * ```
 */
export async function runConvert(args: readonly string[], io: ConvertIo): Promise<number> {
  const files: string[] = [];
  const opts = new Map<string, string>();
  let partial = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--mapping' || a === '--frame') {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) {
        io.stderr(`shnor convert: ${a}: нет значения / no value\n`);
        return 2;
      }
      opts.set(a, v);
      i++;
    } else if (a === '--partial') partial = true;
    else if (a.startsWith('--')) {
      io.stderr(`shnor convert: ${a}: неизвестный параметр / unknown option\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length !== 2) {
    io.stderr(`shnor convert: нужны входной и выходной файлы / an input and an output file are required\n${CONVERT_HELP}`);
    return 2;
  }
  const [input, output] = files as [string, string];
  for (const f of files) {
    if (datasetFileFormat(f) === null) {
      io.stderr(`shnor convert: ${f}: неизвестный формат файла; ожидается .json, .jsonl, .csv или .xlsx (можно .gz) / unknown file format\n`);
      return 2;
    }
  }
  let read;
  try {
    const mapping = opts.get('--mapping');
    const frame = opts.get('--frame');
    const onProgress = progressPrinter(io, input);
    read = await readDatasetFile(input, { ...(mapping === undefined ? {} : { mapping }), ...(frame === undefined ? {} : { frame }), ...(onProgress === undefined ? {} : { onProgress }) });
  } catch (e) {
    io.stderr(`shnor convert: ${(e as Error).message}\n`);
    return 1;
  }
  for (const w of read.warnings) io.stderr(`${fileIssueLine(w, 'ru')}\n`);
  if (read.issues.length > 0) {
    io.stderr(`shnor convert: ${read.issues.length} ${errorsWord(read.issues.length)} во входных данных / input issue(s):\n${read.issues.map((i) => fileIssueLine(i, 'ru')).join('\n')}\n`);
    if (!partial || read.dataset === null) {
      io.stderr('shnor convert: ничего не записано; --partial запишет корректные записи / nothing written; --partial writes the valid records\n');
      return 1;
    }
  }
  if (read.dataset === null) return 1;
  let written: string[];
  try {
    written = await writeDatasetFile(read.dataset, output);
  } catch (e) {
    io.stderr(`shnor convert: ${(e as Error).message}\n`);
    return 1;
  }
  const kept = Object.entries(read.counts)
    .filter(([, c]) => c.kept > 0)
    .map(([k, c]) => `${k}: ${c.kept}`)
    .join(', ');
  io.stdout(`${kept}\n→ ${written.join(', ')}\n`);
  return read.issues.length > 0 ? 1 : 0;
}
