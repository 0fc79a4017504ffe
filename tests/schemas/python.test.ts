import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, PRESET_PROGRAMS, jsonSchemaOf } from '../../src/index.js';

// The shipped JSON Schemas read by a second, non-JavaScript validator: Python's `jsonschema`
// (Debian's python3-jsonschema, with Debian's /usr/bin/python3). When it is missing and we run as
// root, the test installs it with apt-get; otherwise the test is skipped and says why.
const PYTHON = '/usr/bin/python3';
const hasJsonschema = (): boolean => spawnSync(PYTHON, ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0;
function ensureJsonschema(): string | null {
  if (hasJsonschema()) return null;
  if (process.getuid?.() !== 0) return 'python3-jsonschema is not installed and we are not root: install Debian\u2019s python3-jsonschema package to run this test';
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', 'python3-jsonschema'], { stdio: 'ignore', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (e) {
    return `apt-get install python3-jsonschema failed: ${(e as Error).message}`;
  }
  return hasJsonschema() ? null : 'python3-jsonschema still missing after apt-get';
}
const skipReason = ensureJsonschema();
if (skipReason !== null) console.warn(`[python.test] skipped: ${skipReason}`);

const dir = mkdtempSync(join(tmpdir(), 'shnor-schemas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', name), 'utf8'));

// Validates each (schema, instance) pair; prints one JSON line per pair: the errors' messages.
const SCRIPT = `
import json, sys
from jsonschema import Draft202012Validator
pairs = json.load(open(sys.argv[1], encoding='utf-8'))
out = []
for p in pairs:
    schema = json.load(open(p['schema'], encoding='utf-8'))
    Draft202012Validator.check_schema(schema)
    v = Draft202012Validator(schema)
    out.append([e.message[:200] for e in v.iter_errors(p['instance'])][:5])
print(json.dumps(out))
`;

function validateInPython(pairs: { name: string; instance: unknown }[]): string[][] {
  const files = pairs.map((p, i) => {
    const schema = join(dir, `${p.name}.${i}.schema.json`);
    writeFileSync(schema, JSON.stringify(jsonSchemaOf(p.name as (typeof JSON_SCHEMA_NAMES)[number])));
    return { schema, instance: p.instance };
  });
  const input = join(dir, `pairs-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(input, JSON.stringify(files));
  const script = join(dir, 'validate.py');
  writeFileSync(script, SCRIPT);
  const out = execFileSync(PYTHON, [script, input], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as string[][];
}

describe.skipIf(skipReason !== null)('the shipped JSON Schemas in Python’s jsonschema', () => {
  it('every schema loads (its patterns compile in Python’s re)', () => {
    const res = validateInPython(JSON_SCHEMA_NAMES.map((name) => ({ name, instance: {} })));
    expect(res).toHaveLength(JSON_SCHEMA_NAMES.length);
  }, 120_000);

  it('the sample dataset, actuals and risk profiles, and every preset program validate', () => {
    const res = validateInPython([
      { name: 'dataset', instance: data('sample-rezh.dataset.json') },
      { name: 'dataset', instance: data('seed004-kemerovsky-2021.dataset.json') },
      { name: 'actuals', instance: data('sample-rezh.actuals.json') },
      { name: 'risk-profiles', instance: data('sample-rezh.risk-profiles.json') },
      ...Object.values(PRESET_PROGRAMS).map((p) => ({ name: 'program', instance: JSON.parse(JSON.stringify(p)) as unknown })),
    ]);
    expect(res).toEqual(res.map(() => []));
  }, 120_000);

  it('rejects what the library rejects: a negative count, an unknown procedure, a bad id, an extra field', () => {
    const good = { schoolId: 's1', year: 2021, procedure: 'oge', subject: 'math', grade: 9, participants: 20 };
    const res = validateInPython([
      { name: 'assessment-result', instance: good },
      { name: 'assessment-result', instance: { ...good, participants: -1 } },
      // a procedure the dataset may declare: a record alone accepts it (the dataset parser checks ids against the declarations)
      { name: 'assessment-result', instance: { ...good, procedure: 'pisa' } },
      { name: 'assessment-result', instance: { ...good, schoolId: 'a;b' } },
      { name: 'assessment-result', instance: { ...good, extra: 1 } },
      { name: 'assessment-result', instance: { ...good, schoolId: 'школа-№5' } },
    ]);
    expect(res.map((e) => e.length > 0)).toEqual([false, true, false, true, true, false]);
  }, 120_000);
});
