/**
 * Command dispatch for the `shnor` CLI, kept free of `process` so that tests can call it.
 * @internal
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ActualPoint } from '../indicators/evaluateIndicator.js';
import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchemaOf } from '../model/jsonSchema.js';
import { parseDatasetPartial } from '../model/dataset.js';
import type { ValidationIssue } from '../model/validation.js';
import type { Lang } from '../numbers/format.js';
import { evaluateProgram } from '../programs/evaluateProgram.js';
import { PRESET_PROGRAMS } from '../programs/presets/index.js';
import { type Program, safeParseProgram } from '../programs/schema.js';
import { renderHtml } from '../report/renderHtml.js';
import { renderMarkdown } from '../report/renderMarkdown.js';
import { buildDemo } from './demo.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const HELP = (): string => `shnor — ШНОР / ШНСУ: критерии, риск-профили, целевые показатели, динамика

Использование / Usage:
  shnor demo [--lang ru|en] [--year 2023] [--out <dir>]
      отчёт по встроенному образцу (программа семени 000) в консоль и в папку (JSON, Markdown, HTML)
      the report over the embedded sample (seed 000 program) to the console and a folder
  shnor evaluate --program <${Object.keys(PRESET_PROGRAMS).join('|')}|file.json> --data <file.json> --year <year>
      [--format json|md|html] [--lang ru|en] [--actuals <file.json>] [--partial] [--no-explain] [--out <file>]
      оценка программы за год / evaluate a program year
      (--no-explain: без текстов объяснений — для больших наборов / without explanation texts, for large datasets)
  shnor validate --data <file.json>
      проверка набора данных: все ошибки и предупреждения / every issue and warning of a dataset
  shnor schema [name] [--out <dir>]
      JSON Schema входных форматов / JSON Schema of the input formats (${JSON_SCHEMA_NAMES.join(', ')})
  shnor help

Коды выхода / exit codes: 0 — успех / success; 1 — ошибки во входных данных / input errors; 2 — неверный вызов / bad usage.
`;

function flags(args: readonly string[]): { opts: Map<string, string>; bools: Set<string>; rest: string[]; bad: string[] } {
  const opts = new Map<string, string>();
  const bools = new Set<string>();
  const rest: string[] = [];
  const bad: string[] = [];
  const valued = new Set(['--lang', '--out', '--year', '--program', '--data', '--format', '--actuals']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (valued.has(a)) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) bad.push(`${a}: нет значения / no value`);
      else opts.set(a, v);
      i++;
    } else if (a === '--partial' || a === '--no-explain') bools.add(a);
    else if (a.startsWith('--')) bad.push(`${a}: неизвестный параметр / unknown option`);
    else rest.push(a);
  }
  return { opts, bools, rest, bad };
}

const issueLine = (i: ValidationIssue, lang: Lang): string => `  ${i.path.join('.') || '(root)'} [${i.code}]: ${i.message[lang]}`;

function readJson(path: string, what: string, io: CliIo): unknown | undefined {
  if (!existsSync(path)) {
    io.stderr(`shnor: ${what}: файл не найден / file not found: ${path}\n`);
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    io.stderr(`shnor: ${what}: не JSON / not JSON: ${path}: ${(e as Error).message}\n`);
    return undefined;
  }
}

/**
 * Runs the CLI with the given arguments and returns the exit code.
 * @internal
 */
export function runCli(args: readonly string[], io: CliIo): number {
  const [command = 'help', ...restArgs] = args;
  const { opts, bools, rest, bad } = flags(restArgs);
  if (bad.length > 0) {
    io.stderr(`shnor ${command}: ${bad.join('; ')}\n`);
    return 2;
  }
  const lang = (opts.get('--lang') ?? 'ru') as Lang;
  if (lang !== 'ru' && lang !== 'en') {
    io.stderr(`shnor: --lang: получено ${JSON.stringify(lang)}, ожидается ru или en / expected ru or en\n`);
    return 2;
  }
  const yearText = opts.get('--year');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && (!Number.isInteger(year) || year < 1990 || year > 2100)) {
    io.stderr(`shnor: --year: получено ${JSON.stringify(yearText)}, ожидается год 1990–2100 / expected a year 1990–2100\n`);
    return 2;
  }
  switch (command) {
    case 'demo': {
      const out = resolve(opts.get('--out') ?? 'shnor-report');
      const d = buildDemo(lang, year ?? 2023);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'report.json'), d.json);
      writeFileSync(join(out, 'report.md'), d.markdown);
      writeFileSync(join(out, 'report.html'), d.html);
      io.stdout(d.markdown);
      io.stdout(`\n${lang === 'ru' ? 'Отчёт записан в' : 'Report written to'} ${out}: report.json, report.md, report.html\n`);
      return 0;
    }
    case 'evaluate': {
      const programArg = opts.get('--program');
      const dataArg = opts.get('--data');
      if (programArg === undefined || dataArg === undefined || year === undefined) {
        io.stderr('shnor evaluate: нужны --program, --data и --year / --program, --data and --year are required\n');
        return 2;
      }
      const format = opts.get('--format') ?? 'md';
      if (!['json', 'md', 'html'].includes(format)) {
        io.stderr(`shnor evaluate: --format: получено ${JSON.stringify(format)}, ожидается json, md или html\n`);
        return 2;
      }
      let program: Program | undefined = PRESET_PROGRAMS[programArg];
      if (program === undefined) {
        const raw = readJson(programArg, '--program', io);
        if (raw === undefined) return 1;
        const p = safeParseProgram(raw);
        if (!p.success) {
          io.stderr(`shnor evaluate: программа содержит ${p.issues.length} ошибок / the program has ${p.issues.length} issue(s):\n${p.issues.map((i) => issueLine(i, lang)).join('\n')}\n`);
          return 1;
        }
        program = p.data;
      }
      const raw = readJson(dataArg, '--data', io);
      if (raw === undefined) return 1;
      const parsed = parseDatasetPartial(raw);
      if (parsed.issues.length > 0) {
        io.stderr(`shnor evaluate: в данных ${parsed.issues.length} ошибок / the data has ${parsed.issues.length} issue(s):\n${parsed.issues.map((i) => issueLine(i, lang)).join('\n')}\n`);
        if (!bools.has('--partial') || parsed.dataset === null) {
          if (!bools.has('--partial')) io.stderr('shnor evaluate: ничего не оценено; --partial оценит корректные записи / nothing evaluated; --partial evaluates the valid records\n');
          return 1;
        }
        const kept = Object.values(parsed.counts).reduce((n, c) => n + c.kept, 0);
        io.stderr(`shnor evaluate: --partial: оцениваются ${kept} корректных записей / evaluating the ${kept} valid records\n`);
      }
      let actuals: Record<string, readonly ActualPoint[]> | undefined;
      const actualsArg = opts.get('--actuals');
      if (actualsArg !== undefined) {
        const a = readJson(actualsArg, '--actuals', io) as { actuals?: Record<string, readonly ActualPoint[]> } | undefined;
        if (a === undefined) return 1;
        actuals = a.actuals ?? (a as Record<string, readonly ActualPoint[]>);
      }
      const dataset = parsed.dataset;
      if (dataset === null) return 1;
      const evaluation = evaluateProgram(program, dataset, year, { ...(actuals === undefined ? {} : { actuals }), explain: !bools.has('--no-explain') });
      const schoolNames = Object.fromEntries(dataset.schools.map((s) => [s.id, s.name]));
      const text = format === 'json' ? `${JSON.stringify(evaluation, null, 2)}\n` : format === 'html' ? renderHtml(evaluation, { lang, schoolNames }) : renderMarkdown(evaluation, { lang, schoolNames });
      const out = opts.get('--out');
      if (out !== undefined) writeFileSync(out, text);
      else io.stdout(text);
      return 0;
    }
    case 'validate': {
      const dataArg = opts.get('--data');
      if (dataArg === undefined) {
        io.stderr('shnor validate: нужен --data / --data is required\n');
        return 2;
      }
      const raw = readJson(dataArg, '--data', io);
      if (raw === undefined) return 1;
      const parsed = parseDatasetPartial(raw);
      const counts = Object.entries(parsed.counts)
        .filter(([, c]) => c.kept + c.rejected > 0)
        .map(([k, c]) => `${k}: ${c.kept}${c.rejected > 0 ? ` (+${c.rejected} ${lang === 'ru' ? 'с ошибками' : 'invalid'})` : ''}`)
        .join(', ');
      io.stdout(`${counts}\n`);
      if (parsed.issues.length > 0) {
        io.stderr(`${parsed.issues.length} ${lang === 'ru' ? 'ошибок' : 'issue(s)'}:\n${parsed.issues.map((i) => issueLine(i, lang)).join('\n')}\n`);
        return 1;
      }
      io.stdout(`${lang === 'ru' ? 'Ошибок нет.' : 'No issues.'}\n`);
      return 0;
    }
    case 'schema': {
      const out = opts.get('--out');
      const unknown = rest.filter((n) => !(JSON_SCHEMA_NAMES as readonly string[]).includes(n));
      if (unknown.length > 0) {
        io.stderr(`shnor schema: неизвестная схема ${unknown.join(', ')} / unknown schema; known: ${JSON_SCHEMA_NAMES.join(', ')}\n`);
        return 2;
      }
      const chosen = (rest.length > 0 ? rest : JSON_SCHEMA_NAMES) as readonly JsonSchemaName[];
      if (out !== undefined) {
        mkdirSync(out, { recursive: true });
        for (const name of chosen) writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
        io.stdout(`${chosen.length} JSON Schema → ${out}\n`);
      } else if (chosen.length === 1) {
        io.stdout(`${JSON.stringify(jsonSchemaOf(chosen[0] as JsonSchemaName), null, 2)}\n`);
      } else {
        io.stdout(`${JSON.stringify(Object.fromEntries(chosen.map((n) => [n, jsonSchemaOf(n)])), null, 2)}\n`);
      }
      return 0;
    }
    case 'help':
    case '--help':
    case '-h':
      io.stdout(HELP());
      return 0;
    default:
      io.stderr(`shnor: неизвестная команда ${JSON.stringify(command)} / unknown command\n\n${HELP()}`);
      return 2;
  }
}
