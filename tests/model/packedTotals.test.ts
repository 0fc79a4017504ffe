import { describe, expect, it } from 'vitest';
import { nationalDataset } from '../../bench/generate.js';
import { type Dataset, type TerritoryResult, checkDataset, packResults, parseDataset, prepareColumns } from '../../src/index.js';

// checkDataset over packed columns sums a municipality's schools only for the territories with totals
// of their own, skipping the other rows by school code: the same warnings as over the rows as objects.

describe('municipal totals against their schools, packed columns and objects alike', () => {
  it('the same warnings, years asked or not', () => {
    const base = parseDataset(nationalDataset(60));
    const results = base.results ?? [];
    const school = base.schools[0];
    if (school === undefined) throw new Error('no school');
    // totals of the first school's municipality made from its own rows: the other schools of that
    // municipality are not in them (TOTAL_MISMATCH, TOTAL_MEAN_MISMATCH), a total equal to the sum stays silent
    const own = results.filter((r) => r.schoolId === school.id);
    const totals: TerritoryResult[] = own.map(({ schoolId: _s, ...r }) => ({ ...r, territoryId: school.territoryId }));
    const objects: Dataset = { ...base, territoryResults: [...(base.territoryResults ?? []), ...totals] };
    const columns = prepareColumns({ ...objects, results: [] }, packResults(results)).dataset;
    for (const options of [{}, { years: [2021, 2023] }, { years: [] as number[] }]) {
      const a = checkDataset(objects, options);
      const b = checkDataset(columns, options);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      if (options.years?.length !== 0) expect(a.some((w) => w.code === 'TOTAL_MISMATCH')).toBe(true);
    }
  });
});
