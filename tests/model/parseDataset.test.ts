import { describe, expect, it } from 'vitest';
import { isShnorError, parseDataset, parseDatasetPartial, safeParseDataset } from '../../src/index.js';

const base = () => ({
  format: 'shnor.dataset/1',
  id: 'test',
  name: { ru: 'Тест' },
  territoryId: 'mo',
  years: [2021],
  territories: [{ id: 'mo', kind: 'municipality', name: { ru: 'МО' } }],
  schools: [
    { id: 's1', name: 'МБОУ «СОШ № 1»', territoryId: 'mo', type: 'СОШ', settlement: 'urban' },
    { id: 's2', name: 'МБОУ «ООШ № 2»', territoryId: 'mo', type: 'ООШ', settlement: 'rural' },
  ],
  results: [
    { schoolId: 's1', year: 2021, procedure: 'vpr', subject: 'math', grade: 5, participants: 20, marks: { '2': 6, '3': 8, '4': 4, '5': 2 }, belowMinimum: 6 },
    { schoolId: 's2', year: 2021, procedure: 'vpr', subject: 'math', grade: 5, participants: 7, belowMinimum: 1 },
  ],
});

describe('parseDataset', () => {
  it('parses a valid dataset', () => {
    const ds = parseDataset(base());
    expect(ds.results).toHaveLength(2);
    expect(safeParseDataset(base()).success).toBe(true);
  });

  it('reports every issue with code, path, value and a bilingual message', () => {
    const input = base();
    (input.results[0] as Record<string, unknown>).participants = -3;
    (input.results[1] as Record<string, unknown>).procedure = 'pisa';
    (input.schools[1] as Record<string, unknown>).settlement = 'village';
    const r = safeParseDataset(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path.join('.'), i]));
    expect(byPath['results.0.participants']).toMatchObject({ code: 'too_small', received: -3 });
    expect(byPath['results.1.procedure']).toMatchObject({ code: 'unknown_procedure', received: 'pisa' });
    expect(byPath['results.1.procedure']?.message.ru).toContain('не входит в каталог и не объявлена в наборе данных');
    expect(byPath['schools.1.settlement']).toMatchObject({ code: 'invalid_value', received: 'village' });
    // the results of the rejected school are rejected as unknown, and said so
    expect(r.issues.some((i) => i.code === 'unknown_school')).toBe(false);
  });

  it('parse throws VALIDATION_FAILED listing every issue', () => {
    const input = base();
    (input.results[0] as Record<string, unknown>).grade = 12;
    try {
      parseDataset(input);
      expect.unreachable();
    } catch (e) {
      expect(isShnorError(e, 'VALIDATION_FAILED')).toBe(true);
      if (isShnorError(e, 'VALIDATION_FAILED')) expect(e.details.issues[0]?.path).toEqual(['results', 0, 'grade']);
    }
  });
});

describe('parseDatasetPartial: one bad record never stops the others', () => {
  it('keeps every valid record and reports every invalid one', () => {
    const input = base();
    input.results.push(
      { schoolId: 's1', year: 2021, procedure: 'oge', subject: 'math', grade: 9, participants: 2.5 } as never,
      { schoolId: 'nope', year: 2021, procedure: 'oge', subject: 'math', grade: 9, participants: 3 } as never,
      { schoolId: 's1', year: 2021, procedure: 'vpr', subject: 'math', grade: 5, participants: 20 } as never,
      { schoolId: 's2', year: 2021, procedure: 'oge', subject: 'russian', grade: 9, participants: '12' } as never,
    );
    const r = parseDatasetPartial(input);
    expect(r.dataset?.results).toHaveLength(2);
    expect(r.counts.results).toEqual({ kept: 2, rejected: 4 });
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'results.2.participants'],
      ['unknown_school', 'results.3.schoolId'],
      ['duplicate_record', 'results.4'],
      ['invalid_type', 'results.5.participants'],
    ]);
    expect(r.issues[0]?.message.en).toContain('expected int');
  });

  it('a result row repeats another only when school, year, procedure, subject, grade and stage are all the same', () => {
    const input = base();
    const row = { schoolId: 's1', year: 2021, procedure: 'ege', subject: 'math_profile', grade: 11, participants: 5 };
    input.results.push(
      row as never,
      { ...row, schoolId: 's2' } as never,
      { ...row, year: 2022 } as never,
      { ...row, procedure: 'gve11' } as never,
      { ...row, subject: 'math_base' } as never,
      { ...row, grade: 10 } as never,
      { ...row, stage: 'final' } as never,
      { ...row, stage: 'regional' } as never,
      { ...row, stage: 'final', participants: 6 } as never,
      { ...row, participants: 7 } as never,
    );
    const r = parseDatasetPartial(input);
    expect(r.issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([
      ['duplicate_record', 'results.10', 's1|2021|ege|math_profile|11|final'],
      ['duplicate_record', 'results.11', 's1|2021|ege|math_profile|11|'],
    ]);
    expect(r.counts.results).toEqual({ kept: 10, rejected: 2 });
  });

  it('rejects duplicate school ids, keeping the first', () => {
    const input = base();
    input.schools.push({ ...input.schools[0]!, name: 'другая' });
    const r = parseDatasetPartial(input);
    expect(r.dataset?.schools).toHaveLength(2);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'duplicate_id', path: ['schools', 2] })]);
  });
});

describe('hostile input', () => {
  it('__proto__ and constructor keys are reported and pollute nothing', () => {
    const text = `{"format":"shnor.dataset/1","id":"x","name":{"ru":"x"},"territoryId":"mo","years":[2021],
      "territories":[{"id":"mo","kind":"municipality","name":{"ru":"МО"},"__proto__":{"polluted":true}}],
      "schools":[{"id":"s1","name":"a","territoryId":"mo","type":"СОШ","settlement":"urban","constructor":{"prototype":{"polluted":true}}}],
      "__proto__":{"polluted":true}}`;
    const r = parseDatasetPartial(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unrecognized_keys', '__proto__'],
      ['unrecognized_keys', 'territories.0'],
      ['unrecognized_keys', 'schools.0'],
      ['unknown_territory', 'territoryId'],
    ]);
    expect(r.dataset?.territories).toHaveLength(0);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a negative count', -1],
    ['a fractional count', 0.5],
    ['a string', '20'],
    ['null', null],
    ['an object', { n: 1 }],
  ])('participants = %s is an issue, not a crash', (_label, value) => {
    const input = base();
    (input.results[0] as Record<string, unknown>).participants = value;
    const r = parseDatasetPartial(input);
    expect(r.counts.results).toEqual({ kept: 1, rejected: 1 });
    expect(r.issues[0]?.path).toEqual(['results', 0, 'participants']);
    // the issue is plain JSON: a non-finite value is described as a string, never emitted as a number
    expect(JSON.parse(JSON.stringify(r.issues))).toEqual(r.issues);
  });

  it('not an object at all', () => {
    for (const v of [null, 42, 'text', [], undefined]) {
      const r = parseDatasetPartial(v);
      expect(r.dataset).toBeNull();
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });

  it('a collection that is not an array', () => {
    const r = parseDatasetPartial({ ...base(), results: { 0: 'x' } });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_type', path: ['results'] })]);
  });

  it('a 50 MB input with bad rows scattered in it: every bad row reported, every good one kept', () => {
    const input = base();
    const rows: unknown[] = [];
    const procedures = ['vpr', 'oge', 'ege', 'kdr'];
    for (let i = 0; rows.length < 250_000; i++) {
      const school = i % 2 === 0 ? 's1' : 's2';
      rows.push({
        schoolId: school,
        year: 2000 + (i % 100),
        procedure: procedures[i % 4],
        subject: `subject-${Math.floor(i / 400)}`,
        grade: 1 + (Math.floor(i / 8) % 11),
        participants: i % 10_007 === 0 ? -1 : 100,
        marks: { '2': 10, '3': 40, '4': 30, '5': 20 },
        mean: 3.6,
        median: 4,
        min: 2,
        max: 5,
        provenance: 'synthetic',
      });
    }
    const text = JSON.stringify({ ...input, results: rows });
    expect(text.length).toBeGreaterThan(50_000_000);
    const r = parseDatasetPartial(JSON.parse(text));
    const bad = rows.filter((x) => (x as { participants: number }).participants < 0).length;
    expect(r.counts.results?.rejected).toBeGreaterThanOrEqual(bad);
    expect((r.counts.results?.kept ?? 0) + (r.counts.results?.rejected ?? 0)).toBe(rows.length);
    expect(r.issues.filter((i) => i.code === 'too_small')).toHaveLength(bad);
    // 3,7–8,7 s on a busy 2-core machine: the outcome must not depend on the machine's speed
  }, 180_000);
});
