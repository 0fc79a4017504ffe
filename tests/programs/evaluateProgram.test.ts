import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_000_PROGRAM, SEED_002_PROGRAM, categoryHistory, evaluateProgram, identify, parseDataset, prepareDataset } from '../../src/index.js';

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
    expect(r.indicators.evaluations.every((e) => e.status === 'no_data' || e.status === 'no_target')).toBe(true);
    expect(Object.keys(r.indicators.byYear)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(JSON.parse(JSON.stringify(r.indicators.byYear['2023'])).map((e: { indicatorId: string }) => e.indicatorId)).toEqual(['constructor', 'toString', 'hasOwnProperty']);
  });
});
