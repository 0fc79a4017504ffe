// Consumer smoke test: pack the package, install the tarball into a throw-away project, and use it
// the way users do: ESM import, CJS require, TypeScript (node16 resolution, declarations checked
// with skipLibCheck off) and the `shnor` binary. Run by `npm test` after the build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
assert.equal(change(96.3, 94.3, { measure: { scale: 'percent', better: 'higher' } }).value.delta.value, '-2');
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

  process.stdout.write(run(process.execPath, ['esm.mjs']));
  process.stdout.write(run(process.execPath, ['cjs.cjs']));
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
  console.log('types ok (node16, ESM and CJS, skipLibCheck off)');
  const help = run(process.execPath, [join(dir, 'node_modules', '.bin', 'shnor'), 'help']);
  if (!help.includes('shnor demo')) throw new Error(`unexpected CLI output:\n${help}`);
  const report = run(process.execPath, [join(dir, 'node_modules', '.bin', 'shnor'), 'demo']);
  if (!report.includes('## Идентификация') || !existsSync(join(dir, 'shnor-report', 'report.html'))) throw new Error(`unexpected demo output:\n${report}`);
  console.log('cli ok');
  console.log('smoke: 4 passed, 0 failed');
} catch (error) {
  console.error(error.stdout ?? '', error.stderr ?? '', error.message);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
