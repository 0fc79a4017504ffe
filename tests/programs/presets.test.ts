import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PRESET_PROGRAMS,
  SEED_000_PROGRAM,
  SEED_001_PROGRAM,
  SEED_002_PROGRAM,
  SEED_003_PROGRAM,
  SEED_004_PROGRAM,
  evaluateProgram,
  jsonSchemaOf,
  parseDataset,
  parseProgram,
  prepareDataset,
  programCalendar,
  share,
} from '../../src/index.js';

const data = (name: string) => parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', name), 'utf8')));
const sample = data('sample-rezh.dataset.json');
const actuals = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.actuals.json'), 'utf8')) as { actuals: never }).actuals;

describe('the five seed programs as presets', () => {
  it.each(Object.entries(PRESET_PROGRAMS))('%s is valid program data, exportable as JSON', (_id, p) => {
    expect(parseProgram(JSON.parse(JSON.stringify(p)))).toEqual(p);
    expect(p.source.seed).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    expect(p.defaults.length).toBeGreaterThan(0);
  });

  it('seed 000 over the sample: the typology, the indicators against targets, the data checks', () => {
    const r = evaluateProgram(SEED_000_PROGRAM, sample, 2023, { actuals });
    expect(r.identification?.lists.typology?.missing).toEqual(['rezh-13', 'rezh-30']);
    expect(r.identification?.lists.band?.yes).toEqual(['rezh-4', 'rezh-5', 'rezh-8', 'rezh-23', 'rezh-28']);
    // indicator 9 (seed 000 L883): 7 of 11 schools = 63,6 %, printed as integers → 64: achieved
    const i9 = r.indicators.evaluations.find((e) => e.indicatorId === 'seed000.i9');
    expect(i9).toMatchObject({ status: 'achieved', compared: 'published' });
    expect(r.indicators.summary.counts).toEqual({ achieved: 2, not_achieved: 8, not_applicable: 0, missing: 0 });
    // «в среднем 84 %» (L338) and «93 %» (L486) outside their parts; «73 %» (L345) away from their mean 64,5; 557 of 491 admitted
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['AGGREGATE_OUT_OF_RANGE', 'AGGREGATE_OUT_OF_RANGE', 'PARTICIPANTS_EXCEED_ADMITTED', 'STATED_MEAN_MISMATCH']);
    const h = r.history.find((x) => x.categoryId === 'band')?.schools.find((s) => s.schoolId === 'rezh-46');
    expect(h?.transitions.at(-1)).toMatchObject({ fromYear: 2022, toYear: 2023, kind: 'left' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('from a prepared dataset (indexed once for several years): the same evaluation', () => {
    const prepared = prepareDataset(sample);
    for (const year of [2022, 2023]) expect(evaluateProgram(SEED_000_PROGRAM, prepared, year, { actuals })).toEqual(evaluateProgram(SEED_000_PROGRAM, sample, year, { actuals }));
  });

  it('without explanations (a national run): the same verdicts, no explanation texts', () => {
    const full = evaluateProgram(SEED_000_PROGRAM, sample, 2023, { actuals });
    const bare = evaluateProgram(SEED_000_PROGRAM, sample, 2023, { actuals, explain: false });
    expect(bare.identification?.lists).toEqual(full.identification?.lists);
    expect(bare.history).toEqual(full.history);
    expect(bare.identification?.schools.every((s) => s.categories.every((c) => c.explanation === undefined))).toBe(true);
    expect(full.identification?.schools.every((s) => s.categories.every((c) => c.explanation !== undefined))).toBe(true);
  });

  it('seed 001: its roadmap calendar (L267–L271: September, February, April–May, October, February, April)', () => {
    expect(programCalendar(SEED_001_PROGRAM, 2024).map((e) => [e.id, e.from, e.to])).toEqual([
      ['identification', '2024-09-01', '2024-09-30'],
      ['visit-october', '2024-10-01', '2024-10-31'],
      ['recommendations', '2025-02-01', '2025-02-28'],
      ['visit-february', '2025-02-01', '2025-02-28'],
      ['school-programs', '2025-04-01', '2025-05-31'],
      ['visit-april', '2025-04-01', '2025-04-30'],
    ]);
  });

  it('seed 001 over the sample: the criteria that lack data stay missing, the rest decide', () => {
    const r = evaluateProgram(SEED_001_PROGRAM, sample, 2023);
    const shnor = r.identification?.lists.shnor;
    expect((shnor?.yes.length ?? 0) + (shnor?.missing.length ?? 0)).toBeGreaterThan(0);
    expect(r.indicators.evaluations).toHaveLength(10);
  });

  it('seed 002 over the sample: ШНОР by rules A or B, checked against a naive re-implementation', () => {
    const r = evaluateProgram(SEED_002_PROGRAM, sample, 2023);
    // the default reading of L125, written out directly: failing = at least 30 % below the minimum
    const failing = (school: string, year: number): Set<string> =>
      new Set(
        (sample.results ?? [])
          .filter((x) => x.schoolId === school && x.year === year && ['vpr', 'oge', 'ege'].includes(x.procedure) && ['russian', 'math', 'math_base', 'math_profile'].includes(x.subject))
          .filter((x) => (x.belowMinimum ?? 0) * 100 >= 30 * (x.participants ?? 0))
          .map((x) => x.procedure),
      );
    const expected = sample.schools
      .map((s) => s.id)
      .filter((id) => {
        const now = failing(id, 2023);
        const before = failing(id, 2022);
        return now.size >= 2 || [...now].some((p) => before.has(p));
      });
    expect(expected.length).toBeGreaterThan(0);
    expect(r.identification?.lists.shnor?.yes).toEqual(expected);
    // the seed sets no target (L116–L165): the indicator reports «no target», never an invented one
    expect(r.indicators.evaluations).toHaveLength(27);
    expect(r.indicators.evaluations[0]?.indicatorId).toBe('seed002.A1.1');
    expect(r.indicators.evaluations[0]?.target).toBeNull();
    expect(r.indicators.evaluations.every((e) => e.target === null)).toBe(true);
  });

  it('seed 003 with test actuals: end-state bounds', () => {
    const r = evaluateProgram(SEED_003_PROGRAM, sample, 2023, { actuals: { 'seed003.i6': [{ year: 2023, value: share(3, 46) }], 'seed003.i1': [{ year: 2023, value: share(9, 10) }] } });
    expect(r.identification).toBeNull();
    const by = Object.fromEntries(r.indicators.evaluations.map((e) => [e.indicatorId, e.status]));
    expect(by['seed003.i6']).toBe('not_achieved');
    expect(by['seed003.i1']).toBe('achieved');
    expect(r.indicators.summary.counts.missing).toBe(13);
  });

  it('seed 004 over its own 2021 tables: the schools on the Rosobrnadzor list', () => {
    const r = evaluateProgram(SEED_004_PROGRAM, data('seed004-kemerovsky-2021.dataset.json'), 2021);
    expect(r.identification?.lists.biased?.yes).toEqual(['kem-yagunovskaya']);
    // the 2021 list (L1841) is complete for its year: the other 17 schools are «no», none «Нет данных»
    expect(r.identification?.lists.biased?.missing).toEqual([]);
    // the running text's contradictions of seed-004-notes §7.1 come with the dataset: C4, C7, C10, C12, then C16 and C20's shares
    expect(r.warnings.map((w) => w.code)).toEqual(['TOTAL_MISMATCH', 'TOTAL_MISMATCH', 'STATED_MEAN_MISMATCH', 'TOTAL_MISMATCH', 'SHARE_UNREACHABLE', ...Array<string>(7).fill('SHARE_MISMATCH')]);
    const no = r.identification?.schools.map((s) => s.categories.find((c) => c.categoryId === 'biased')?.outcome);
    expect(no?.filter((o) => o?.status === 'value' && o.value === false)).toHaveLength(17);
    const h = r.history[0]?.schools.find((s) => s.schoolId === 'kem-beregovskaya');
    expect(h?.years.filter((y) => y.value === true).map((y) => y.year)).toEqual([2019, 2020]);
    // two schools left the list between 2020 (L1826–L1829) and 2021 (L1841): a transition, not «без переходов»
    const left = (r.history[0]?.schools ?? []).filter((s) => s.transitions.some((t) => t.fromYear === 2020 && t.toYear === 2021 && t.kind === 'left')).map((s) => s.schoolId);
    expect(left).toEqual(['kem-beregovskaya', 'kem-metallploschadskaya']);
    // and Ягуновская stayed on it
    expect(r.history[0]?.schools.find((s) => s.schoolId === 'kem-yagunovskaya')?.transitions.at(-1)?.kind).toBe('stayed_in');
  });

  it('the program JSON Schema validates the presets', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    expect(jsonSchemaOf).toBeTypeOf('function');
    const ajv = new Ajv2020({ strict: false });
    const { ProgramSchema } = await import('../../src/index.js');
    const { z } = await import('zod');
    const validate = ajv.compile(z.toJSONSchema(ProgramSchema, { io: 'input' }));
    for (const p of Object.values(PRESET_PROGRAMS)) expect(validate(p)).toBe(true);
  }, 120_000);
});
