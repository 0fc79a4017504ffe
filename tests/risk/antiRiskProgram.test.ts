import { describe, expect, it } from 'vitest';
import { type AntiRiskProgram, AntiRiskProgramSchema, FEDERAL_500_CATALOGUE, JSON_SCHEMA_NAMES, antiRiskProgress, checkAntiRiskCoverage, jsonSchemaOf, parseAntiRiskProgram, safeParseAntiRiskProgram, share, summarizeAntiRiskProgress } from '../../src/index.js';

const indicator = (id: string, target: number) => ({
  id,
  name: { ru: id },
  unit: 'percent' as const,
  better: 'higher' as const,
  level: 'school' as const,
  target: { kind: 'bound' as const, op: 'gte' as const, value: target },
});

// A program with a gap: priority factor rf10 (parents) has no action; rf05 has an action without an
// indicator; one action addresses no priority factor; one action names an undefined indicator.
const json = {
  id: 'arp-1',
  schoolId: 'kem-metallploschadskaya',
  catalogueId: 'fioko-500-10',
  priorityFactors: ['rf02', 'rf05', 'rf10'],
  actions: [
    { id: 'm1', name: { ru: 'Целевой набор и наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: ['i-vacancies'] },
    { id: 'm2', name: { ru: 'Внутришкольная система ПК' }, addresses: ['rf05'], deadline: '2024-12-31', responsible: ['заместитель по УВР'], indicators: [] },
    { id: 'm3', name: { ru: 'Ремонт спортзала' }, addresses: ['rf01'], deadline: '2024-09-01', responsible: ['директор'], indicators: ['i-gym'] },
    { id: 'm4', name: { ru: 'Курсы для учителей' }, addresses: ['rf02'], deadline: '2025-05-31', responsible: ['методист'], indicators: ['i-courses'] },
  ],
  indicators: [indicator('i-vacancies', 100), indicator('i-courses', 80)],
};
const program: AntiRiskProgram = parseAntiRiskProgram(json);

describe('anti-risk program coverage', () => {
  it('reports every gap', () => {
    const c = checkAntiRiskCoverage(program);
    expect(c.complete).toBe(false);
    expect(c.factorsWithoutAction).toEqual(['rf10']);
    expect(c.factorsWithoutIndicator).toEqual(['rf05']);
    expect(c.actionsWithoutPriorityFactor).toEqual(['m3']);
    expect(c.unknownIndicators).toEqual(['i-gym']);
    // factors by the catalogue's names (the built-in one of catalogueId), actions by theirs: no id where a name exists
    expect(c.messages.map((m) => m.ru)).toEqual([
      'приоритетный фактор риска «Низкий уровень вовлеченности родителей»: нет ни одного мероприятия',
      'приоритетный фактор риска «Несформированность внутришкольной системы повышения квалификации»: у мероприятий нет показателя',
      'мероприятие «Ремонт спортзала» не направлено ни на один приоритетный фактор риска',
      'показатель «i-gym» упомянут в мероприятиях, но не определён в программе',
    ]);
    expect(c.messages[0]?.en).toBe('priority risk factor "Low parental involvement": no action addresses it');
    // the old field names, for one release
    expect(c.factorsWithoutMeasure).toBe(c.factorsWithoutAction);
    expect(c.measuresWithoutPriorityFactor).toBe(c.actionsWithoutPriorityFactor);
  });

  it('names factors from the catalogue given; an unknown catalogue leaves the id in quotes', () => {
    const own = { ...FEDERAL_500_CATALOGUE, id: 'region-7', factors: FEDERAL_500_CATALOGUE.factors.map((f) => (f.id === 'rf10' ? { ...f, name: { ru: 'Родители не участвуют в жизни школы' } } : f)) };
    const regional = { ...program, catalogueId: 'region-7' };
    expect(checkAntiRiskCoverage(regional).messages[0]?.ru).toBe('приоритетный фактор риска «rf10»: нет ни одного мероприятия');
    expect(checkAntiRiskCoverage(regional, own).messages[0]).toEqual({ ru: 'приоритетный фактор риска «Родители не участвуют в жизни школы»: нет ни одного мероприятия', en: 'priority risk factor "Родители не участвуют в жизни школы": no action addresses it' });
  });

  it('a complete program passes', () => {
    const complete = { ...program, priorityFactors: ['rf02'], actions: program.actions.filter((m) => m.id === 'm1' || m.id === 'm4') };
    expect(checkAntiRiskCoverage(complete)).toMatchObject({ complete: true, messages: [] });
  });
});

describe('anti-risk progress', () => {
  it('per action: done, overdue, on track, no data; and the municipal summary', () => {
    const r = antiRiskProgress(program, { 'i-vacancies': [{ year: 2024, value: share(5, 5) }], 'i-courses': [{ year: 2024, value: share(3, 5) }] }, 2024, '2024-10-01');
    const by = Object.fromEntries(r.actions.map((m) => [m.actionId, m.status]));
    // the old keys of the output, for one release
    expect(r.measures).toBe(r.actions);
    expect(r.actions.every((a) => a.measureId === a.actionId)).toBe(true);
    // m1 achieved; m2 has no indicator (no data); m3 names an undefined indicator, deadline passed → overdue; m4 60 % of 80, deadline ahead → on track
    expect(by).toEqual({ m1: 'done', m2: 'missing', m3: 'overdue', m4: 'on_track' });
    const second = { schoolId: 'other', counts: { done: 2, on_track: 0, overdue: 0, missing: 0 } };
    expect(summarizeAntiRiskProgress([r, second])).toEqual({ schools: 2, counts: { done: 3, on_track: 1, overdue: 1, missing: 1 }, overdueSchools: ['kem-metallploschadskaya'] });
  });

  it('rejects an invalid date', () => {
    expect(() => antiRiskProgress(program, {}, 2024, 'скоро')).toThrowError(/INVALID_YEAR/);
  });
});

describe('the input keys actions (measures, the old name, read for one release)', () => {
  const { actions, ...rest } = json;
  it('a file with the old key measures parses, normalised to actions, and gives the same', () => {
    const old = parseAntiRiskProgram({ ...rest, measures: actions });
    expect(old).toEqual(program);
    expect('measures' in old).toBe(false);
    expect(checkAntiRiskCoverage(old)).toEqual(checkAntiRiskCoverage(program));
  });
  it('both keys: an issue at measures; neither: an issue at actions', () => {
    const both = safeParseAntiRiskProgram({ ...json, measures: actions });
    expect(both.success ? [] : both.issues.map((i) => [i.code, i.path.join('.'), i.message.ru])).toEqual([['RENAMED_KEY_TWICE', 'measures', 'даны и «actions», и «measures»: «measures» — прежнее имя «actions», оставьте только «actions»']]);
    const neither = safeParseAntiRiskProgram(rest);
    expect(neither.success ? [] : neither.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['MISSING_KEY', 'actions']]);
    expect(AntiRiskProgramSchema.safeParse({ ...json, measures: actions }).success).toBe(false);
  });
  it('a program built by hand with the old key still works in the functions', () => {
    const byHand = { ...rest, measures: program.actions } as unknown as AntiRiskProgram;
    expect(checkAntiRiskCoverage(byHand)).toEqual(checkAntiRiskCoverage(program));
    expect(antiRiskProgress(byHand, {}, 2024, '2024-10-01')).toEqual(antiRiskProgress(program, {}, 2024, '2024-10-01'));
  });
  it('the JSON Schema lists actions and marks measures deprecated', () => {
    expect(JSON_SCHEMA_NAMES).toContain('anti-risk-program');
    const s = jsonSchemaOf('anti-risk-program') as { properties: Record<string, { deprecated?: boolean }> };
    expect(Object.keys(s.properties)).toContain('actions');
    expect(s.properties['measures']?.deprecated).toBe(true);
  });
});
