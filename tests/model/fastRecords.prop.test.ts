import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ResourcesSchema, SchoolFactsSchema, SchoolSchema, SocialPassportSchema, StaffingSchema, parseDatasetPartial } from '../../src/index.js';
import { FAST_RECORDS } from '../../src/model/_lib/fastRecords.js';
import { toValidationIssues } from '../../src/model/validation.js';

// The national frame's records (schools, social passports, staffing, resources, school facts) go
// through hand-written validators; the schema only builds the issues of the records they are unsure
// of. Here both are run on the same records: a valid record of the common shape with zero to three
// fields replaced by a near miss, its keys in a shuffled order about half the time.

// objects as JSON.parse builds them (fast-check may give objects without a prototype, which the fast path leaves to the schema)
const plain = <T extends object>(a: fc.Arbitrary<T>): fc.Arbitrary<T> => a.map((o) => ({ ...o }));
const share = plain(fc.nat(100).chain((total) => fc.record({ count: fc.nat(total), total: fc.constant(total) })));
const nearShare = fc.constantFrom({ count: 7, total: 5 }, { total: 5, count: 3 }, { count: 1 }, { count: 1, total: 2, extra: 0 }, { count: -1, total: 2 }, { count: 1.5, total: 2 }, null, [], 'x');

interface Case {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly base: fc.Arbitrary<Record<string, unknown>>;
  readonly nearMiss: Record<string, fc.Arbitrary<unknown>>;
}

const id = fc.constantFrom('s1', 'школа-1', 'constructor', 'toString', 'МО №2');
const badId = fc.constantFrom('', '__proto__', 'a'.repeat(121), 'a<b', 5, null, undefined);
const year = fc.integer({ min: 1990, max: 2100 });
const badYear = fc.constantFrom(1989, 2101, 2024.5, Number.NaN, '2024', undefined);
const badCount = fc.constantFrom(-1, 1.5, 1_000_000_001, Number.POSITIVE_INFINITY, '20', null, undefined);
const percent = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom('96,3', ' 100 ', '0.5', '.5', '+7'));
const badPercent = fc.constantFrom(-0.1, 100.01, Number.NaN, '101', '1e2', '', 'сто', null, undefined);
const provenance = fc.constantFrom('seed', 'synthetic', 'official');
const factors = (v: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> => plain(fc.record({ parent_higher_education_one: v, large_family: v, foster_care: v, low_income: v }, { requiredKeys: [] }));

const CASES: readonly Case[] = [
  {
    name: 'schools',
    schema: SchoolSchema,
    base: fc.record(
      {
        id,
        name: fc.string({ minLength: 1, maxLength: 20 }),
        nameVariants: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 2 }),
        territoryId: id,
        type: fc.constantFrom('СОШ', 'ООШ', 'лицей', 'другое'),
        legalForm: fc.constantFrom('МБОУ', 'МАОУ'),
        settlement: fc.constantFrom('urban', 'rural'),
        smallClass: fc.boolean(),
        distanceToCentreKm: fc.double({ min: 0, max: 10000, noNaN: true }),
        enrolment: fc.array(plain(fc.record({ year, pupils: fc.nat(2000) })), { maxLength: 2 }),
        provenance,
      },
      { requiredKeys: ['id', 'name', 'territoryId', 'type', 'settlement'] },
    ),
    nearMiss: {
      id: badId,
      name: fc.constantFrom('', 'x'.repeat(301), 1),
      nameVariants: fc.constantFrom([''], ['x', 2], 'x', [undefined]),
      type: fc.constantFrom('школа', 'сош', undefined),
      legalForm: fc.constantFrom('М', 'x'.repeat(21)),
      settlement: fc.constantFrom('city', undefined),
      smallClass: fc.constantFrom(1, 'да'),
      distanceToCentreKm: fc.constantFrom(-1, 10000.5, Number.POSITIVE_INFINITY, '5'),
      enrolment: fc.constantFrom([{ year: 2024 }], [{ pupils: 5, year: 2024 }], [{ year: 2024, pupils: -1 }], {}, [null]),
      provenance: fc.constantFrom('guess', null),
      extra: fc.constantFrom(1, 'x'),
    },
  },
  {
    name: 'social',
    schema: SocialPassportSchema,
    base: fc.record({ schoolId: id, year, pupils: fc.nat(3000), counts: factors(fc.nat(300)), percents: factors(percent), provenance }, { requiredKeys: ['schoolId', 'year', 'pupils'] }),
    nearMiss: {
      schoolId: badId,
      year: badYear,
      pupils: badCount,
      counts: fc.constantFrom({ large_family: -1 }, { unknown_factor: 3 }, { low_income: 2, large_family: 1 }, null, []),
      percents: fc.constantFrom({ large_family: 101 }, { foster_care: '1e2' }, { low_income: '5', large_family: '3' }, 'x'),
      provenance: fc.constantFrom('guess', null),
      extra: fc.constantFrom(1, 'x'),
    },
  },
  {
    name: 'staffing',
    schema: StaffingSchema,
    base: fc.record(
      { schoolId: id, year, teachers: fc.nat(200), vacancies: fc.nat(5), onOneAndHalfRates: fc.nat(5), highestCategory: fc.nat(50), outsideDiploma: fc.nat(5), specialistPositions: plain(fc.record({ filled: fc.nat(5), total: fc.nat(5) })), provenance },
      { requiredKeys: ['schoolId', 'year', 'teachers'] },
    ),
    nearMiss: {
      schoolId: badId,
      year: badYear,
      teachers: badCount,
      vacancies: badCount,
      specialistPositions: fc.constantFrom({ filled: 1 }, { total: 2, filled: 1 }, { filled: -1, total: 2 }, null),
      ageBands: fc.constantFrom([{ below: 25, count: 3 }], [{ from: 30, below: 25, count: 1 }], []),
      provenance: fc.constantFrom('guess', null),
      extra: fc.constantFrom(1, 'x'),
    },
  },
  {
    name: 'resources',
    schema: ResourcesSchema,
    base: fc.record(
      {
        schoolId: id,
        year,
        tochkaRosta: fc.boolean(),
        equipmentPercent: percent,
        recentTextbooksPercent: percent,
        internet: fc.boolean(),
        deficits: fc.array(plain(fc.record({ kind: fc.constantFrom('staff', 'material', 'financial'), description: fc.string({ minLength: 1, maxLength: 8 }), eliminated: fc.boolean() }, { requiredKeys: ['kind', 'description'] })), { maxLength: 2 }),
        provenance,
      },
      { requiredKeys: ['schoolId', 'year'] },
    ),
    nearMiss: {
      schoolId: badId,
      year: badYear,
      tochkaRosta: fc.constantFrom(1, 'да', null),
      equipmentPercent: badPercent,
      oldTextbooksPercent: badPercent,
      deficits: fc.constantFrom([{ kind: 'time', description: 'x' }], [{ kind: 'staff', description: '' }], [{ description: 'x', kind: 'staff' }], [{ kind: 'staff' }], {}),
      provenance: fc.constantFrom('guess', null),
      extra: fc.constantFrom(1, 'x'),
    },
  },
  {
    name: 'facts',
    schema: SchoolFactsSchema,
    base: fc.record({ schoolId: id, year, continuedToGrade10: share, olympiadParticipants: share, parentsSatisfied: share, admittedToGia11: share, provenance }, { requiredKeys: ['schoolId', 'year'] }),
    nearMiss: { schoolId: badId, year: badYear, continuedToGrade10: nearShare, parentsSatisfied: nearShare, admittedToGia9: nearShare, provenance: fc.constantFrom('guess', null), extra: fc.constantFrom(1, 'x') },
  },
];

/** The record with its keys in an order set by `seed` (unchanged for seed 0). */
function shuffled(r: Record<string, unknown>, seed: number): Record<string, unknown> {
  if (seed === 0) return r;
  const keys = Object.keys(r);
  let s = seed;
  for (let i = keys.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
  }
  return Object.fromEntries(keys.map((k) => [k, r[k]]));
}

function mutated(c: Case): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.keys(c.nearMiss);
  return fc
    .tuple(c.base, fc.array(fc.constantFrom(...fields), { maxLength: 3 }).chain((keys) => fc.tuple(fc.constant(keys), fc.tuple(...keys.map((k) => c.nearMiss[k] as fc.Arbitrary<unknown>)))), fc.boolean(), fc.oneof(fc.constant(0), fc.nat()))
    .map(([row, [keys, values], keep, seed]) => {
      const r: Record<string, unknown> = { ...row };
      // half of the mutations are dropped again, so that valid records stay common
      if (!keep) keys.forEach((k, i) => (r[k] = values[i]));
      return shuffled(r, seed);
    });
}

describe('the fast validators of the frame agree with the schemas', () => {
  for (const c of CASES) {
    it(`${c.name}: accepts only what the schema accepts, and returns what it returns, key order included`, () => {
      const fast = FAST_RECORDS[c.name];
      if (fast === undefined) throw new Error(`no fast validator for ${c.name}`);
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(mutated(c), (r) => {
          const got = fast(r);
          const slow = c.schema.safeParse(r);
          if (got === undefined) {
            rejected++;
            return;
          }
          accepted++;
          expect(slow.success, JSON.stringify(r)).toBe(true);
          expect(got).toStrictEqual(slow.data);
          expect(JSON.stringify(got)).toBe(JSON.stringify(slow.data));
        }),
        { seed: 13_2026, numRuns: 1500 },
      );
      // both answers are exercised, not one
      expect(accepted).toBeGreaterThan(300);
      expect(rejected).toBeGreaterThan(300);
    }, 120_000);
  }

  it('accepts the national frame’s common shapes (so the fast path is used)', () => {
    const school = { id: 's0', name: 'Школа 0', territoryId: 'mo0', type: 'СОШ', settlement: 'rural', distanceToCentreKm: 46, smallClass: true };
    const social = { schoolId: 's0', year: 2024, pupils: 300, counts: { parent_higher_education_one: 184, large_family: 12, non_native_russian: 44, foster_care: 6, kdn_registered: 0, low_income: 0 } };
    const resources = { schoolId: 's0', year: 2024, recentTextbooksPercent: 36, deficits: [] };
    const staffing = { schoolId: 's0', year: 2024, teachers: 30, highestCategory: 8, firstCategory: 4, onOneAndHalfRates: 0, outsideDiploma: 2 };
    const facts = { schoolId: 's0', year: 2020, olympiadParticipants: { count: 16, total: 300 }, continuedToGrade10: { count: 26, total: 30 }, parentsSatisfied: { count: 48, total: 100 } };
    for (const [name, r] of [['schools', school], ['social', social], ['resources', resources], ['staffing', staffing], ['facts', facts]] as const) {
      expect(FAST_RECORDS[name]?.(r), name).toBeDefined();
    }
    // the school's keys are out of the schema's order: a copy in that order, as zod gives it
    expect(Object.keys(FAST_RECORDS.schools?.(school) ?? {})).toEqual(Object.keys(SchoolSchema.parse(school)));
  });

  it('leaves the issues of bad records exactly as the schema words them (codes, paths, messages)', () => {
    const frame = (extra: Record<string, unknown[]>): Record<string, unknown> => ({
      format: 'shnor.dataset/1',
      id: 'д',
      name: { ru: 'Набор' },
      territoryId: 'mo',
      years: [2024],
      territories: [{ id: 'mo', kind: 'municipality', name: { ru: 'МО' } }],
      schools: [{ id: 's1', name: 'Школа', territoryId: 'mo', type: 'СОШ', settlement: 'urban' }],
      ...extra,
    });
    fc.assert(
      fc.property(fc.constantFrom(...CASES.filter((c) => c.name !== 'schools')), fc.integer({ min: 0, max: 1000 }), (c, seed) => {
        // a record of that collection with a near miss in every case: the fields of the fixed school
        const rows = fc.sample(mutated(c), { seed, numRuns: 4 }).map((r) => ({ ...r, schoolId: r.schoolId === undefined || typeof r.schoolId !== 'string' ? r.schoolId : 's1' }));
        const r = parseDatasetPartial(frame({ [c.name]: rows }));
        // what the schema alone says of each record, at its path
        const expected = rows.flatMap((row, i) => {
          const s = c.schema.safeParse(row, { reportInput: true });
          return s.success ? [] : toValidationIssues(s.error.issues, [c.name, i]);
        });
        const schemaIssues = r.issues.filter((i) => i.code !== 'duplicate_record');
        expect(schemaIssues).toEqual(expected);
      }),
      { seed: 13_2027, numRuns: 200 },
    );
  }, 120_000);
});
