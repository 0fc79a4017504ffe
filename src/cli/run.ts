/**
 * Command dispatch for the `shnor` CLI, kept free of `process` so that tests can call it.
 *
 * Exit codes: 0 — success (warnings allowed); 1 — errors in the input data, a failed test case, or
 * a file that cannot be read or written; 2 — bad usage (unknown command or option, a missing or
 * malformed value).
 * @internal
 */
import { closeSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { programYearWontFit } from './_lib/memory.js';
import type { ActualPoint } from '../indicators/evaluateIndicator.js';
import { checkDataset } from '../model/checkConsistency.js';
import { parseDatasetPartial } from '../model/dataset.js';
import type { ValidationIssue } from '../model/validation.js';
import type { Lang } from '../numbers/format.js';
import { type ProgramStep, evaluateProgram } from '../programs/evaluateProgram.js';
import { FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, SEED_000_RISK_CATALOGUE } from '../risk/catalogue.js';
import { type RiskProfile, safeParseRiskProfile } from '../risk/profile.js';
import { PRESET_PROGRAMS, resolvePresetProgram } from '../programs/presets/index.js';
import { type Program, safeParseProgram } from '../programs/schema.js';
import { writeHtml } from '../report/renderHtml.js';
import { writeMarkdown } from '../report/renderMarkdown.js';
import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchemaOf } from '../schemas/jsonSchema.js';
import { type StdinReader, readInput } from './_lib/input.js';
import { programWithReadings } from './_lib/readings.js';
import { runTestFile } from './_lib/testCases.js';
import { buildDemo } from './demo.js';
import { readDatasetFile } from '../io/read.js';
import type { FileIssue } from '../io/types.js';
import { CONVERT_HELP, fileIssueLine, progressPrinter, runConvert } from './convert.js';
import { loadColumnsForCli, writeJsonPieces } from './datasetIo.js';
import type { PreparedDataset } from '../criteria/identify.js';
import { checkActuals, safeParseActuals } from '../indicators/actuals.js';

/** Where the CLI reads and writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input, for `-` (all of it). */
  readonly stdin?: StdinReader;
  /** Whether standard error is a terminal (progress is printed only then). */
  readonly isTTY?: boolean;
}

/** The package version, set by the entry point. */
export const VERSION = '0.1.0';

type OptionSpec = { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean; readonly help: string };
type CommandSpec = { readonly usage: string; readonly what: string; readonly options: Readonly<Record<string, OptionSpec>>; readonly positionals?: boolean };

const COMMON: Readonly<Record<string, OptionSpec>> = {
  lang: { type: 'string', help: 'язык вывода: ru (по умолчанию) или en / output language' },
  help: { type: 'boolean', short: 'h', help: 'эта справка / this help' },
};
const FORMAT: OptionSpec = { type: 'string', help: 'формат вывода / output format' };

const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  demo: {
    usage: 'shnor demo [--lang ru|en] [--year 2023] [--out <папка>] [--format md|json]',
    what: 'отчёт по встроенному образцу данных (программа Режевского ГО) в консоль и в папку: report.json, report.md, report.html, card.html / the report over the embedded sample to the console and a folder',
    options: { ...COMMON, year: { type: 'string', help: 'год оценки, четыре цифры / the year, four digits' }, out: { type: 'string', help: 'папка для файлов (shnor-report по умолчанию) / folder for the files' }, format: { ...FORMAT, help: 'что печатать: md (по умолчанию) или json / what to print' } },
  },
  evaluate: {
    usage: `shnor evaluate --program <${Object.keys(PRESET_PROGRAMS).join('|')}|файл.json> --data <файл.json|-> --year <год> [--reading <прочтение>=<значение> …] [--format md|html|json] [--actuals <файл>] [--profiles <файл>] [--partial] [--no-explain] [--trace] [--cards identified|all|none] [--out <файл>]`,
    what: 'оценка программы за год: перечни с причинами, показатели, риск-профили / a program year',
    options: {
      ...COMMON,
      program: { type: 'string', help: 'предустановленная программа или файл программы / a preset or a program file' },
      reading: { type: 'string', multiple: true, help: 'открытое прочтение программы (её readings), можно несколько: --reading riskPrevention=noFactorEliminated / an open reading of the program, repeatable' },
      data: { type: 'string', help: 'набор данных: .json, .jsonl, .csv (+ .frame.json), .xlsx, любой с .gz; «-» — JSON со стандартного ввода / the dataset in any input format; «-» for JSON on standard input' },
      mapping: { type: 'string', help: 'файл соответствия столбцов CSV / Excel (JSON) / a column mapping for CSV or Excel' },
      frame: { type: 'string', help: 'JSON-рамка к CSV (школы, территории, годы), если не <файл>.frame.json / the JSON frame of a CSV file' },
      year: { type: 'string', help: 'год оценки, четыре цифры / the year, four digits' },
      format: { ...FORMAT, help: 'md (по умолчанию), html или json' },
      actuals: { type: 'string', help: 'фактические значения показателей (JSON) / indicator actuals' },
      profiles: { type: 'string', help: 'риск-профили школ (JSON: { "profiles": [ … ] }, по каталогу рисков программы) / imported risk profiles' },
      partial: { type: 'boolean', help: 'оценить корректные записи, если есть ошибки / evaluate the valid records' },
      'no-explain': { type: 'boolean', help: 'без текстов объяснений (для больших наборов); причины в отчёте остаются / without explanation texts' },
      trace: { type: 'boolean', help: 'сохранить трассировку решений в JSON / keep the traces in the JSON' },
      cards: { type: 'string', help: 'карточки школ в HTML: identified — только школ из перечней (по умолчанию, если школ больше 500), all — всех, none — без карточек / which school cards the HTML report includes' },
      out: { type: 'string', help: 'файл для результата вместо консоли / write to a file' },
    },
  },
  validate: {
    usage: 'shnor validate --data <файл.json|-> [--format text|json] [--lang ru|en]',
    what: 'проверка набора данных: ошибки (записи отклонены) и предупреждения согласованности (записи приняты, но противоречат друг другу) / errors and consistency warnings of a dataset',
    options: {
      ...COMMON,
      data: { type: 'string', help: 'набор данных: .json, .jsonl, .csv (+ .frame.json), .xlsx, любой с .gz; «-» — JSON со стандартного ввода / the dataset in any input format' },
      mapping: { type: 'string', help: 'файл соответствия столбцов CSV / Excel (JSON) / a column mapping for CSV or Excel' },
      frame: { type: 'string', help: 'JSON-рамка к CSV, если не <файл>.frame.json / the JSON frame of a CSV file' },
      format: { ...FORMAT, help: 'text (по умолчанию) или json' },
    },
  },
  schema: {
    usage: 'shnor schema [имя…] [--out <папка>]',
    what: `JSON Schema входных форматов / JSON Schema of the input formats: ${JSON_SCHEMA_NAMES.join(', ')}`,
    options: { ...COMMON, out: { type: 'string', help: 'папка для файлов <имя>.schema.json' }, format: { ...FORMAT, help: 'json (единственный формат)' } },
    positionals: true,
  },
  test: {
    usage: 'shnor test <файл.yaml|файл.json> [--format text|json] [--lang ru|en]',
    what: 'тесты методики: случаи со школами, их данными и ожидаемым решением по каждой категории / a methodology’s test cases',
    options: { ...COMMON, format: { ...FORMAT, help: 'text (по умолчанию) или json' } },
    positionals: true,
  },
};

const EXIT_CODES = 'Коды выхода / exit codes: 0 — успех (предупреждения допустимы) / success; 1 — ошибки в данных, проваленный тест, файл не читается или не записывается / data errors, a failed test, a file problem; 2 — неверный вызов / bad usage.';

const HELP = (): string => `shnor ${VERSION} — ШНОР / ШНСУ: критерии, риск-профили, целевые показатели, динамика

Использование / Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}\n      ${c.what}`)
  .join('\n')}
${CONVERT_HELP}  shnor <команда> --help    справка по команде / help on a command
  shnor --version

Параметры пишутся как --name value или --name=value; «-» вместо файла — стандартный ввод.
${EXIT_CODES}
`;

function commandHelp(name: string, c: CommandSpec): string {
  const rows = Object.entries(c.options).map(([k, o]) => `  ${o.short ? `-${o.short}, ` : '    '}--${k}${o.type === 'string' ? ' <значение>' : ''}\n        ${o.help}`);
  return `shnor ${name} — ${c.what}\n\n${c.usage}\n\n${rows.join('\n')}\n\n${EXIT_CODES}\n`;
}

const issueLine = (i: ValidationIssue | FileIssue, lang: Lang): string => ('file' in i ? fileIssueLine(i, lang) : `  ${i.path.join('.') || (lang === 'ru' ? '(весь набор)' : '(the whole dataset)')}: ${i.message[lang]}`);

/** Writes a file; one line on failure. */
function writeOut(path: string, text: string, io: CliIo): boolean {
  try {
    writeFileSync(path, text);
    return true;
  } catch (e) {
    io.stderr(`shnor: ${path}: ${writeProblem(e)}\n`);
    return false;
  }
}

/** Writes a file piece by piece as `render` hands them over; one line on failure. */
function writePieces(path: string, render: (write: (text: string) => void) => void, io: CliIo): boolean {
  let fd: number | undefined;
  try {
    const f = openSync(path, 'w');
    fd = f;
    render((text) => writeSync(f, text));
    return true;
  } catch (e) {
    io.stderr(`shnor: ${path}: ${writeProblem(e)}\n`);
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EISDIR':
      return 'это папка, а не файл / is a directory, not a file';
    case 'ENOENT':
      return 'папки не существует / the folder does not exist';
    case 'ENOTDIR':
      return 'часть пути — файл, а не папка / part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'нет прав на запись / permission denied';
    case 'ENOSPC':
      return 'диск заполнен / the disk is full';
    case 'EROFS':
      return 'файловая система только для чтения / read-only file system';
    default:
      return `не удалось записать / cannot write (${code ?? (e as Error).message})`;
  }
}

function parseYear(text: string | undefined, io: CliIo): number | undefined | 'bad' {
  if (text === undefined) return undefined;
  const y = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(y) || y < 1990 || y > 2100) {
    io.stderr(`shnor: --year: получено ${JSON.stringify(text)}, ожидается год четырьмя цифрами, 1990–2100 / expected a four-digit year 1990–2100\n`);
    return 'bad';
  }
  return y;
}

/** A step of the program year as a progress line, in Russian and in English. */
function stepWords(p: ProgramStep): [string, string] {
  switch (p.step) {
    case 'identification':
      return [`отнесение школ к категориям за ${p.year} год`, `identifying the schools of ${p.year}`];
    case 'earlier_year':
      return [`перечни ${p.year} года для истории`, `the lists of ${p.year}, for the history`];
    case 'history':
      return ['история школ в категориях по годам', 'each school\'s history in the categories'];
    case 'risk_profiles':
      return ['риск-профили школ', 'the schools\' risk profiles'];
    case 'indicators':
      return ['целевые показатели', 'the target indicators'];
    default:
      return ['проверка согласованности данных', 'checking the data for consistency'];
  }
}

/**
 * Runs the CLI with the given arguments and returns the exit code.
 * @internal
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [first, ...restArgs] = args;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const topic = first === 'help' ? restArgs[0] : undefined;
    const spec = topic === undefined ? undefined : Object.prototype.hasOwnProperty.call(COMMANDS, topic) ? COMMANDS[topic] : undefined;
    io.stdout(spec !== undefined && topic !== undefined ? commandHelp(topic, spec) : HELP());
    return 0;
  }
  if (first === '--version' || first === '-v' || first === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = first;
  if (command === 'convert') {
    if (restArgs.includes('--help') || restArgs.includes('-h')) {
      io.stdout(`shnor convert — набор данных из одного формата в другой / a dataset from one input format to another\n\n${CONVERT_HELP}\n${EXIT_CODES}\n`);
      return 0;
    }
    return runConvert(restArgs, io);
  }
  const spec = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (spec === undefined) {
    io.stderr(`shnor: неизвестная команда ${JSON.stringify(command)} / unknown command; см. / see shnor --help\n`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: [...restArgs], options: spec.options as Parameters<typeof parseArgs>[0] extends infer P ? (P extends { options?: infer O } ? O : never) : never, allowPositionals: true, strict: true });
    values = parsed.values as Record<string, string | boolean | undefined>;
    positionals = parsed.positionals;
  } catch (e) {
    io.stderr(`shnor ${command}: ${argsError(e)}\nсм. / see: shnor ${command} --help\n`);
    return 2;
  }
  if (values.help === true) {
    io.stdout(commandHelp(command, spec));
    return 0;
  }
  if (!spec.positionals && positionals.length > 0) {
    io.stderr(`shnor ${command}: лишние аргументы / unexpected arguments: ${positionals.join(' ')}\n`);
    return 2;
  }
  const lang = (values.lang ?? 'ru') as Lang;
  if (lang !== 'ru' && lang !== 'en') {
    io.stderr(`shnor: --lang: получено ${JSON.stringify(lang)}, ожидается ru или en / expected ru or en\n`);
    return 2;
  }
  const year = parseYear(values.year as string | undefined, io);
  if (year === 'bad') return 2;
  const format = values.format as string | undefined;
  const formats: Readonly<Record<string, readonly string[]>> = { demo: ['md', 'json'], evaluate: ['md', 'html', 'json'], validate: ['text', 'json'], schema: ['json'], test: ['text', 'json'] };
  if (format !== undefined && !(formats[command] ?? []).includes(format)) {
    io.stderr(`shnor ${command}: ${notOneOf('--format', format, formats[command] ?? [], lang)}\n`);
    return 2;
  }
  const cards = values.cards as string | undefined;
  if (cards !== undefined && !['identified', 'all', 'none'].includes(cards)) {
    io.stderr(`shnor ${command}: ${notOneOf('--cards', cards, ['identified', 'all', 'none'], lang)}\n`);
    return 2;
  }
  const progress = (ru: string, en: string): void => {
    if (io.isTTY === true) io.stderr(`… ${lang === 'ru' ? ru : en}\n`);
  };
  const read = async (path: string, what: string): Promise<unknown | undefined> => {
    const r = await readInput(path, io.stdin);
    if (!r.ok) {
      io.stderr(`shnor ${command}: ${what}: ${r.message}\n`);
      return undefined;
    }
    return r.value;
  };

  /** `--data` in any input format: plain JSON (or `-`) through the strict JSON reader, the rest through `shnor/io`. */
  const loadData = async (path: string): Promise<{ readonly dataset: ReturnType<typeof parseDatasetPartial>['dataset']; readonly issues: readonly (ValidationIssue | FileIssue)[]; readonly counts: ReturnType<typeof parseDatasetPartial>['counts']; readonly warnings: readonly FileIssue[] } | undefined> => {
    if (path === '-' || /\.json$/i.test(path)) {
      const raw = await read(path, '--data');
      return raw === undefined ? undefined : { ...parseDatasetPartial(raw), warnings: [] };
    }
    try {
      const onProgress = progressPrinter(io, path, lang);
      return await readDatasetFile(path, {
        ...(onProgress === undefined ? {} : { onProgress }),
        ...(typeof values.mapping === 'string' ? { mapping: values.mapping } : {}),
        ...(typeof values.frame === 'string' ? { frame: values.frame } : {}),
      });
    } catch (e) {
      io.stderr(`shnor ${command}: --data: ${(e as Error).message.split('\n')[0]}\n`);
      return undefined;
    }
  };

  switch (command) {
    case 'demo': {
      const out = resolve((values.out as string | undefined) ?? 'shnor-report');
      const d = buildDemo(lang, year ?? 2023);
      try {
        if (statSync(out, { throwIfNoEntry: false })?.isFile()) {
          io.stderr(`shnor demo: ${out}: это файл, а не папка / is a file, not a folder\n`);
          return 1;
        }
        mkdirSync(out, { recursive: true });
      } catch (e) {
        io.stderr(`shnor demo: ${out}: ${writeProblem(e)}\n`);
        return 1;
      }
      for (const [name, text] of [
        ['report.json', d.json],
        ['report.md', d.markdown],
        ['report.html', d.html],
        ['card.html', d.card],
      ] as const) {
        if (!writeOut(join(out, name), text, io)) return 1;
      }
      io.stdout(format === 'json' ? d.json : d.markdown);
      if (format !== 'json') io.stdout(`\n${lang === 'ru' ? 'Отчёт записан в' : 'Report written to'} ${out}: report.json, report.md, report.html, card.html\n`);
      return 0;
    }
    case 'evaluate': {
      const programArg = values.program as string | undefined;
      const dataArg = values.data as string | undefined;
      if (programArg === undefined || dataArg === undefined || year === undefined) {
        io.stderr('shnor evaluate: нужны --program, --data и --year / --program, --data and --year are required; см. / see shnor evaluate --help\n');
        return 2;
      }
      const preset = resolvePresetProgram(programArg);
      if (preset?.deprecatedId !== undefined) {
        io.stderr(`shnor evaluate: --program ${preset.deprecatedId}: устаревшее обозначение, используйте ${preset.id} / a deprecated id, use ${preset.id}\n`);
      }
      let program: Program | undefined = preset?.program;
      if (program === undefined) {
        if (!/[./\\]/.test(programArg) && statSync(programArg, { throwIfNoEntry: false }) === undefined) {
          io.stderr(`shnor evaluate: --program: «${programArg}» — нет такой предустановленной программы и такого файла / neither a preset nor a file; presets: ${Object.keys(PRESET_PROGRAMS).join(', ')}\n`);
          return 2;
        }
        const raw = await read(programArg, '--program');
        if (raw === undefined) return 1;
        const p = safeParseProgram(raw);
        if (!p.success) {
          io.stderr(`shnor evaluate: ${programArg}: ошибок в программе / issues in the program: ${p.issues.length}\n${p.issues.map((i) => issueLine(i, lang)).join('\n')}\n`);
          return 1;
        }
        program = p.data;
      }
      const readingArgs = values.reading as unknown as readonly string[] | undefined;
      if (readingArgs !== undefined && readingArgs.length > 0) {
        const read = programWithReadings(program, readingArgs);
        if (!read.ok) {
          io.stderr(`shnor evaluate: --reading: ${read.message[lang]}\n`);
          return 2;
        }
        program = read.program;
      }
      progress('чтение данных', 'reading the data');
      // a national JSON Lines or CSV file: read straight into packed columns and prepared over them
      let parsed: (NonNullable<Awaited<ReturnType<typeof loadData>>> & { readonly prepared?: PreparedDataset | null }) | undefined;
      if (/\.(jsonl|ndjson|csv)(\.gz)?$/i.test(dataArg)) {
        try {
          parsed = await loadColumnsForCli(dataArg, io, { lang, ...(typeof values.mapping === 'string' ? { mapping: values.mapping } : {}), ...(typeof values.frame === 'string' ? { frame: values.frame } : {}) });
        } catch (e) {
          io.stderr(`shnor ${command}: --data: ${(e as Error).message.split('\n')[0]}\n`);
          return 1;
        }
      } else parsed = await loadData(dataArg);
      if (parsed === undefined) return 1;
      for (const w of parsed.warnings) io.stderr(`${issueLine(w, lang)}\n`);
      if (parsed.issues.length > 0) {
        io.stderr(`shnor evaluate: ${dataArg}: ошибок в данных / issues in the data: ${parsed.issues.length}\n${parsed.issues.map((i) => issueLine(i, lang)).join('\n')}\n`);
        if (values.partial !== true || parsed.dataset === null) {
          if (values.partial !== true) io.stderr('shnor evaluate: ничего не оценено; --partial оценит корректные записи / nothing evaluated; --partial evaluates the valid records\n');
          return 1;
        }
        const kept = Object.values(parsed.counts).reduce((n, c) => n + c.kept, 0);
        io.stderr(`shnor evaluate: --partial: оцениваются корректные записи (${kept}) / evaluating the ${kept} valid records\n`);
      }
      let actuals: Record<string, readonly ActualPoint[]> | undefined;
      const actualsArg = values.actuals as string | undefined;
      if (actualsArg !== undefined) {
        const a = await read(actualsArg, '--actuals');
        if (a === undefined) return 1;
        // the actuals file is checked against its schema: counts within their totals, real years, no reserved ids
        const checked = safeParseActuals(a);
        if (!checked.success) {
          io.stderr(`shnor evaluate: ${actualsArg}: ошибок в фактических значениях / issues in the actuals: ${checked.issues.length}\n${checked.issues.map((i) => issueLine(i, lang)).join('\n')}\n`);
          return 1;
        }
        // and against the program: an unknown indicator, a number for a yes/no one or the reverse
        const fit = checkActuals(program.indicators, checked.data);
        if (fit.issues.length > 0) {
          io.stderr(`shnor evaluate: ${actualsArg}: фактические значения не подходят к показателям программы / actuals that do not fit the program's indicators: ${fit.issues.length}\n${fit.issues.map((i) => issueLine(i, lang)).join('\n')}\n`);
          if (values.partial !== true) {
            io.stderr('shnor evaluate: ничего не оценено; --partial оценит остальные значения (показатели без них — «нет данных») / nothing evaluated; --partial evaluates the other values (the indicators without them are «no data»)\n');
            return 1;
          }
        }
        actuals = fit.actuals as Record<string, readonly ActualPoint[]>;
      }
      let riskProfiles: RiskProfile[] | undefined;
      const profilesArg = values.profiles as string | undefined;
      if (profilesArg !== undefined) {
        const raw = await read(profilesArg, '--profiles');
        if (raw === undefined) return 1;
        const list = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { profiles?: unknown }).profiles : undefined;
        if (!Array.isArray(list)) {
          io.stderr(`shnor evaluate: ${profilesArg}: ожидается объект { "profiles": [ { "schoolId": …, "year": …, "catalogueId": …, "factors": [ … ] } ] } / expected an object with an array "profiles"\n`);
          return 1;
        }
        const catalogue = [FEDERAL_500_CATALOGUE, FEDERAL_500_CATALOGUE_WITH_MOTIVATION, SEED_000_RISK_CATALOGUE].find((c) => c.id === program.riskCatalogueId);
        if (catalogue === undefined) {
          io.stderr(`shnor evaluate: --profiles: программа «${program.name.ru}» не пользуется каталогом рисков, профили не к чему применить / the program uses no risk catalogue\n`);
          return 1;
        }
        const issues: string[] = [];
        riskProfiles = [];
        list.forEach((p, i) => {
          const r = safeParseRiskProfile(p, catalogue);
          if (r.success) riskProfiles?.push(r.data);
          else for (const x of r.issues) issues.push(`  profiles.${i}${x.path.length > 0 ? `.${x.path.join('.')}` : ''}: ${x.message[lang]}`);
        });
        if (issues.length > 0) {
          io.stderr(`shnor evaluate: ${profilesArg}: ошибок в риск-профилях / issues in the risk profiles: ${issues.length}\n${issues.join('\n')}\n`);
          return 1;
        }
      }
      const dataset = parsed.dataset;
      if (dataset === null) return 1;
      // a national file whose program year cannot fit: say so now, not after minutes of work
      // the report's form counts: HTML holds more per school than Markdown or JSON written in pieces
      const wontFit = programYearWontFit(dataset.schools.length, values['no-explain'] !== true, undefined, format === 'html' ? 'html' : format === 'json' ? 'json' : 'md');
      if (wontFit !== null) {
        io.stderr(`shnor evaluate: ${wontFit[lang]}\n`);
        return 1;
      }
      progress('оценка', 'evaluating');
      const json = format === 'json';
      const keepTrace = json ? values.trace === true : true;
      let evaluation;
      try {
        const onProgress = io.isTTY === true ? (p: ProgramStep): void => progress(...stepWords(p)) : undefined;
        evaluation = evaluateProgram(program, parsed.prepared ?? dataset, year, { ...(actuals === undefined ? {} : { actuals }), ...(riskProfiles === undefined ? {} : { riskProfiles }), explain: values['no-explain'] !== true, trace: keepTrace, ...(onProgress === undefined ? {} : { onProgress }) });
      } catch (e) {
        io.stderr(`shnor evaluate: ${(e as Error).message.split('\n')[0]}\n`);
        return 1;
      }
      progress('запись отчёта', 'writing the report');
      const options = { lang, program, dataset, ...(cards === undefined ? {} : { cards: cards as 'identified' | 'all' | 'none' }) };
      const out = values.out as string | undefined;
      // every form in pieces: a national report is written as it is made, never held as one string
      // (JSON with explanations is hundreds of megabytes: more than one string can hold)
      const render = (write: (text: string) => void): void => {
        if (format === 'html') writeHtml(evaluation, write, options);
        else if (json) {
          writeJsonPieces(evaluation, write, values.trace === true ? undefined : 'trace');
          write('\n');
        } else writeMarkdown(evaluation, write, options);
      };
      if (out === undefined) {
        render(io.stdout);
        return 0;
      }
      try {
        mkdirSync(dirname(resolve(out)), { recursive: false });
      } catch {
        // the folder exists, or writing will say what is wrong
      }
      return writePieces(out, render, io) ? 0 : 1;
    }
    case 'validate': {
      const dataArg = values.data as string | undefined;
      if (dataArg === undefined) {
        io.stderr('shnor validate: нужен --data / --data is required; см. / see shnor validate --help\n');
        return 2;
      }
      const parsed = await loadData(dataArg);
      if (parsed === undefined) return 1;
      const warnings = [...parsed.warnings.map((w) => ({ path: w.path, code: w.code, numbers: {}, message: w.message, where: w })), ...(parsed.dataset === null ? [] : checkDataset(parsed.dataset))];
      const counts = Object.fromEntries(Object.entries(parsed.counts).filter(([, c]) => c.kept + c.rejected > 0));
      if (format === 'json') {
        io.stdout(
          `${JSON.stringify(
            {
              ok: parsed.issues.length === 0,
              counts,
              errors: parsed.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })),
              warnings: warnings.map((w) => ({ path: w.path, code: w.code, numbers: w.numbers, message: w.message })),
            },
            null,
            2,
          )}\n`,
        );
        return parsed.issues.length > 0 ? 1 : 0;
      }
      const L = lang === 'ru';
      const countText = Object.entries(counts)
        .map(([k, c]) => `${L ? (COLLECTIONS_RU[k] ?? k) : k}: ${c.kept}${c.rejected > 0 ? ` (+${c.rejected} ${L ? 'отклонено' : 'rejected'})` : ''}`)
        .join(', ');
      io.stdout(`${L ? 'Записей' : 'Records'}: ${countText || '—'}\n`);
      // a note (a rounding artefact) is not a contradiction: printed apart, after the warnings
      const isNote = (w: (typeof warnings)[number]): boolean => 'severity' in w && w.severity === 'note';
      const notes = warnings.filter(isNote);
      const real = warnings.filter((w) => !isNote(w));
      if (parsed.issues.length > 0) io.stdout(`\n${L ? 'Ошибки (записи отклонены)' : 'Errors (records rejected)'}: ${parsed.issues.length}\n${parsed.issues.map((i) => issueLine(i, lang)).join('\n')}\n`);
      if (real.length > 0) io.stdout(`\n${L ? 'Предупреждения (записи приняты, но противоречат друг другу)' : 'Warnings (records accepted but inconsistent)'}: ${real.length}\n${real.map((w) => ('where' in w ? issueLine(w.where, lang) : `  ${w.path.join('.')}: ${w.message[lang]}`)).join('\n')}\n`);
      if (notes.length > 0) io.stdout(`\n${L ? 'Примечания (расхождения в пределах округления, не ошибки)' : 'Notes (differences within rounding, not errors)'}: ${notes.length}\n${notes.map((w) => `  ${L ? 'примечание' : 'note'}: ${w.path.join('.')}: ${w.message[lang]}`).join('\n')}\n`);
      if (parsed.issues.length === 0 && real.length === 0) io.stdout(`\n${L ? 'Ошибок и предупреждений нет.' : 'No errors, no warnings.'}\n`);
      else if (parsed.issues.length === 0) io.stdout(`\n${L ? 'Ошибок нет; предупреждения стоит проверить.' : 'No errors; check the warnings.'}\n`);
      return parsed.issues.length > 0 ? 1 : 0;
    }
    case 'schema': {
      const out = values.out as string | undefined;
      const unknown = positionals.filter((n) => !(JSON_SCHEMA_NAMES as readonly string[]).includes(n));
      if (unknown.length > 0) {
        io.stderr(`shnor schema: неизвестная схема / unknown schema ${unknown.join(', ')}; known: ${JSON_SCHEMA_NAMES.join(', ')}\n`);
        return 2;
      }
      const chosen = (positionals.length > 0 ? positionals : JSON_SCHEMA_NAMES) as readonly JsonSchemaName[];
      if (out !== undefined) {
        try {
          mkdirSync(out, { recursive: true });
        } catch (e) {
          io.stderr(`shnor schema: ${out}: ${writeProblem(e)}\n`);
          return 1;
        }
        for (const name of chosen) if (!writeOut(join(out, `${name}.schema.json`), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`, io)) return 1;
        io.stdout(`${chosen.length} JSON Schema → ${out}\n`);
      } else if (chosen.length === 1) {
        io.stdout(`${JSON.stringify(jsonSchemaOf(chosen[0] as JsonSchemaName), null, 2)}\n`);
      } else {
        io.stdout(`${JSON.stringify(Object.fromEntries(chosen.map((n) => [n, jsonSchemaOf(n)])), null, 2)}\n`);
      }
      return 0;
    }
    case 'test': {
      const [file, ...more] = positionals;
      if (file === undefined || more.length > 0) {
        io.stderr('shnor test: нужен один файл тестов / one test file is required; см. / see shnor test --help\n');
        return 2;
      }
      const raw = await read(file, T2(lang, 'файл тестов', 'test file'));
      if (raw === undefined) return 1;
      const r = await runTestFile(raw, lang, async (path) => {
        const full = file === '-' ? resolve(path) : resolve(dirname(resolve(file)), path);
        const x = await readInput(full, io.stdin);
        return x.ok ? { ok: true, value: x.value } : { ok: false, message: `methodology: ${x.message}` };
      });
      if (!r.ok) {
        io.stderr(`shnor test: ${file}:\n${r.message}\n`);
        return 1;
      }
      const failed = r.results.filter((x) => !x.passed);
      if (format === 'json') io.stdout(`${JSON.stringify({ passed: r.results.length - failed.length, failed: failed.length, cases: r.results }, null, 2)}\n`);
      else {
        for (const c of r.results) io.stdout(`${c.passed ? '✓' : '✗'} ${c.name}\n${c.failures.map((f) => `    ${f}\n`).join('')}`);
        io.stdout(`\n${lang === 'ru' ? `Пройдено: ${r.results.length - failed.length} из ${r.results.length}` : `Passed: ${r.results.length - failed.length} of ${r.results.length}`}\n`);
      }
      return failed.length > 0 ? 1 : 0;
    }
    default:
      return 2;
  }
}

/** The dataset's collections as `shnor validate` counts them, in Russian. */
const COLLECTIONS_RU: Readonly<Record<string, string>> = {
  territories: 'территории',
  schools: 'школы',
  results: 'результаты школ',
  territoryResults: 'итоги территорий',
  thresholds: 'минимальные пороги',
  social: 'социальные паспорта',
  staffing: 'кадры',
  resources: 'ресурсы',
  facts: 'сведения о школах',
  territoryFacts: 'сведения о территориях',
  external: 'внешние сведения',
  reported: 'указанные в тексте числа',
  pupilResults: 'результаты обучающихся',
  declaredFacts: 'объявленные сведения',
  factValues: 'значения сведений',
  declaredSubjects: 'объявленные предметы',
};

const T2 = (lang: Lang, ru: string, en: string): string => (lang === 'ru' ? ru : en);

/** A command-line value off its list, in the language asked: «--cards: получено «some», ожидается «identified», «all» или «none»». */
function notOneOf(option: string, got: string, allowed: readonly string[], lang: Lang): string {
  if (lang === 'en') return `${option}: received "${got}", expected one of: ${allowed.join(', ')}`;
  const quoted = allowed.map((a) => `«${a}»`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} или ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
  return `${option}: получено «${got}», ожидается ${list}`;
}

/** Node's parseArgs error in both languages (the language option is not read yet): «неизвестный параметр «--cards» / unknown option --cards». */
function argsError(e: unknown): string {
  const message = (e as Error).message.split('\n')[0] ?? '';
  const option = /'(?:-\w, )?(--?[^' ]+)/.exec(message)?.[1];
  const code = (e as { code?: string }).code;
  if (option !== undefined && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `неизвестный параметр «${option}» / unknown option ${option}`;
  if (option !== undefined && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `у параметра «${option}» нет значения / option ${option} needs a value` : `параметр «${option}» не принимает значения / option ${option} takes no value`;
  }
  return message;
}
