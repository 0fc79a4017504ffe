import { describe, expect, it } from 'vitest';
import {
  SEED_000_METHODOLOGY,
  categoryHistory,
  expectedResults,
  identify,
  parseMethodology,
  resolveMethodology,
  safeParseMethodology,
  seed002Methodology,
} from '../../src/index.js';
import { dataset } from './helpers.js';

describe('resolveMethodology: the rule in force for a territory on a date', () => {
  const old = { ...seed002Methodology(), id: 'old', validFrom: '2020-01-01', validTo: '2022-12-31' };
  const current = { ...seed002Methodology(), id: 'current' };
  const regional = { ...seed002Methodology(), id: 'regional', territories: ['dagestan'], validFrom: '2021-01-01' };

  it('picks by date, inclusive of both ends', () => {
    expect(resolveMethodology([old, current], 'sergokala', '2022-12-31')?.id).toBe('old');
    expect(resolveMethodology([old, current], 'sergokala', '2023-01-01')?.id).toBe('current');
    expect(resolveMethodology([old, current], 'sergokala', new Date(2025, 11, 31, 12))?.id).toBe('current');
    expect(resolveMethodology([old, current], 'sergokala', '2026-01-01')).toBeUndefined();
  });

  it('a regional methodology applies to its municipalities, the municipal one wins where both apply', () => {
    expect(resolveMethodology([regional], 'sergokala', '2022-06-01', 'dagestan')?.id).toBe('regional');
    expect(resolveMethodology([regional, current], 'sergokala', '2024-06-01', 'dagestan')?.id).toBe('current');
    expect(resolveMethodology([regional], 'sergokala', '2022-06-01')).toBeUndefined();
  });

  it('rejects an invalid date', () => {
    expect(() => resolveMethodology([current], 'sergokala', 'вчера')).toThrowError(/INVALID_YEAR/);
  });
});

describe('parseMethodology', () => {
  it('reports a rule that names an index the methodology does not define', () => {
    const bad = { ...SEED_000_METHODOLOGY, categories: [{ kind: 'flag', id: 'x', name: { ru: 'x' }, rule: { kind: 'threshold', measure: { kind: 'index', index: 'nope' }, op: 'gte', value: 1 } }] };
    expect(() => parseMethodology(bad)).toThrowError(/nope/);
    const r = safeParseMethodology(bad);
    expect(r.success).toBe(false);
  });

  it('lists schema issues with paths', () => {
    const r = safeParseMethodology({ ...SEED_000_METHODOLOGY, validFrom: '01.01.2021' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.path).toEqual(['validFrom']);
  });
});

describe('categoryHistory: entered, stayed, left, and how many consecutive years', () => {
  it('follows ШНОР membership over three years', () => {
    const row = (s: string, y: number, below: number) => ({ schoolId: s, year: y, procedure: 'vpr', subject: 'math', grade: 5, participants: 20, belowMinimum: below });
    const oge = (s: string, y: number, below: number) => ({ schoolId: s, year: y, procedure: 'oge', subject: 'math', grade: 9, participants: 10, belowMinimum: below });
    const ds = dataset({
      schools: ['A', 'B'],
      results: [
        row('A', 2022, 8), oge('A', 2022, 4), row('A', 2023, 8), oge('A', 2023, 4), row('A', 2024, 1), oge('A', 2024, 0),
        row('B', 2022, 1), oge('B', 2022, 0), row('B', 2023, 8), oge('B', 2023, 4), row('B', 2024, 8), oge('B', 2024, 4),
      ],
    });
    const m = seed002Methodology();
    const years = [2022, 2023, 2024].map((y) => identify(m, ds, y, { explain: false, trace: false }));
    const h = categoryHistory(years, 'shnor');
    const a = h.find((x) => x.schoolId === 'A');
    const b = h.find((x) => x.schoolId === 'B');
    expect(a?.transitions.map((t) => t.kind)).toEqual(['stayed_in', 'left']);
    expect(a?.consecutiveYears).toBe(0);
    expect(b?.transitions.map((t) => t.kind)).toEqual(['entered', 'stayed_in']);
    expect(b?.consecutiveYears).toBe(2);
  });

  it('a class moving up a scale («сильно низкие» → «умеренно низкие», seed 000 L883)', () => {
    const fake = (year: number, value: string) => ({
      methodologyId: 'm', validity: { from: '2020-01-01', to: null }, year, indices: {}, lists: {},
      schools: [{ schoolId: 'rezh-5', categories: [{ categoryId: 'severity', outcome: { status: 'value' as const, value } }] }],
    });
    const h = categoryHistory([fake(2022, 'умеренно низкие'), fake(2021, 'сильно низкие')], 'severity', ['сильно низкие', 'умеренно низкие']);
    expect(h[0]?.transitions).toEqual([{ fromYear: 2021, toYear: 2022, kind: 'changed', direction: 'up', steps: 1 }]);
    expect(h[0]?.consecutiveYears).toBe(2);
  });
});

describe('expectedResults: the line of expected results (seed 001, ИОУ, L165)', () => {
  it('fits y = 1 + 2x and finds the school above the line', () => {
    const r = expectedResults([{ id: 'a', x: 0, y: 1 }, { id: 'b', x: 1, y: 3 }, { id: 'c', x: 2, y: 5 }, { id: 'd', x: 1, y: 4 }, { id: 'e', x: 1, y: 2 }]);
    expect(r.slope).toBeCloseTo(2, 10);
    expect(r.intercept).toBeCloseTo(1, 10);
    expect(r.rows.map((x) => x.side)).toEqual(['as_expected', 'as_expected', 'as_expected', 'above', 'below']);
  });

  it('refuses a line it cannot draw', () => {
    expect(() => expectedResults([{ id: 'a', x: 1, y: 1 }, { id: 'b', x: 1, y: 2 }, { id: 'c', x: 1, y: 3 }])).toThrowError(/INVALID_OPTION/);
    expect(() => expectedResults([{ id: 'a', x: 0, y: 1 }])).toThrowError(/INVALID_OPTION/);
  });
});
