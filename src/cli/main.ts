#!/usr/bin/env node
/**
 * The `shnor` command line. Internal to the package: its behaviour is documented in the README and
 * `shnor --help`. Write errors on standard output (a closed pipe: `shnor demo | head -c 100`) end in
 * one line and exit code 1, never a stack trace.
 * @internal
 */
import { runCli } from './run.js';

let pipeClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (pipeClosed) return;
  pipeClosed = true;
  if (e.code !== 'EPIPE') process.stderr.write(`shnor: стандартный вывод / standard output: ${e.code ?? e.message}\n`);
  // a reader that stops early (head) is not an error of the data, but the output is incomplete
  process.exit(1);
});

runCli(process.argv.slice(2), {
  stdout: (s) => {
    if (!pipeClosed) process.stdout.write(s);
  },
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`shnor: внутренняя ошибка / internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = 1;
  },
);
