/**
 * Command dispatch for the `shnor` CLI, kept free of `process` so that tests can call it.
 * @internal
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchemaOf } from '../model/jsonSchema.js';
import { demo } from './demo.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const HELP = (): string => `shnor — ШНОР / ШНСУ: критерии, риск-профили, целевые показатели, динамика

Использование / Usage:
  shnor demo [--lang ru|en]   отчёт по встроенным данным семян / report over the embedded seed data
  shnor schema [name] [--out <dir>]
                              JSON Schema входных форматов / JSON Schema of the input formats
                              (${JSON_SCHEMA_NAMES.join(', ')})
  shnor help                  эта справка / this help
`;

/**
 * Runs the CLI with the given arguments and returns the exit code.
 * @internal
 */
export function runCli(args: readonly string[], io: CliIo): number {
  const [command = 'help', ...rest] = args;
  switch (command) {
    case 'demo': {
      const langIndex = rest.indexOf('--lang');
      const lang = langIndex >= 0 ? rest[langIndex + 1] : 'ru';
      if (lang !== 'ru' && lang !== 'en') {
        io.stderr(`shnor: --lang: получено ${JSON.stringify(lang)}, ожидается ru или en / expected ru or en\n`);
        return 2;
      }
      io.stdout(demo(lang));
      return 0;
    }
    case 'schema': {
      const outIndex = rest.indexOf('--out');
      const out = outIndex >= 0 ? rest[outIndex + 1] : undefined;
      const names = rest.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
      const unknown = names.filter((n) => !(JSON_SCHEMA_NAMES as readonly string[]).includes(n));
      if (unknown.length > 0 || (outIndex >= 0 && out === undefined)) {
        io.stderr(`shnor schema: неизвестная схема ${unknown.join(', ')} / unknown schema; known: ${JSON_SCHEMA_NAMES.join(', ')}\n`);
        return 2;
      }
      const chosen = (names.length > 0 ? names : JSON_SCHEMA_NAMES) as readonly JsonSchemaName[];
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
