/**
 * Command dispatch for the `shnor` CLI, kept free of `process` so that tests can call it.
 * @internal
 */
import { demo } from './demo.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const HELP = `shnor — ШНОР / ШНСУ: критерии, риск-профили, целевые показатели, динамика

Использование / Usage:
  shnor demo [--lang ru|en]   отчёт по встроенным данным семян / report over the embedded seed data
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
    case 'help':
    case '--help':
    case '-h':
      io.stdout(HELP);
      return 0;
    default:
      io.stderr(`shnor: неизвестная команда ${JSON.stringify(command)} / unknown command\n\n${HELP}`);
      return 2;
  }
}
