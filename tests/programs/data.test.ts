import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  BEREZOVSKY_2021_2024_INDICATORS,
  BEREZOVSKY_2021_2024_PROGRAM,
  type JsonSchemaName,
  KEMEROVSKY_2022_2024_INDICATORS,
  KEMEROVSKY_2022_2024_METHODOLOGY,
  KEMEROVSKY_2022_2024_PROGRAM,
  NAZAROVSKY_2020_2023_INDICATORS,
  NAZAROVSKY_2020_2023_PROGRAM,
  PRESET_PROGRAMS,
  REZH_2019_2025_INDICATORS,
  REZH_2019_2025_METHODOLOGY,
  REZH_2019_2025_PROGRAM,
  SERGOKALINSKY_2023_2025_PROGRAM,
  berezovskyMethodology,
  jsonSchemaOf,
  sergokalinskyMethodology,
} from '../../src/index.js';

// Every JSON file shipped in src/data is data an integrator in another language can read: each
// validates against the shipped JSON Schema of its kind (by its name), and the presets are those
// files, parsed.
const dir = join(import.meta.dirname, '..', '..', 'src', 'data');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const KIND: readonly (readonly [RegExp, JsonSchemaName])[] = [
  [/\.program\.json$/, 'program'],
  [/\.dataset\.json$/, 'dataset'],
  [/\.risk-profiles\.json$/, 'risk-profiles'],
  [/\.actuals\.json$/, 'actuals'],
];
const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = new Map<JsonSchemaName, ReturnType<typeof ajv.compile>>();
const validator = (name: JsonSchemaName): ReturnType<typeof ajv.compile> => {
  let v = compiled.get(name);
  if (v === undefined) {
    v = ajv.compile(jsonSchemaOf(name));
    compiled.set(name, v);
  }
  return v;
};
const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));

describe('every JSON file in src/data validates against the shipped JSON Schema of its kind', () => {
  it('each file has a kind', () => {
    expect(files.filter((f) => !KIND.some(([re]) => re.test(f)))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.program.json')).sort()).toEqual(Object.keys(PRESET_PROGRAMS).map((id) => `${id}.program.json`).sort());
  });

  it.each(files)('%s', { timeout: 120_000 }, (f) => {
    const kind = KIND.find(([re]) => re.test(f))?.[1] as JsonSchemaName;
    const data = read(f);
    const validate = validator(kind);
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    if (kind === 'program') {
      // the parts an integrator may take alone: the methodology and each indicator
      const p = data as { methodology?: unknown; indicators: unknown[] };
      if (p.methodology !== undefined) expect(validator('methodology')(p.methodology), `${f}: methodology`).toBe(true);
      for (const i of p.indicators) expect(validator('indicator-definition')(i), `${f}: ${(i as { id: string }).id}`).toBe(true);
    }
  });
});

describe('the presets are the data files, parsed', () => {
  it('each program constant equals its file', () => {
    for (const [id, p] of Object.entries(PRESET_PROGRAMS)) expect(p, id).toEqual(read(`${id}.program.json`));
  });

  it('methodology and indicator constants are the program file\u2019s parts', () => {
    expect(REZH_2019_2025_METHODOLOGY).toBe(REZH_2019_2025_PROGRAM.methodology);
    expect(KEMEROVSKY_2022_2024_METHODOLOGY).toBe(KEMEROVSKY_2022_2024_PROGRAM.methodology);
    expect(REZH_2019_2025_INDICATORS).toBe(REZH_2019_2025_PROGRAM.indicators);
    expect(BEREZOVSKY_2021_2024_INDICATORS).toBe(BEREZOVSKY_2021_2024_PROGRAM.indicators);
    expect(NAZAROVSKY_2020_2023_INDICATORS).toBe(NAZAROVSKY_2020_2023_PROGRAM.indicators);
    expect(KEMEROVSKY_2022_2024_INDICATORS).toBe(KEMEROVSKY_2022_2024_PROGRAM.indicators);
  });

  it('a factory without options gives the file\u2019s methodology (the default reading), as a copy the caller may change', () => {
    expect(berezovskyMethodology()).toEqual(BEREZOVSKY_2021_2024_PROGRAM.methodology);
    expect(sergokalinskyMethodology()).toEqual(SERGOKALINSKY_2023_2025_PROGRAM.methodology);
    const m = sergokalinskyMethodology({ combine: 'all' });
    expect(m.categories.find((c) => c.id === 'shnor')?.kind === 'flag' && (m.categories.find((c) => c.id === 'shnor') as { rule: { kind: string } }).rule.kind).toBe('all');
    // the data itself is untouched by a reading
    expect((SERGOKALINSKY_2023_2025_PROGRAM.methodology?.categories.find((c) => c.id === 'shnor') as { rule: { kind: string } }).rule.kind).toBe('any');
  });

  it('the documented readings change only what they name (seed 002)', () => {
    const units = (o: Parameters<typeof sergokalinskyMethodology>[0]) => {
      const out: Record<string, string> = {};
      JSON.stringify(sergokalinskyMethodology(o), (_k, v: unknown) => {
        const r = v as { id?: string; select?: { unit?: string } };
        if (r !== null && typeof r === 'object' && typeof r.id === 'string' && r.select?.unit !== undefined) out[r.id] = r.select.unit;
        return v;
      });
      return out;
    };
    expect(units({})).toEqual({ 'seed002.shnor.A': 'procedure', 'seed002.shnor.B': 'procedure', 'seed002.cluster2': 'procedure', 'seed002.cluster1': 'procedure' });
    expect(units({ vprGradesAreDistinctProcedures: true, ruleBSameSubject: true })).toEqual({ 'seed002.shnor.A': 'procedure+grade', 'seed002.shnor.B': 'procedure+grade+subject', 'seed002.cluster2': 'procedure+grade+subject', 'seed002.cluster1': 'procedure+grade' });
  });

  it('the documented readings change only what they name (seed 001)', () => {
    const m = berezovskyMethodology({ pool: 'region', rounding: 'floor', baseMaths: 'separate', n3: 'egeOnly', combine: 'atLeast', k: 3 });
    expect(m.id).toBe('seed001.atLeast3.baseMaths.n3ege');
    expect(m.indices?.map((i) => i.pool.scope)).toEqual(['region', 'region', 'region', 'region']);
    expect(m.indices?.[0]?.components.map((c) => c.id)).toEqual(['oge_russian', 'oge_math', 'ege_russian', 'ege_math', 'ege_math_base']);
    const shnor = m.categories.find((c) => c.id === 'shnor');
    expect(shnor?.kind === 'flag' ? shnor.rule.kind : null).toBe('atLeast');
    expect(berezovskyMethodology().indices?.[0]?.components).toHaveLength(4);
  });
});
