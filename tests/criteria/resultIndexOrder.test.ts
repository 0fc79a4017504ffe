/**
 * The result index (src/criteria/_lib/context.ts) sorts row numbers by school, then year, then
 * procedure in the order the procedures first come in the school's year, file order within each.
 * Its counting sort is checked against that definition written the slow way, on rows in shuffled
 * order (several procedures a year, years out of order, rows of unknown schools), over packed
 * columns and over the dataset's own rows.
 */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/criteria/_lib/context.js';
import { type AssessmentResult, type Dataset, packResults, parseDataset } from '../../src/index.js';
import { withPackedResults } from '../../src/model/packResults.js';
import { nationalDataset } from '../../bench/generate.js';
import { shuffled } from './helpers.js';

/** The definition: per school (by ordinal) and year (in the order years first come), procedures in first-come order, rows in file order. */
function reference(rows: readonly AssessmentResult[], schools: readonly string[]): { school: string; year: number; procedure: string; rows: number[] }[] {
  const yearsSeen: number[] = [];
  for (const r of rows) if (!yearsSeen.includes(r.year)) yearsSeen.push(r.year);
  const out: { school: string; year: number; procedure: string; rows: number[] }[] = [];
  for (const school of schools) {
    for (const year of yearsSeen) {
      const mine = rows.map((r, i) => [r, i] as const).filter(([r]) => r.schoolId === school && r.year === year);
      const procs: string[] = [];
      for (const [r] of mine) if (!procs.includes(r.procedure)) procs.push(r.procedure);
      for (const procedure of procs) out.push({ school, year, procedure, rows: mine.filter(([r]) => r.procedure === procedure).map(([, i]) => i) });
    }
  }
  return out;
}

/** What the index gives, in the same shape, read through its segments. */
function indexed(d: Dataset): { school: string; year: number; procedure: string; rows: number[] }[] {
  const ix = indexDataset(d);
  const out: { school: string; year: number; procedure: string; rows: number[] }[] = [];
  const p = ix.packedResults;
  if (p !== undefined) {
    const yearOfSlot: number[] = [];
    for (let y = 0; y < p.slotOf.length; y++) if ((p.slotOf[y] as number) >= 0) yearOfSlot[p.slotOf[y] as number] = 1990 + y;
    for (let si = 0; si < ix.schools.length; si++) {
      for (let slot = 0; slot < p.years; slot++) {
        const g = si * p.years + slot;
        for (let sg = p.groupSeg[g] as number; sg < (p.groupSeg[g + 1] as number); sg++) {
          const rows: number[] = [];
          for (let q = p.segStart[sg] as number; q < (p.segStart[sg + 1] as number); q++) rows.push(p.order === null ? q : (p.order[q] as number));
          out.push({ school: (ix.schools[si] as { id: string }).id, year: yearOfSlot[slot] as number, procedure: p.packed.procedures[p.segProc[sg] as number] as string, rows });
        }
      }
    }
    return out;
  }
  // over the dataset's rows: the same through the by-year view (rows as objects: their positions in the file)
  const all = d.results ?? [];
  const yearsSeen: number[] = [];
  for (const r of all) if (!yearsSeen.includes(r.year)) yearsSeen.push(r.year);
  for (let si = 0; si < ix.schools.length; si++) {
    const byYear = ix.results[si];
    for (const year of yearsSeen) {
      const procs = byYear?.get(year);
      if (procs === undefined) continue;
      for (const [procedure, rows] of procs) out.push({ school: (ix.schools[si] as { id: string }).id, year, procedure, rows: [...rows].map((r) => all.indexOf(r)) });
    }
  }
  return out;
}

describe('the result index', () => {
  const base = parseDataset(nationalDataset(40));
  const schools = base.schools.map((s) => s.id);
  for (const seed of [1, 7, 42]) {
    const rows = shuffled(base.results ?? [], seed);
    // a row of a school the dataset does not have is left out
    const withStranger = [...rows.slice(0, 50), { ...(rows[0] as AssessmentResult), schoolId: 'nobody' }, ...rows.slice(50)];
    const want = reference(withStranger, schools);

    it(`sorts shuffled rows as the definition says, over packed columns (seed ${seed})`, () => {
      const got = indexed(withPackedResults({ ...base, results: [] }, packResults(withStranger)));
      expect(got).toEqual(want);
    });

    it(`sorts shuffled rows as the definition says, over the dataset's rows (seed ${seed})`, () => {
      expect(indexed({ ...base, results: withStranger })).toEqual(want);
    });
  }
});
