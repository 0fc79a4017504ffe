#!/usr/bin/env node
/**
 * The `shnor` command line. Internal to the package: its behaviour is documented in the README.
 * @internal
 */
import { runCli } from './run.js';

process.exitCode = runCli(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
