import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nationalDataset } from '../../bench/generate.js';
import { PERSISTENCE_PROGRAM } from '../../bench/persistenceProgram.js';
import { type Identification, type Methodology, type Program, SEED_000_PROGRAM, SEED_001_PROGRAM, SEED_002_PROGRAM, SEED_004_PROGRAM, categoryHistory, evaluateProgram, identify, openIdentification, parseDataset, prepareDataset } from '../../src/index.js';

// The program year asks every earlier year through one session (its evaluators of every year, the
// results of rules asked twice kept by school): each (school, category, year) is evaluated once. The
// reference here is the plain way — a separate identification of each year — which must give the
// same identification of the year, byte for byte, and the same history.

const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
const national = prepareDataset(parseDataset(nationalDataset(120)));

/** An earlier year as the history reads it: values and not-applicable verdicts, or missing without the list of inputs. */
const outcomesOnly = (r: Identification): Identification => ({
  ...r,
  schools: r.schools.map((s) => ({ schoolId: s.schoolId, categories: s.categories.map((c) => ({ categoryId: c.categoryId, outcome: c.outcome.status !== 'missing' ? c.outcome : { status: 'missing' as const, missing: [] } })) })),
});

function expectSameAsSeparateYears(program: Program, data: Parameters<typeof evaluateProgram>[1], year: number, options: { trace?: boolean; explain?: boolean }): void {
  const m = program.methodology as Methodology;
  const prepared = 'kind' in data ? data : prepareDataset(data);
  const r = evaluateProgram(program, prepared, year, options);
  const alone = identify(m, prepared, year, { trace: options.trace ?? false, explain: options.explain ?? true });
  expect(JSON.stringify(r.identification)).toBe(JSON.stringify(alone));
  const years = [...new Set(prepared.dataset.years)].filter((y) => y < year).sort((a, b) => a - b);
  const each = [...years.map((y) => outcomesOnly(identify(m, prepared, y, { trace: false, explain: false }))), alone];
  for (const c of m.categories) {
    expect(JSON.stringify(r.history.find((h) => h.categoryId === c.id)?.schools)).toBe(JSON.stringify(categoryHistory(each, c.id, c.kind === 'classifier' ? c.scale : undefined)));
  }
}

describe('the program year in one pass over its years', () => {
  it.each([2022, 2023, 2024])('categories that read earlier years (persist, a category a year back, a list that reads itself): %i, with traces and explanations', (year) => {
    expectSameAsSeparateYears(PERSISTENCE_PROGRAM, national, year, { trace: true, explain: true });
  });

  it('the same without traces or explanations, and the persistence categories are not empty', () => {
    expectSameAsSeparateYears(PERSISTENCE_PROGRAM, national, 2024, { trace: false, explain: false });
    const lists = evaluateProgram(PERSISTENCE_PROGRAM, national, 2024, { explain: false }).identification?.lists;
    for (const id of ['shnorPersistent', 'shnorBefore', 'staysShnor', 'runningTwice']) expect(lists?.[id]?.yes.length ?? 0).toBeGreaterThan(0);
  });

  it.each([
    ['seed000', SEED_000_PROGRAM],
    ['seed001', SEED_001_PROGRAM],
    ['seed002', SEED_002_PROGRAM],
    ['seed004', SEED_004_PROGRAM],
  ] as const)('%s on the sample dataset and on generated data', (_id, program) => {
    if (program.methodology === undefined) return;
    for (const y of [2023, 2024]) expectSameAsSeparateYears(program, sample, y, {});
    expectSameAsSeparateYears(program, national, 2024, { trace: true, explain: false });
  });

  it('a session answers the same after the program year has read its other years', () => {
    const m = PERSISTENCE_PROGRAM.methodology as Methodology;
    const session = openIdentification(m, national, 2024);
    const first = JSON.stringify(session.all({ trace: false, explain: false }));
    evaluateProgram(PERSISTENCE_PROGRAM, national, 2024, { explain: false });
    expect(JSON.stringify(session.all({ trace: false, explain: false }))).toBe(first);
    expect(JSON.stringify(session.school('s7'))).toBe(JSON.stringify(identify(m, national, 2024, { schools: ['s7'] }).schools[0]));
  });
});
