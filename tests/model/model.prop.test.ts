import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessmentResultSchema, parseDatasetPartial } from '../../src/index.js';
import { fastAssessmentResult } from '../../src/model/_lib/fastResult.js';

const hostileNumber = fc.oneof(
  fc.integer({ min: -5, max: 2000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 1e300),
);
const value = fc.oneof(hostileNumber, fc.string({ maxLength: 6 }), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constantFrom('vpr', 'oge', 'ege', 'math', 's1', 'school'));
const row = fc.record(
  {
    schoolId: fc.oneof(fc.constantFrom('s1', 'школа-1', '', '__proto__'), value),
    year: fc.oneof(fc.integer({ min: 1985, max: 2105 }), value),
    procedure: fc.oneof(fc.constantFrom('vpr', 'oge', 'ege', 'kdr', 'pisa'), value),
    subject: fc.oneof(fc.constantFrom('math', 'russian'), value),
    grade: fc.oneof(fc.integer({ min: 0, max: 12 }), value),
    participants: fc.oneof(fc.integer({ min: -2, max: 100 }), value),
    marks: fc.oneof(fc.record({ '2': fc.nat(50), '3': fc.nat(50) }, { requiredKeys: [] }), fc.dictionary(fc.constantFrom('1', '2', '6', 'x'), hostileNumber), value),
    belowMinimum: fc.oneof(fc.nat(100), value),
    mean: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), value),
    stage: fc.oneof(fc.constantFrom('school', 'final', 'national'), value),
    extra: value,
  },
  { requiredKeys: [] },
);

describe('the fast result validator agrees with the schema', () => {
  // A valid row of the common shape with zero to three fields replaced by a near miss (a year just
  // out of range, a fractional count, a reserved id, an unknown mark, an extra key) or by another
  // valid value: about half the rows are valid, half are not, so every run reaches an assertion
  // and both answers of the fast validator are checked against the schema.
  const base = fc.record({
    schoolId: fc.constantFrom('s1', 'школа-1', 'constructor', 'toString'),
    year: fc.integer({ min: 1990, max: 2100 }),
    procedure: fc.constantFrom('vpr', 'oge', 'ege'),
    subject: fc.constantFrom('math', 'russian'),
    grade: fc.integer({ min: 1, max: 11 }),
    participants: fc.nat(1000),
    marks: fc.record({ '2': fc.nat(50), '3': fc.nat(50), '4': fc.nat(50), '5': fc.nat(50) }, { requiredKeys: [] }),
    belowMinimum: fc.nat(100),
    mean: fc.double({ min: 0, max: 1000, noNaN: true }),
    stage: fc.constantFrom('school', 'municipal', 'regional', 'final'),
    scoreKind: fc.constantFrom('mark', 'primary', 'test'),
    provenance: fc.constantFrom('seed', 'synthetic', 'official'),
  }, { requiredKeys: ['schoolId', 'year', 'procedure', 'subject', 'grade'] });
  const nearMiss: Record<string, fc.Arbitrary<unknown>> = {
    schoolId: fc.constantFrom('', '__proto__', 'a'.repeat(121), 'a<b', 5, null),
    year: fc.constantFrom(1989, 2101, 2024.5, Number.NaN, '2024', -0),
    procedure: fc.constantFrom('pisa', 'VPR', '', 1),
    subject: fc.constantFrom('', 'x'.repeat(121), null),
    grade: fc.constantFrom(0, 12, 5.5, '5', Number.POSITIVE_INFINITY),
    participants: fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '20', null, undefined),
    marks: fc.constantFrom({ '1': 3 }, { '2': -1 }, { '3': 2.5 }, [], null, { '2': undefined }),
    belowMinimum: fc.constantFrom(-1, 0.5, true),
    mean: fc.constantFrom(-0.001, 1000.0001, Number.NaN, Number.POSITIVE_INFINITY, '4.5'),
    stage: fc.constantFrom('national', '', undefined),
    scoreKind: fc.constantFrom('points', undefined),
    provenance: fc.constantFrom('guess', null),
    extra: fc.constantFrom(1, 'x', null),
  };
  const mutated = fc
    .tuple(base, fc.array(fc.constantFrom(...Object.keys(nearMiss)), { maxLength: 3 }).chain((keys) => fc.tuple(fc.constant(keys), fc.tuple(...keys.map((k) => nearMiss[k] as fc.Arbitrary<unknown>)))), fc.boolean())
    .map(([row, [keys, values], keep]) => {
      const r: Record<string, unknown> = { ...row };
      // a third of the mutations are dropped again, so that valid rows stay common
      if (!keep || keys.length === 0) keys.forEach((k, i) => (r[k] = values[i]));
      return r;
    });

  it('accepts exactly what AssessmentResultSchema accepts, and returns the same data', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(mutated, (r) => {
        const fast = fastAssessmentResult(r);
        const slow = AssessmentResultSchema.safeParse(r);
        expect(fast, JSON.stringify(r)).toBe(slow.success);
        if (fast && slow.success) expect(slow.data).toEqual(r);
        if (fast) accepted++;
        else rejected++;
      }),
      { seed: 15_2026, numRuns: 3000 },
    );
    // both branches are exercised in most runs, not in none
    expect(accepted).toBeGreaterThan(600);
    expect(rejected).toBeGreaterThan(600);
  }, 120_000);

  it('never accepts what the schema rejects, for hostile rows of any shape', () => {
    fc.assert(
      fc.property(fc.oneof(row, mutated), (r) => {
        // checked in every run: fast ⇒ schema
        expect(!fastAssessmentResult(r) || AssessmentResultSchema.safeParse(r).success, JSON.stringify(r)).toBe(true);
      }),
      { seed: 15_2027, numRuns: 2000 },
    );
  }, 120_000);

  it('accepts the common valid shape (so the fast path is actually used)', () => {
    fc.assert(
      fc.property(
        fc.record({
          schoolId: fc.constantFrom('s1', 'школа-1'),
          year: fc.integer({ min: 1990, max: 2100 }),
          procedure: fc.constantFrom('vpr', 'oge', 'ege'),
          subject: fc.constantFrom('math', 'russian'),
          grade: fc.integer({ min: 1, max: 11 }),
          participants: fc.nat(1000),
          marks: fc.record({ '2': fc.nat(50), '3': fc.nat(50), '4': fc.nat(50), '5': fc.nat(50) }),
        }),
        (r) => {
          expect(fastAssessmentResult(r)).toBe(true);
          expect(AssessmentResultSchema.safeParse(r).success).toBe(true);
        },
      ),
    );
  });
});

describe('parseDatasetPartial never throws and never loses a record', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseDatasetPartial(v);
        expect(Array.isArray(r.issues)).toBe(true);
      }),
    );
  });

  it('kept + rejected = input, for any rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const r = parseDatasetPartial({
          format: 'shnor.dataset/1',
          id: 'p',
          name: { ru: 'p' },
          territoryId: 'mo',
          years: [2021],
          territories: [{ id: 'mo', kind: 'municipality', name: { ru: 'МО' } }],
          schools: [{ id: 's1', name: 'a', territoryId: 'mo', type: 'СОШ', settlement: 'urban' }],
          results: rows,
        });
        const c = r.counts.results!;
        expect(c.kept + c.rejected).toBe(rows.length);
        expect(r.dataset?.results).toHaveLength(c.kept);
        // every rejected row has at least one issue pointing into it
        const rejectedPaths = new Set(r.issues.filter((i) => i.path[0] === 'results').map((i) => i.path[1]));
        expect(rejectedPaths.size).toBe(c.rejected);
      }),
    );
  });
});

describe('packResults', () => {
  const validRow = fc.record(
    {
      schoolId: fc.constantFrom('s1', 's2', 'школа-3'),
      year: fc.integer({ min: 1990, max: 2100 }),
      procedure: fc.constantFrom('vpr', 'oge', 'ege', 'vsosh'),
      subject: fc.constantFrom('math', 'russian', 'physics'),
      grade: fc.integer({ min: 1, max: 11 }),
      participants: fc.nat(5000),
      marks: fc.record({ '2': fc.nat(50), '3': fc.nat(50), '4': fc.nat(50), '5': fc.nat(50) }, { requiredKeys: ['2', '3'] }),
      belowMinimum: fc.nat(100),
      mean: fc.double({ min: 0, max: 100, noNaN: true }),
      median: fc.integer({ min: 0, max: 100 }),
      mode: fc.integer({ min: 0, max: 1000 }).map((v) => v / 10),
      min: fc.nat(20),
      max: fc.integer({ min: 20, max: 100 }),
      stage: fc.constantFrom('school', 'municipal'),
      winners: fc.nat(3),
    },
    { requiredKeys: ['schoolId', 'year', 'procedure', 'subject', 'grade'] },
  );

  it('unpacks every row exactly as it was packed', async () => {
    const { packResults, unpackResult } = await import('../../src/index.js');
    fc.assert(
      fc.property(fc.array(validRow, { maxLength: 40 }), (rows) => {
        const parsed = rows.map((r) => AssessmentResultSchema.parse(r));
        const packed = packResults(parsed);
        expect(packed.size).toBe(parsed.length);
        parsed.forEach((r, i) => expect(unpackResult(packed, i)).toEqual(r));
      }),
    );
  });

  it('keeps the median, mode, min and max of the rows that have one (none, not even NaN, for the others), read in place as unpacked', async () => {
    const { packResults, unpackResult } = await import('../../src/index.js');
    const { PackedRow } = await import('../../src/model/packResults.js');
    const statRow = fc.record(
      {
        schoolId: fc.constantFrom('s1', 's2'),
        year: fc.constant(2024),
        procedure: fc.constant('ege'),
        subject: fc.constantFrom('math', 'russian', 'physics'),
        grade: fc.constant(11),
        mean: fc.integer({ min: 0, max: 1000 }).map((v) => v / 10),
        median: fc.nat(100),
        mode: fc.nat(100),
        min: fc.nat(100),
        max: fc.nat(100),
      },
      { requiredKeys: ['schoolId', 'year', 'procedure', 'subject', 'grade'] },
    );
    fc.assert(
      fc.property(fc.array(statRow, { maxLength: 40 }), (rows) => {
        const parsed = rows.map((r) => AssessmentResultSchema.parse(r));
        const packed = packResults(parsed);
        const more = parsed.filter((r) => r.median !== undefined || r.mode !== undefined || r.min !== undefined || r.max !== undefined).length;
        expect(packed.moreStats.length).toBe(4 * more);
        const cursor = new PackedRow(packed);
        parsed.forEach((r, i) => {
          const back = unpackResult(packed, i);
          expect(back).toEqual(r);
          for (const v of Object.values(back)) expect(Number.isNaN(v)).toBe(false);
          const at = cursor.at(i);
          for (const k of ['mean', 'median', 'mode', 'min', 'max'] as const) expect(at[k]).toBe(r[k]);
        });
      }),
    );
  });
});
