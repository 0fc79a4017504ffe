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
  it('accepts only what AssessmentResultSchema accepts, and returns the same data', () => {
    fc.assert(
      fc.property(row, (r) => {
        const fast = fastAssessmentResult(r);
        const slow = AssessmentResultSchema.safeParse(r);
        if (fast) {
          expect(slow.success).toBe(true);
          if (slow.success) expect(slow.data).toEqual(r);
        }
      }),
      { numRuns: 3000 },
    );
  });

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
});
