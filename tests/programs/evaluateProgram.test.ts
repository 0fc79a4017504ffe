import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REZH_2019_2025_PROGRAM, SEED_000_PROGRAM, SEED_002_PROGRAM, categoryHistory, evaluateProgram, identify, parseDataset, prepareDataset } from '../../src/index.js';

const sample = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));

describe('evaluateProgram over a program year', () => {
  it.each([
    ['seed000', SEED_000_PROGRAM],
    ['seed002', SEED_002_PROGRAM],
  ] as const)('%s: the history of earlier years equals the one from full identifications of each year', (_id, program) => {
    const m = program.methodology;
    if (m === undefined) throw new Error('no methodology');
    const prepared = prepareDataset(sample);
    const r = evaluateProgram(program, prepared, 2024, { explain: false });
    const full = [...new Set(sample.years)].filter((y) => y <= 2024).map((y) => identify(m, prepared, y, { trace: false, explain: false }));
    for (const c of m.categories) {
      expect(r.history.find((h) => h.categoryId === c.id)?.schools).toEqual(categoryHistory(full, c.id, c.kind === 'classifier' ? c.scale : undefined));
    }
    expect(r.identification?.lists).toEqual(full.at(-1)?.lists);
  });

  it('indicator ids are data: `constructor`, `toString` and `__proto__` find their own actuals, never inherited ones', () => {
    const base = SEED_000_PROGRAM.indicators[0];
    if (base === undefined) throw new Error('no indicator');
    const program = { ...SEED_000_PROGRAM, indicators: ['constructor', 'toString', 'hasOwnProperty'].map((id) => ({ ...base, id })) };
    const actuals = JSON.parse('{"toString":[],"__proto__":[]}') as Record<string, never[]>;
    const r = evaluateProgram(program, sample, 2023, { actuals, explain: false });
    expect(r.indicators.evaluations.map((e) => e.indicatorId)).toEqual(['constructor', 'toString', 'hasOwnProperty']);
    expect(r.indicators.evaluations.every((e) => e.status === 'missing' || e.status === 'not_applicable')).toBe(true);
    expect(Object.keys(r.indicators.byYear)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(JSON.parse(JSON.stringify(r.indicators.byYear['2023'])).map((e: { indicatorId: string }) => e.indicatorId)).toEqual(['constructor', 'toString', 'hasOwnProperty']);
  });
});

describe('evaluateProgram: the plan, the money, the undated events and stated figures', () => {
  const seed000 = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'seed000-rezh-2021.dataset.json'), 'utf8')));

  it('seed 000 on 2022-12-31: 8 «выполнено», 1 «на исполнении», 47 without a record; overdue 1.2, 1.5 and П3-4.3-2', () => {
    const r = evaluateProgram(REZH_2019_2025_PROGRAM, seed000, 2022, { explain: false });
    if (r.plan.status !== 'value') throw new Error('seed 000 has a plan');
    expect(r.plan.value.asOf).toBe('2022-12-31');
    expect(r.plan.value.byStatus).toMatchObject({ выполнено: 8, 'на исполнении': 1, 'нет данных': 47 });
    expect(r.plan.value.overdue.map((m) => [m.id, m.due, m.status])).toEqual([
      ['1.2', '2020-08-31', 'нет данных'],
      ['1.5', '2021-12-31', 'нет данных'],
      ['П3-4.3-2', '2022-08-31', 'на исполнении'],
    ]);
    // on 1 January 2022, 1.5 (due 31 December 2021) is overdue, П3-4.3-2 (due 2022-08-31) not yet
    const earlier = evaluateProgram(REZH_2019_2025_PROGRAM, seed000, 2022, { explain: false, asOf: '2022-01-01' });
    expect(earlier.plan.status === 'value' && earlier.plan.value.overdue.map((m) => m.id)).toEqual(['1.2', '1.5']);
  });

  it('seed 000 financing: 2019 states 5 220 058,68, its sources add up to 4 219 608,68 — short by 1 000 450,00; the other years add up', () => {
    const r = evaluateProgram(REZH_2019_2025_PROGRAM, seed000, 2022, { explain: false });
    if (r.financing.status !== 'value') throw new Error('seed 000 has a financing plan');
    const y2019 = r.financing.value.years.find((y) => y.year === 2019);
    expect(y2019).toMatchObject({ stated: '5220058.68', sumOfLevels: '4219608.68', consistent: false });
    expect(r.financing.value.issues.map((i) => [i.code, i.year, i.difference])).toEqual([['YEAR_SPLIT_MISMATCH', 2019, '1000450.00']]);
    expect(r.financing.value.years.filter((y) => !y.consistent).map((y) => y.year)).toEqual([2019]);
  });

  it('undated events (seed 000: identification «по графику» ИРО, the 500+ factor analysis), and a program without plan or money says not applicable', () => {
    const r = evaluateProgram(REZH_2019_2025_PROGRAM, seed000, 2022, { explain: false });
    expect(r.undatedEvents.length).toBeGreaterThan(0);
    expect(r.undatedEvents.some((e) => JSON.stringify(e).includes('ИРО'))).toBe(true);
    const bare = evaluateProgram({ ...REZH_2019_2025_PROGRAM, plan: undefined, financing: undefined }, seed000, 2022, { explain: false });
    expect([bare.plan.status, bare.financing.status]).toEqual(['not_applicable', 'not_applicable']);
  });

  it('statements given as an option are checked with the dataset, under their own path', () => {
    const r = evaluateProgram(REZH_2019_2025_PROGRAM, seed000, 2022, { explain: false, statements: [{ id: 'x', label: '«41 ОО»: 23 + 16', kind: 'sum', value: 41, components: [23, 16] }] });
    expect(r.warnings.filter((w) => w.path[0] === 'statements').map((w) => [w.code, w.numbers])).toEqual([['TOTAL_MISMATCH', { stated: '41', sum: '39', difference: '2' }]]);
  });
});
