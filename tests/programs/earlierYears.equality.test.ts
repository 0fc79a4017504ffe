/**
 * A program year reads its earlier years the fast way (issue #14: statuses only, no verdict objects,
 * no lists of missing inputs or hits). Whatever that path does, the program's history and its
 * identification must be exactly what the slow way gives: a full `identify()` of every year, each
 * verdict mapped to its status (a value, missing, not applicable). Checked for every preset program
 * and methodology variant, the bench's persistence program (categories reading earlier years), and
 * the rule families with several years, over every bundled dataset with several years and a
 * generated one — as objects and as packed columns (`prepareColumns`), the slow way always over objects.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nationalDataset } from '../../bench/generate.js';
import { PERSISTENCE_PROGRAM } from '../../bench/persistenceProgram.js';
import { type Dataset, type Identification, type Methodology, PRESET_PROGRAMS, type PreparedDataset, type Program, categoryHistory, evaluateProgram, identify, packResults, parseDataset, parseMethodology, prepareColumns, prepareDataset, seed001Methodology, seed002Methodology } from '../../src/index.js';
import { ruleFileDataset } from '../criteria/helpers.js';

const DATA = join(import.meta.dirname, '..', '..', 'src', 'data');
const bundled = readdirSync(DATA)
  .filter((f) => f.endsWith('.dataset.json'))
  .map((f) => [f, parseDataset(JSON.parse(readFileSync(join(DATA, f), 'utf8')))] as const)
  .filter(([, d]) => new Set(d.years).size > 1);

/** A dataset with its results packed into columns (the national path), with the same rows. */
const packed = (d: Dataset): PreparedDataset => prepareColumns({ ...d, results: [] }, packResults(d.results ?? []));
const generated = parseDataset(nationalDataset(150));

/**
 * The datasets, each with the reference the slow way reads (over objects): bundled with several
 * years, and generated (with missing rows in the years before its windows fill), as objects and packed.
 */
const DATASETS: readonly (readonly [string, PreparedDataset, PreparedDataset])[] = [
  ...bundled.flatMap(([f, d]) => {
    const objects = prepareDataset(d);
    return [[f, objects, objects] as const, [`${f}, packed`, packed(d), objects] as const];
  }),
  ['generated 150', prepareDataset(generated), prepareDataset(generated)] as const,
  ['generated 150, packed', packed(generated), prepareDataset(generated)] as const,
];

/** A program around a methodology (the program year needs only its methodology here). */
const around = (base: Program, methodology: Methodology): Program => ({ ...base, methodology });
const anyPreset = Object.values(PRESET_PROGRAMS)[0] as Program;

const PROGRAMS: readonly (readonly [string, Program])[] = [
  ...Object.entries(PRESET_PROGRAMS)
    .filter(([, p]) => p.methodology !== undefined)
    .map(([id, p]) => [id, p] as const),
  ['persistence (bench)', PERSISTENCE_PROGRAM],
  ['seed001 atLeast, region pool, egeOnly', around(anyPreset, seed001Methodology({ combine: 'atLeast', k: 2, pool: 'region', n3: 'egeOnly' }))],
  ['seed001 all, ceil, separate', around(anyPreset, seed001Methodology({ combine: 'all', rounding: 'ceil', baseMaths: 'separate' }))],
  ['seed002 grades distinct, all', around(anyPreset, seed002Methodology({ vprGradesAreDistinctProcedures: true, ruleBSameSubject: true, combine: 'all' }))],
  ['seed002 noFactorEliminated', around(anyPreset, seed002Methodology({ riskPrevention: 'noFactorEliminated', preventionCoverage: 50 }))],
];

/** An identification as the history reads it: each verdict's status and value, nothing else. */
const statusesOf = (r: Identification): Identification => ({
  ...r,
  schools: r.schools.map((s) => ({ schoolId: s.schoolId, categories: s.categories.map((c) => ({ categoryId: c.categoryId, outcome: c.outcome.status === 'missing' ? { status: 'missing' as const, missing: [] } : c.outcome })) })),
});

/** What `identify` throws for a methodology over a dataset it does not fit, or nothing. */
function fails(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return String(e);
  }
}

/** The program year's history and identification against the slow way: a full identification of every year. */
function expectSameAsSlowWay(program: Program, prepared: PreparedDataset, year: number, options: { trace: boolean; explain: boolean }, reference: PreparedDataset = prepared): number {
  const m = program.methodology as Methodology;
  const years = [...new Set(prepared.dataset.years)].filter((y) => y <= year).sort((a, b) => a - b);
  const slowError = fails(() => identify(m, reference, year, options));
  if (slowError !== undefined) {
    // what the year's identification throws (a methodology that does not fit the dataset, a text
    // that cannot be written), the program year throws the same
    expect(fails(() => evaluateProgram(program, prepared, year, options))).toBe(slowError);
    return 0;
  }
  const fast = evaluateProgram(program, prepared, year, options);
  const alone = identify(m, reference, year, options);
  expect(JSON.stringify(fast.identification)).toBe(JSON.stringify(alone));
  const each = years.map((y) => (y === year ? alone : statusesOf(identify(m, reference, y, { trace: true, explain: false }))));
  let cells = 0;
  for (const c of m.categories) {
    const want = categoryHistory(each, c.id, c.kind === 'classifier' ? c.scale : undefined);
    const got = fast.history.find((h) => h.categoryId === c.id)?.schools;
    expect(JSON.stringify(got), `${m.id} / ${c.id} / ${year}`).toBe(JSON.stringify(want));
    for (const h of want) cells += h.years.length;
  }
  return cells;
}

describe('a program year reads its earlier years as a full identification of each would', () => {
  describe.each(PROGRAMS)('%s', (_name, program) => {
    it.each(DATASETS)('over %s, each year from the second', (_d, prepared, reference) => {
      const years = [...new Set(prepared.dataset.years)].sort((a, b) => a - b).slice(1);
      let cells = 0;
      for (const y of years) cells += expectSameAsSlowWay(program, prepared, y, { trace: false, explain: false }, reference);
      // and once with traces and explanations (the year's own evaluators beside the earlier years')
      cells += expectSameAsSlowWay(program, prepared, years[years.length - 1] as number, { trace: true, explain: true }, reference);
      expect(cells).toBeGreaterThanOrEqual(0);
    }, 120_000);
  });

  it('the generated data gives every state in the earlier years: values, missing and not applicable verdicts', () => {
    const prepared = DATASETS[DATASETS.length - 2]?.[1] as PreparedDataset;
    const states = new Set<string>();
    for (const [, program] of PROGRAMS) {
      const r = evaluateProgram(program, prepared, 2024, { explain: false });
      for (const h of r.history) for (const s of h.schools) for (const y of s.years) if (y.year < 2024) states.add(y.value === 'missing' || y.value === 'not_applicable' ? y.value : 'value');
    }
    expect([...states].sort()).toEqual(['missing', 'not_applicable', 'value']);
  }, 120_000);
});

/** The rule families with several years: their own methodology and dataset (persist, residual, territory, …). */
const FAMILIES = join(import.meta.dirname, '..', 'fixtures', 'rules');
const families = readdirSync(FAMILIES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(FAMILIES, f), 'utf8')) as { methodology: unknown; dataset?: Parameters<typeof ruleFileDataset>[0]; year: number }] as const)
  .filter(([, raw]) => raw.dataset !== undefined && new Set(raw.dataset.years).size > 1);

describe.each(families)('rule family %s over its own years', (file, raw) => {
  it('gives the history of a full identification of each year', () => {
    const data: Dataset = ruleFileDataset(raw.dataset as Parameters<typeof ruleFileDataset>[0], 'family', 'семейство правил');
    const program = around(anyPreset, parseMethodology(raw.methodology));
    expectSameAsSlowWay(program, prepareDataset(data), raw.year, { trace: false, explain: false });
    expectSameAsSlowWay(program, prepareDataset(data), raw.year, { trace: true, explain: true });
    expect(file.endsWith('.json')).toBe(true);
  });
});
