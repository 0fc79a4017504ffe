/**
 * The CLI's reading of a dataset file of any input format (`--data`): progress on a terminal, every
 * issue and warning at its line and column, `--partial` to go on with the valid records. Kept free of
 * `process` so that tests can call it.
 * @internal
 */
import type { Dataset } from '../model/dataset.js';
import { readDatasetFile } from '../io/read.js';
import type { PartialFileDataset } from '../io/types.js';
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
    const onProgress = progressPrinter(io, path);
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
