import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, SEED_000_INDICATORS, SEED_004_INDICATORS, jsonSchemaOf } from '../../src/index.js';

const require = createRequire(import.meta.url);
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', name), 'utf8'));

describe('JSON Schema of the input formats', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  const compile = (name: (typeof JSON_SCHEMA_NAMES)[number]): ReturnType<typeof ajv.compile> => {
    const hit = compiled.get(name);
    if (hit) return hit;
    const v = ajv.compile(jsonSchemaOf(name));
    compiled.set(name, v);
    return v;
  };

  it('every schema compiles (draft 2020-12)', () => {
    for (const name of JSON_SCHEMA_NAMES) {
      const schema = jsonSchemaOf(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => compile(name)).not.toThrow();
    }
  }, 120_000);

  it.each(['seed004-kemerovsky-2021.dataset.json', 'seed000-rezh-2021.dataset.json'])('the seed dataset %s validates against dataset.schema.json', (file) => {
    const validate = compile('dataset');
    const ok = validate(fixture(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the seed indicator definitions validate against indicator-definition.schema.json', () => {
    const validate = compile('indicator-definition');
    for (const d of [...SEED_000_INDICATORS, ...SEED_004_INDICATORS]) expect(validate(d)).toBe(true);
  });

  it('rejects what the zod schema rejects: a negative count, an unknown procedure, an unknown field', () => {
    const validate = compile('assessment-result');
    const good = { schoolId: 's1', year: 2021, procedure: 'oge', subject: 'math', grade: 9, participants: 20 };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, participants: -1 })).toBe(false);
    // a record alone may name a procedure the dataset declares: the dataset parser checks ids against the declarations
    expect(validate({ ...good, procedure: 'pisa' })).toBe(true);
    expect(validate({ ...good, procedure: 'pi;sa' })).toBe(false);
    expect(validate({ ...good, extra: 1 })).toBe(false);
  });
});

describe('JSON Schema of methodologies', () => {
  it('the seed methodologies validate against methodology.schema.json', { timeout: 120_000 }, async () => {
    const { SEED_000_METHODOLOGY, seed001Methodology, seed002Methodology } = await import('../../src/index.js');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(jsonSchemaOf('methodology'));
    for (const m of [SEED_000_METHODOLOGY, seed001Methodology(), seed002Methodology({ ruleBSameSubject: true })]) {
      const ok = validate(m);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});

describe('the shipped schemas are portable and described', () => {
  const walk = (node: unknown, visit: (o: Record<string, unknown>, path: string) => void, path = ''): void => {
    if (Array.isArray(node)) node.forEach((x, i) => walk(x, visit, `${path}/${i}`));
    else if (node !== null && typeof node === 'object') {
      visit(node as Record<string, unknown>, path);
      for (const [k, v] of Object.entries(node)) walk(v, visit, `${path}/${k}`);
    }
  };

  it('every field of every schema has a description', () => {
    const undescribed: string[] = [];
    for (const name of JSON_SCHEMA_NAMES) {
      const s = jsonSchemaOf(name);
      expect(typeof s.description, name).toBe('string');
      walk(s, (o, path) => {
        const props = o.properties as Record<string, { description?: unknown }> | undefined;
        if (props !== undefined) for (const [k, v] of Object.entries(props)) if (typeof v.description !== 'string' || v.description.length < 5) undescribed.push(`${name}${path}/${k}`);
      });
    }
    expect(undescribed).toEqual([]);
  });

  it('no pattern uses a feature other validators cannot read (\\p{…}, lookbehind, named groups, inline flags)', async () => {
    const { NON_PORTABLE_PATTERN } = await import('../../src/schemas/jsonSchema.js');
    const bad: string[] = [];
    for (const name of JSON_SCHEMA_NAMES)
      walk(jsonSchemaOf(name), (o, path) => {
        if (typeof o.pattern === 'string' && NON_PORTABLE_PATTERN.test(o.pattern)) bad.push(`${name}${path}: ${o.pattern}`);
      });
    expect(bad).toEqual([]);
    expect(NON_PORTABLE_PATTERN.test('^[\\p{L}]+$')).toBe(true);
  });

  it('has a schema for every input file the CLI reads, and the samples validate', () => {
    for (const n of ['dataset', 'program', 'methodology', 'actuals', 'risk-profile', 'risk-profiles', 'anti-risk-program'] as const) expect(JSON_SCHEMA_NAMES).toContain(n);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const actuals = ajv.compile(jsonSchemaOf('actuals'));
    expect(actuals(fixture('sample-rezh.actuals.json'))).toBe(true);
    expect(actuals({ actuals: 5 })).toBe(false);
    expect(actuals({ actuals: { i1: [{ year: 2023, value: { count: 7 } }] } })).toBe(false);
    const profiles = ajv.compile(jsonSchemaOf('risk-profiles'));
    expect(profiles(fixture('sample-rezh.risk-profiles.json'))).toBe(true);
  });

  it('the core does not import the schema generation (it lives at the edge)', () => {
    const { readdirSync } = require('node:fs') as typeof import('node:fs');
    const root = join(import.meta.dirname, '..', '..', 'src');
    const offenders: string[] = [];
    for (const folder of ['model', 'criteria', 'indicators', 'numbers', 'dynamics', 'risk', 'programs', 'core', 'errors', 'indices', 'objectivity']) {
      const files = readdirSync(join(root, folder), { recursive: true }) as string[];
      for (const f of files.filter((x) => x.endsWith('.ts'))) if (/schemas\/jsonSchema/.test(readFileSync(join(root, folder, f), 'utf8'))) offenders.push(`${folder}/${f}`);
    }
    expect(offenders).toEqual([]);
  });
});
