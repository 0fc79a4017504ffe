import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ResourcesSchema, SchoolFactsSchema, SchoolSchema, SocialPassportSchema, StaffingSchema, parseDatasetPartial } from '../../src/index.js';
import { toValidationIssues, type ValidationIssue } from '../../src/model/validation.js';

// The schools, and the collections of one record per school and year (social passports, staffing, resources, school
// facts) are checked for duplicates and unknown schools by number (a bit per school and year), not by
// a string per record. Here a reference written the plain way — the schema, then a set of
// `${schoolId}|${year}` strings, then the set of schools — judges the same frames: the kept records,
// the counts and every issue (code, path, value, message, order) must be the same.

const SCHEMAS: Readonly<Record<string, z.ZodType>> = { social: SocialPassportSchema, staffing: StaffingSchema, resources: ResourcesSchema, facts: SchoolFactsSchema };

/** What the plain way keeps and reports for the records of one collection. */
function reference(name: string, rows: readonly unknown[], schools: ReadonlySet<string>): { kept: unknown[]; issues: ValidationIssue[]; rejected: number } {
  const schema = SCHEMAS[name] as z.ZodType;
  const kept: unknown[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  let rejected = 0;
  rows.forEach((row, i) => {
    const r = schema.safeParse(row, { reportInput: true });
    if (!r.success) {
      issues.push(...toValidationIssues(r.error.issues, [name, i]));
      rejected++;
      return;
    }
    const rec = r.data as { schoolId: string; year: number };
    const key = `${rec.schoolId}|${rec.year}`;
    if (seen.has(key)) {
      issues.push({ code: 'duplicate_record', path: [name, i], received: key, message: { ru: `повторная запись: школа «${rec.schoolId}», ${rec.year} г. — оставлена первая`, en: `duplicate record: school "${rec.schoolId}", ${rec.year}; the first one is kept` } });
      rejected++;
      return;
    }
    if (!schools.has(rec.schoolId)) {
      issues.push({ code: 'unknown_school', path: [name, i, 'schoolId'], received: rec.schoolId, message: { ru: `школы «${rec.schoolId}» нет среди школ набора данных`, en: `school "${rec.schoolId}" is not in schools` } });
      rejected++;
      return;
    }
    seen.add(key);
    kept.push(rec);
  });
  return { kept, issues, rejected };
}

// few schools and years, so that duplicates and unknown schools are common; some records invalid
const rarely = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> => fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: odd, weight: 1 });
const schoolId = rarely(fc.constantFrom('s1', 's2', 'школа 3', 'нет', 'constructor'), fc.constantFrom('s1 ', '', 5));
const year = rarely(fc.constantFrom(1990, 2023, 2024, 2100), fc.constantFrom(1989, 2024.5));
const count = rarely(fc.nat(50), fc.constantFrom(-1, '3'));
const share = rarely(fc.nat(20).map((n) => ({ count: n, total: 20 })), fc.constantFrom({ count: 30, total: 20 }, { total: 5, count: 1 }));
const ROWS: Readonly<Record<string, fc.Arbitrary<Record<string, unknown>>>> = {
  social: fc.record({ schoolId, year, pupils: count, counts: fc.record({ large_family: count }, { requiredKeys: [] }) }, { requiredKeys: ['schoolId', 'year'] }),
  staffing: fc.record({ schoolId, year, teachers: count, outsideDiploma: count, highestCategory: count }, { requiredKeys: ['schoolId', 'year'] }),
  resources: fc.record({ schoolId, year, internet: rarely(fc.boolean(), fc.constant(1)), recentTextbooksPercent: rarely(fc.constantFrom(36, '5,5'), fc.constant(101)) }, { requiredKeys: ['schoolId', 'year'] }),
  facts: fc.record({ schoolId, year, parentsSatisfied: share, continuedToGrade10: share }, { requiredKeys: ['schoolId', 'year'] }),
};

const school = fc.record(
  { id: rarely(fc.constantFrom('s1', 's2', 'школа 3', 's4'), fc.constantFrom('', 7)), name: rarely(fc.constantFrom('Школа'), fc.constant('')), territoryId: rarely(fc.constant('mo'), fc.constantFrom('мо-2', 'x')), type: fc.constant('СОШ'), settlement: fc.constantFrom('urban', 'rural'), smallClass: fc.boolean() },
  { requiredKeys: ['id', 'name', 'territoryId', 'type', 'settlement'] },
);

/** What the plain way keeps and reports for the schools: the schema, a repeated id, an unknown territory. */
function referenceSchools(rows: readonly unknown[]): { kept: { id: string }[]; issues: ValidationIssue[]; rejected: number } {
  const kept: { id: string }[] = [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const r = SchoolSchema.safeParse(row, { reportInput: true });
    if (!r.success) {
      issues.push(...toValidationIssues(r.error.issues, ['schools', i]));
      return;
    }
    const { id, territoryId } = r.data;
    if (seen.has(id)) issues.push({ code: 'duplicate_id', path: ['schools', i], received: id, message: { ru: `повторная запись: школа «${id}» — оставлена первая`, en: `duplicate record: school "${id}"; the first one is kept` } });
    else if (territoryId !== 'mo') issues.push({ code: 'unknown_territory', path: ['schools', i, 'territoryId'], received: territoryId, message: { ru: `территории «${territoryId}» нет среди территорий набора данных`, en: `territory "${territoryId}" is not in territories` } });
    else {
      seen.add(id);
      kept.push(r.data);
    }
  });
  return { kept, issues, rejected: rows.length - kept.length };
}

// plain objects, as JSON.parse builds them
const rows = (name: string): fc.Arbitrary<Record<string, unknown>[]> => fc.array((ROWS[name] as fc.Arbitrary<Record<string, unknown>>).map((r) => ({ ...r })), { maxLength: 30 });

describe('the schools and the (school, year) collections judge as the plain way', () => {
  it('the (school, year) collections have no other reference, procedure nor subject (their own loop checks none)', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      expect(Object.keys(shape).filter((k) => ['territoryId', 'procedure', 'subject', 'pupilId', 'id'].includes(k)), name).toEqual([]);
      expect(shape.schoolId?.safeParse(undefined).success, name).toBe(false);
      expect(shape.year?.safeParse(undefined).success, name).toBe(false);
    }
    expect(Object.keys(SchoolSchema.shape).filter((k) => ['schoolId', 'procedure', 'subject'].includes(k))).toEqual([]);
  });

  it('keeps the same records and reports the same issues, in the same order', () => {
    let duplicates = 0;
    let unknown = 0;
    let schoolIssues = 0;
    fc.assert(
      fc.property(fc.array(school.map((x) => ({ ...x })), { minLength: 1, maxLength: 6 }), fc.record({ social: rows('social'), staffing: rows('staffing'), resources: rows('resources'), facts: rows('facts') }, { requiredKeys: [] }), (schools, collections: Record<string, unknown[]>) => {
        const r = parseDatasetPartial({ format: 'shnor.dataset/1', id: 'д', name: { ru: 'Набор' }, territoryId: 'mo', years: [2024], territories: [{ id: 'mo', kind: 'municipality', name: { ru: 'МО' } }], schools, ...collections });
        const refSchools = referenceSchools(schools);
        expect(r.dataset?.schools).toStrictEqual(refSchools.kept);
        expect(JSON.stringify(r.dataset?.schools)).toBe(JSON.stringify(refSchools.kept));
        expect(r.counts.schools).toEqual({ kept: refSchools.kept.length, rejected: refSchools.rejected });
        schoolIssues += refSchools.issues.filter((i) => i.code === 'duplicate_id' || i.code === 'unknown_territory').length;
        const known = new Set(refSchools.kept.map((x) => x.id));
        const expectedIssues = [...refSchools.issues];
        for (const name of ['social', 'staffing', 'resources', 'facts'].filter((n) => n in collections)) {
          const ref = reference(name, collections[name] as unknown[], known);
          expect((r.dataset as unknown as Record<string, unknown>)[name]).toStrictEqual(ref.kept);
          expect(JSON.stringify((r.dataset as unknown as Record<string, unknown>)[name])).toBe(JSON.stringify(ref.kept));
          expect(r.counts[name]).toEqual({ kept: ref.kept.length, rejected: ref.rejected });
          expectedIssues.push(...ref.issues);
          duplicates += ref.issues.filter((i) => i.code === 'duplicate_record').length;
          unknown += ref.issues.filter((i) => i.code === 'unknown_school').length;
        }
        // the collections are judged in the dataset's order of collections
        const order = ['schools', 'social', 'staffing', 'resources', 'facts'];
        const rank = (i: ValidationIssue): number => order.indexOf(String(i.path[0]));
        expect(r.issues).toEqual([...expectedIssues].sort((x, y) => rank(x) - rank(y)));
      }),
      { seed: 15_2026, numRuns: 400 },
    );
    // both checks are exercised
    expect(duplicates).toBeGreaterThan(100);
    expect(unknown).toBeGreaterThan(100);
    expect(schoolIssues).toBeGreaterThan(100);
  }, 120_000);
});
