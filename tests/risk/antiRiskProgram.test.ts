import { describe, expect, it } from 'vitest';
import { type AntiRiskProgram, antiRiskProgress, checkAntiRiskCoverage, parseAntiRiskProgram, share, summarizeAntiRiskProgress } from '../../src/index.js';

const indicator = (id: string, target: number) => ({
  id,
  name: { ru: id },
  unit: 'percent' as const,
  better: 'higher' as const,
  level: 'school' as const,
  target: { kind: 'bound' as const, op: 'gte' as const, value: target },
});

// A program with a gap: priority factor rf10 (parents) has no measure; rf05 has a measure without an
// indicator; one measure addresses no priority factor; one measure names an undefined indicator.
const program: AntiRiskProgram = parseAntiRiskProgram({
  id: 'arp-1',
  schoolId: 'kem-metallploschadskaya',
  catalogueId: 'fioko-500-10',
  priorityFactors: ['rf02', 'rf05', 'rf10'],
  measures: [
    { id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-vacancies'] },
    { id: 'm2', name: { ru: 'Внутришкольная система ПК' }, addresses: ['rf05'], deadline: '2024-12-31', responsible: ['заместитель по УВР'], indicators: [] },
    { id: 'm3', name: { ru: 'Ремонт спортзала' }, addresses: ['rf01'], deadline: '2024-09-01', responsible: ['директор'], indicators: ['i-gym'] },
    { id: 'm4', name: { ru: 'Курсы для учителей' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] },
  ],
  indicators: [indicator('i-vacancies', 100), indicator('i-courses', 80)],
});

describe('anti-risk program coverage', () => {
  it('reports every gap', () => {
    const c = checkAntiRiskCoverage(program);
    expect(c.complete).toBe(false);
    expect(c.factorsWithoutMeasure).toEqual(['rf10']);
    expect(c.factorsWithoutIndicator).toEqual(['rf05']);
    expect(c.measuresWithoutPriorityFactor).toEqual(['m3']);
    expect(c.unknownIndicators).toEqual(['i-gym']);
    expect(c.messages.map((m) => m.ru)).toContain('приоритетный фактор rf10: нет ни одной меры');
  });

  it('a complete program passes', () => {
    const complete = { ...program, priorityFactors: ['rf02'], measures: program.measures.filter((m) => m.id === 'm1' || m.id === 'm4') };
    expect(checkAntiRiskCoverage(complete)).toMatchObject({ complete: true, messages: [] });
  });
});

describe('anti-risk progress', () => {
  it('per measure: done, overdue, on track, no data; and the municipal summary', () => {
    const r = antiRiskProgress(program, { 'i-vacancies': [{ year: 2024, value: share(5, 5) }], 'i-courses': [{ year: 2024, value: share(3, 5) }] }, 2024, '2024-10-01');
    const by = Object.fromEntries(r.measures.map((m) => [m.measureId, m.status]));
    // m1 achieved; m2 has no indicator (no data); m3 names an undefined indicator, deadline passed → overdue; m4 60 % of 80, deadline ahead → on track
    expect(by).toEqual({ m1: 'done', m2: 'missing', m3: 'overdue', m4: 'on_track' });
    const second = { schoolId: 'other', counts: { done: 2, on_track: 0, overdue: 0, missing: 0 } };
    expect(summarizeAntiRiskProgress([r, second])).toEqual({ schools: 2, counts: { done: 3, on_track: 1, overdue: 1, missing: 1 }, overdueSchools: ['kem-metallploschadskaya'] });
  });

  it('rejects an invalid date', () => {
    expect(() => antiRiskProgress(program, {}, 2024, 'скоро')).toThrowError(/INVALID_YEAR/);
  });
});
