/**
 * The dataset index (src/criteria/_lib/context.ts) builds each collection's records by school and
 * year on first use, from the records' own order when they come by school (no sort) and sorted
 * otherwise; and it indexes result rows that come grouped from their runs (no sort) and any others
 * by sorting. Each is checked against its definition written the slow way — the last record of a
 * school's year wins; rows by school, year, procedure in first-come order — on records in runs, in
 * shuffled order, with repeated years and rows of unknown schools, and with the collections read in
 * different orders.
 */
import { describe, expect, it } from 'vitest';
import { at, indexDataset } from '../../src/criteria/_lib/context.js';
import { type AssessmentResult, type Dataset, identify, packResults, parseDataset, prepareColumns, seed002Methodology } from '../../src/index.js';
import { withPackedResults } from '../../src/model/packResults.js';
import { nationalDataset } from '../../bench/generate.js';
import { shuffled } from './helpers.js';

const COLLECTIONS = ['facts', 'social', 'staffing', 'resources'] as const;
type Collection = (typeof COLLECTIONS)[number];
type Rec = { schoolId: string; year: number };

/** The definition: the last record of the school's year, in the collection's order. */
function reference(d: Dataset, c: Collection, schoolId: string, year: number): unknown {
  const rows = ((d as unknown as Record<Collection, Rec[] | undefined>)[c] ?? []).filter((r) => r.schoolId === schoolId && r.year === year);
  return rows[rows.length - 1];
}

/** Every school and year (one more year each side) read through the index, collections in the order given. */
function readAll(d: Dataset, order: readonly Collection[]): void {
  const ix = indexDataset(d);
  for (const c of order) {
    const by = ix[c];
    for (let si = 0; si < d.schools.length; si++) {
      const id = (d.schools[si] as { id: string }).id;
      for (let y = 2019; y <= 2025; y++) expect(at(by as never, si, y), `${c} ${id} ${y}`).toBe(reference(d, c, id, y));
    }
    expect(at(by as never, -1, 2024)).toBeUndefined();
    expect(at(by as never, d.schools.length, 2024)).toBeUndefined();
  }
}

describe('a collection by school and year, built on first use', () => {
  const base = parseDataset(nationalDataset(12));
  /** a second record of some schools' year (a later one wins), and one of a school the dataset does not have */
  const withRepeats = (rows: readonly Rec[]): Rec[] => {
    const out = [...rows];
    for (let i = 0; i < rows.length; i += 3) out.push({ ...(rows[i] as Rec), marker: i } as Rec);
    out.splice(5, 0, { ...(rows[0] as Rec), schoolId: 'nobody' });
    return out;
  };
  const variants: [string, Dataset][] = [
    ['in runs of one school', base],
    ['with repeated years and a stranger', { ...base, ...Object.fromEntries(COLLECTIONS.map((c) => [c, withRepeats((base as unknown as Record<Collection, Rec[]>)[c])])) }],
    ...[3, 11].map((seed): [string, Dataset] => [`shuffled (seed ${seed})`, { ...base, ...Object.fromEntries(COLLECTIONS.map((c) => [c, shuffled(withRepeats((base as unknown as Record<Collection, Rec[]>)[c]), seed)])) }]),
  ];
  for (const [name, d] of variants) {
    it(`gives the last record of each school's year, ${name}, whichever collection is read first`, () => {
      readAll(d, COLLECTIONS);
      readAll(d, [...COLLECTIONS].reverse());
      readAll(d, ['staffing', 'facts', 'resources', 'social']);
    });
  }

  it('builds a collection only when it is read', () => {
    let reads = 0;
    const d = { ...base };
    Object.defineProperty(d, 'staffing', {
      get: () => {
        reads++;
        return base.staffing;
      },
    });
    const ix = indexDataset(d as Dataset);
    void ix.facts;
    expect(reads).toBe(0);
    expect(at(ix.staffing, 0, 2024)).toBe(reference(base, 'staffing', (base.schools[0] as { id: string }).id, 2024));
    void ix.staffing;
    expect(reads).toBe(1);
  });
});

/** The definition of the result index: per school (by ordinal) and year (in first-come order), procedures in first-come order, rows in file order. */
function referenceRows(rows: readonly AssessmentResult[], schools: readonly string[]): string {
  const yearsSeen: number[] = [];
  for (const r of rows) if (schools.includes(r.schoolId) && !yearsSeen.includes(r.year)) yearsSeen.push(r.year);
  const out: string[] = [];
  for (const school of schools) {
    for (const year of yearsSeen) {
      const mine = rows.map((r, i) => [r, i] as const).filter(([r]) => r.schoolId === school && r.year === year);
      const procs: string[] = [];
      for (const [r] of mine) if (!procs.includes(r.procedure)) procs.push(r.procedure);
      for (const procedure of procs) out.push(`${school} ${year} ${procedure}: ${mine.filter(([r]) => r.procedure === procedure).map(([, i]) => i)}`);
    }
  }
  return out.join('\n');
}

/** The packed index of a dataset read through its segments, and whether it took the rows as they come. */
function indexedRows(d: Dataset): { text: string; asTheyCome: boolean } {
  const ix = indexDataset(d);
  const p = ix.packedResults;
  if (p === undefined) throw new Error('not packed');
  const yearOfSlot: number[] = [];
  for (let y = 0; y < p.slotOf.length; y++) if ((p.slotOf[y] as number) >= 0) yearOfSlot[p.slotOf[y] as number] = 1990 + y;
  const out: string[] = [];
  for (let si = 0; si < ix.schools.length; si++) {
    for (let slot = 0; slot < p.years; slot++) {
      const g = si * p.years + slot;
      for (let sg = p.groupSeg[g] as number; sg < (p.groupSeg[g + 1] as number); sg++) {
        const rows: number[] = [];
        for (let q = p.segStart[sg] as number; q < (p.segStart[sg + 1] as number); q++) rows.push(p.order === null ? q : (p.order[q] as number));
        out.push(`${(ix.schools[si] as { id: string }).id} ${yearOfSlot[slot]} ${p.packed.procedures[p.segProc[sg] as number]}: ${rows}`);
      }
    }
  }
  return { text: out.join('\n'), asTheyCome: p.order === null };
}

describe('the result index of rows that come grouped', () => {
  const base = parseDataset(nationalDataset(20));
  const schools = base.schools.map((s) => s.id);
  const rows = base.results ?? [];
  const packedOf = (rs: readonly AssessmentResult[], d: Dataset = base): Dataset => withPackedResults({ ...d, results: [] }, packResults(rs));
  // a school's rows moved to the end: groups, but not in the schools' order
  const firstSchool = rows.filter((r) => r.schoolId === schools[0]);
  const movedSchool = [...rows.filter((r) => r.schoolId !== schools[0]), ...firstSchool];
  // one row of a procedure moved to the end of its school's year: the procedure comes back
  const k = rows.findIndex((r, i) => i > 0 && r.procedure !== (rows[i - 1] as AssessmentResult).procedure && r.schoolId === (rows[i - 1] as AssessmentResult).schoolId);
  const lastOfYear = rows.findIndex((r, i) => i > k && (r.schoolId !== (rows[k] as AssessmentResult).schoolId || r.year !== (rows[k] as AssessmentResult).year));
  const procBack = [...rows.slice(0, k - 1), ...rows.slice(k, lastOfYear), rows[k - 1] as AssessmentResult, ...rows.slice(lastOfYear)];
  // a later school's years in another order than the first school's
  const second = rows.filter((r) => r.schoolId === schools[1]);
  const yearsSwapped = rows.map((r) => r).filter((r) => r.schoolId !== schools[1]);
  yearsSwapped.splice(rows.findIndex((r) => r.schoolId === schools[1]), 0, ...second.filter((r) => r.year === 2024), ...second.filter((r) => r.year !== 2024));
  // a row of a school the dataset does not have
  const stranger = [...rows.slice(0, 30), { ...(rows[0] as AssessmentResult), schoolId: 'nobody' }, ...rows.slice(30)];
  // the frame's schools in another order than the rows'
  const reversed = { ...base, schools: [...base.schools].reverse() };

  it('takes rows grouped by school, year and procedure as they come', () => {
    const got = indexedRows(packedOf(rows));
    expect(got.asTheyCome).toBe(true);
    expect(got.text).toBe(referenceRows(rows, schools));
  });

  for (const [name, rs, d] of [
    ['a school out of the frame’s order', movedSchool, base],
    ['a procedure coming back within a school’s year', procBack, base],
    ['a school’s years in another order', yearsSwapped, base],
    ['a row of an unknown school', stranger, base],
    ['the frame’s schools reversed', rows, reversed],
  ] as const) {
    it(`sorts rows that are not grouped in order: ${name}`, () => {
      expect(rs.length).toBeGreaterThanOrEqual(rows.length);
      const got = indexedRows(packedOf(rs, d));
      expect(got.asTheyCome).toBe(false);
      expect(got.text).toBe(referenceRows(rs, d.schools.map((s) => s.id)));
    });

    it(`gives the verdicts and traces of the rows as objects: ${name}`, () => {
      const m = seed002Methodology();
      for (const year of [2023, 2024]) {
        const objects = identify(m, { ...d, results: [...rs] }, year, { explain: false });
        const packed = identify(m, prepareColumns({ ...d, results: [] }, packResults(rs)), year, { explain: false });
        expect(packed).toEqual(objects);
      }
    });
  }
});

describe('school ordinals', () => {
  const base = parseDataset(nationalDataset(10));
  const packedOf = (d: Dataset): Dataset => withPackedResults({ ...d, results: [] }, packResults(base.results ?? []));

  it('of rows in the schools’ order: every school its own id, each found by its id', () => {
    for (const d of [packedOf(base), base, packedOf({ ...base, schools: [...base.schools].reverse() })]) {
      const ix = indexDataset(d);
      expect(ix.uniqueIds).toBe(true);
      d.schools.forEach((s, i) => expect(ix.ordinal.get(s.id)).toBe(i));
    }
  });

  it('with one id given to two schools: the last one’s, as a map of ids gives, over packed columns as over objects', () => {
    const twice = { ...base, schools: [...base.schools, { ...(base.schools[2] as Dataset['schools'][number]), name: 'та же школа ещё раз' }] };
    for (const d of [packedOf(twice), twice]) {
      const ix = indexDataset(d);
      expect(ix.uniqueIds).toBe(false);
      expect(ix.ordinal.get((base.schools[2] as { id: string }).id)).toBe(twice.schools.length - 1);
    }
    const m = seed002Methodology();
    const r = identify(m, prepareColumns({ ...twice, results: [] }, packResults(base.results ?? [])), 2024, { explain: false });
    expect(r).toEqual(identify(m, twice, 2024, { explain: false }));
    // the id names one school: both entries are its verdicts
    expect(r.schools[2]).toEqual(r.schools[twice.schools.length - 1]);
    expect(r.schools[2]?.categories.some((c) => c.outcome.status === 'value')).toBe(true);
  });
});
