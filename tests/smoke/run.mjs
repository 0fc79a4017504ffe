// Consumer smoke test: pack the package, install the tarball into a throw-away project, and use it
// the way users do: ESM import, CJS require, TypeScript (node16 resolution, declarations checked
// with skipLibCheck off) and the `shnor` binary. Run by `npm test` after the build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'shnor-smoke-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  run(npm, ['pack', '--silent', '--pack-destination', dir], root);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `./${tarball}`]);

  writeFileSync(
    join(dir, 'esm.mjs'),
    `import { share, compareShareToPercent, formatPercent, isShnorError } from 'shnor';
import assert from 'node:assert/strict';
assert.deepEqual(compareShareToPercent(share(6, 20), 'gte', 30), { status: 'value', value: true });
assert.equal(formatPercent(share(1, 16), { decimals: 1 }), '6,3\\u00a0%');
try { share(7, 5); assert.fail('no error'); } catch (e) { assert.ok(isShnorError(e, 'COUNT_EXCEEDS_TOTAL')); }
const { parseDatasetPartial, change } = await import('shnor');
const partial = parseDatasetPartial({ format: 'shnor.dataset/1', id: 'x', name: { ru: 'x' }, territoryId: 'mo', years: [2021],
  territories: [{ id: 'mo', kind: 'municipality', name: { ru: 'МО' } }], schools: [], results: [{ schoolId: 'nope' }] });
assert.equal(partial.counts.results.rejected, 1);
assert.equal(change(96.3, 94.3, { scale: { scale: 'percent', better: 'higher' } }).value.delta.value, '-2');
console.log('esm ok');
`,
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `const { share, sharePercent, round, isShnorError } = require('shnor');
const assert = require('node:assert/strict');
const p = sharePercent(share(5, 16));
assert.equal(p.status, 'value');
assert.equal(round(p.value, 0), '31');
try { round(Number.NaN, 1); assert.fail('no error'); } catch (e) { assert.ok(isShnorError(e, 'INVALID_NUMBER')); }
assert.equal(require('shnor/package.json').name, 'shnor');
const schema = require('shnor/schemas/dataset.schema.json');
assert.equal(schema.$id, 'urn:shnor:schema:dataset');
// the programs ship as data for integrators in other languages, equal to the presets
const program = require('shnor/data/rezh-2019-2025.program.json');
assert.equal(program.id, 'rezh-2019-2025');
assert.deepEqual(require('shnor').PRESET_PROGRAMS['rezh-2019-2025'].methodology.id, program.methodology.id);
console.log('cjs ok');
`,
  );
  writeFileSync(
    join(dir, 'consumer.mts'),
    `import { share, compareShareToPercent, type Outcome, type Share } from 'shnor';
const s: Share = share(6, 20);
const v: Outcome<boolean> = compareShareToPercent(s, 'gte', 30);
// @ts-expect-error an unknown operator does not compile
compareShareToPercent(s, 'ge', 30);
export const verdict: boolean = v.status === 'value' && v.value;
`,
  );
  writeFileSync(
    join(dir, 'consumer.cts'),
    `import { percentagePointChange, quantity } from 'shnor';
export const pp = percentagePointChange(quantity('percent', 96.3), quantity('percent', 94.3));
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['consumer.mts', 'consumer.cts'],
    }),
  );

  // shnor/io, ESM and CJS: a dataset written as JSON Lines (gzip) and as CSV, read back
  writeFileSync(
    join(dir, 'io.mjs'),
    `import { readDatasetFile, writeDatasetFile } from 'shnor/io';
import { parseDataset } from 'shnor';
import assert from 'node:assert/strict';
const dataset = parseDataset({ format: 'shnor.dataset/1', id: 'x', name: { ru: 'Проба' }, territoryId: 'mo', years: [2024],
  territories: [{ id: 'mo', kind: 'municipality', name: { ru: 'МО' } }], schools: [{ id: 's1', name: 'СОШ № 1', territoryId: 'mo', type: 'СОШ', settlement: 'rural', smallClass: true }],
  results: [{ schoolId: 's1', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 20, marks: { '2': 3, '3': 9, '4': 6, '5': 2 } }] });
for (const f of ['d.jsonl.gz', 'd.csv', 'd.xlsx']) {
  await writeDatasetFile(dataset, f);
  const r = await readDatasetFile(f);
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.dataset, dataset);
}
console.log('io esm ok');
`,
  );
  writeFileSync(
    join(dir, 'io.cjs'),
    `const { readDatasetFile, datasetFileFormat } = require('shnor/io');
const assert = require('node:assert/strict');
assert.equal(datasetFileFormat('a.csv.gz'), 'csv');
readDatasetFile('d.jsonl.gz').then((r) => { assert.equal(r.dataset.results.length, 1); console.log('io cjs ok'); });
`,
  );
  // a browser bundle of one function carries only what it uses (not zod, not the readers)
  writeFileSync(join(dir, 'one.mjs'), `import { change } from 'shnor';\nglobalThis.change = change;\n`);
  const esbuild = await import(pathToFileURL(join(root, 'node_modules', 'esbuild', 'lib', 'main.js')).href);
  const built = await esbuild.build({ absWorkingDir: dir, entryPoints: ['one.mjs'], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  const gz = gzipSync(built.outputFiles[0].contents).length;
  const LIMIT = 20 * 1024;
  if (gz > LIMIT) throw new Error(`import { change } from 'shnor' bundles to ${gz} bytes gzipped, more than ${LIMIT}`);
  // only the messages of the codes change can throw, not the whole catalogue (INVALID_YEAR is not one)
  if (built.outputFiles[0].text.includes('a school year like')) throw new Error("import { change } from 'shnor' carries the whole error message catalogue");
  console.log(`bundle ok: import { change } = ${(gz / 1024).toFixed(1)} KB gzipped (limit ${LIMIT / 1024} KB)`);

  process.stdout.write(run(process.execPath, ['esm.mjs']));
  process.stdout.write(run(process.execPath, ['io.mjs']));
  process.stdout.write(run(process.execPath, ['io.cjs']));
  process.stdout.write(run(process.execPath, ['cjs.cjs']));
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
  console.log('types ok (node16, ESM and CJS, skipLibCheck off)');
  const help = run(process.execPath, [join(dir, 'node_modules', '.bin', 'shnor'), 'help']);
  if (!help.includes('shnor demo')) throw new Error(`unexpected CLI output:\n${help}`);
  const report = run(process.execPath, [join(dir, 'node_modules', '.bin', 'shnor'), 'demo']);
  if (!report.includes('## Идентификация') || !existsSync(join(dir, 'shnor-report', 'report.html'))) throw new Error(`unexpected demo output:\n${report}`);
  console.log('cli ok');
  console.log('smoke: 7 passed, 0 failed');
} catch (error) {
  console.error(error.stdout ?? '', error.stderr ?? '', error.message);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
