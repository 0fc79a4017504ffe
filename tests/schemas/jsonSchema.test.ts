import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, SEED_000_INDICATORS, SEED_004_INDICATORS, jsonSchemaOf } from '../../src/index.js';

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
  });

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
    expect(validate({ ...good, procedure: 'pisa' })).toBe(false);
    expect(validate({ ...good, extra: 1 })).toBe(false);
  });
});

describe('JSON Schema of methodologies', () => {
  it('the seed methodologies validate against methodology.schema.json', async () => {
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
