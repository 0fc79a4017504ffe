// Each finding of issue #15 in the files of the number core, the model, dynamics, indicators,
// risk and objectivity, as a regression test with its minimal input.
import { describe, expect, it } from 'vitest';
import {
  AssessmentResultSchema,
  RiskCatalogueSchema,
  ResourcesSchema,
  StaffingSchema,
  SocialPassportSchema,
  antiRiskProgress,
  analyzeSeries,
  assessmentYearOf,
  compareProportions,
  evaluateIndicator,
  formatPercent,
  isShnorError,
  parseAntiRiskProgram,
  parseDatasetPartial,
  parseIndicatorDefinition,
  parseRecords,
  parseSchoolYear,
  round,
  roundToNumber,
  safeParseAntiRiskProgram,
  schoolYearOf,
  share,
} from '../../src/index.js';
import { parseActuals, safeParseActuals } from '../../src/indicators/actuals.js';
import { DecimalValueSchema, IdSchema, IsoDateSchema } from '../../src/model/primitives.js';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (isShnorError(e)) return e.code;
    return `not a ShnorError: ${String(e)}`;
  }
  return 'no error';
};

const def = parseIndicatorDefinition({ id: 'i6', name: { ru: 'Доля ОО с положительной динамикой' }, unit: 'percent', better: 'higher', level: 'municipality', target: { kind: 'bound', op: 'gte', value: 80 } });

describe('ids named after Object.prototype members', () => {
  it("parseRecords('constructor', …) is an unknown collection, not «schema.safeParse is not a function»", () => {
    expect(codeOf(() => parseRecords('constructor' as never, []))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseRecords('toString' as never, []))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseRecords('__proto__' as never, []))).toBe('INVALID_OPTION');
  });

  it('a school id __proto__ is rejected with an issue at its path; constructor and toString are ordinary ids', () => {
    const r = parseDatasetPartial({
      format: 'shnor.dataset/1', id: 'd', name: { ru: 'd' }, territoryId: 'mo', years: [2024],
      territories: [{ id: 'mo', kind: 'municipality', name: { ru: 'МО' } }],
      schools: ['__proto__', 'constructor', 'toString'].map((id) => ({ id, name: id, territoryId: 'mo', type: 'СОШ', settlement: 'urban' })),
    });
    expect(r.dataset?.schools.map((s) => s.id)).toEqual(['constructor', 'toString']);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['RESERVED_ID', 'schools.0.id']]);
    expect(IdSchema.safeParse('constructor').success).toBe(true);
  });

  it('antiRiskProgress with an indicator toString (or constructor) evaluates it like any other', () => {
    for (const id of ['toString', 'constructor', 'hasOwnProperty']) {
      const program = parseAntiRiskProgram({
        id: 'p', schoolId: 's', catalogueId: 'fioko-500-10', priorityFactors: ['rf02'],
        measures: [{ id: 'm', name: { ru: 'Наставничество' }, addresses: ['rf02'], deadline: '2024-06-30', responsible: ['директор'], indicators: [id] }],
        indicators: [{ ...def, id }],
      });
      expect(antiRiskProgress(program, {}, 2024, '2024-01-01').measures[0]?.indicators[0]?.status).toBe('missing');
      expect(antiRiskProgress(program, { [id]: [{ year: 2024, value: share(5, 5) }] }, 2024, '2024-01-01').counts.done).toBe(1);
    }
  });

  it('an actuals file with a __proto__ key is an issue, and parsed actuals have no prototype', () => {
    const r = safeParseActuals(JSON.parse('{"actuals": {"__proto__": [{"year": 2024, "value": 1}]}}'));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: 'RESERVED_ID', path: ['actuals', '__proto__'] });
    const ok = parseActuals({ toString: [{ year: 2024, value: 1 }] });
    expect(Object.getPrototypeOf(ok)).toBeNull();
    expect(ok.toString).toEqual([{ year: 2024, value: 1 }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('inputs behind the schemas are checked like share() checks counts', () => {
  it('evaluateIndicator: 7 of 5, −7 of 5, 2,5 of 5, { total: 5 } and null actuals are errors, never 140 % «достигнут»', () => {
    for (const value of [{ count: 7, total: 5 }, { count: -7, total: 5 }, { count: 2.5, total: 5 }, { total: 5 }]) {
      expect(codeOf(() => evaluateIndicator(def, [{ year: 2024, value: value as never }], 2024))).toBe('VALIDATION_FAILED');
    }
    expect(codeOf(() => evaluateIndicator(def, null as never, 2024))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => evaluateIndicator(def, [null] as never, 2024))).toBe('VALIDATION_FAILED');
    // an unknown value is «нет данных», not an error
    expect(evaluateIndicator(def, [{ year: 2024, value: null }], 2024).status).toBe('missing');
  });

  it('an actuals file: { "actuals": 5 } and a count above its total are issues at their paths', () => {
    const r = safeParseActuals({ actuals: 5 });
    expect(r.success).toBe(false);
    const s = safeParseActuals({ actuals: { i6: [{ year: 2024, value: { count: 7, total: 5 } }, { year: 2024, value: 1 }] } });
    expect(s.success ? [] : s.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['COUNT_EXCEEDS_TOTAL', 'actuals.i6.0.value.count'],
      ['duplicate_record', 'actuals.i6.1.year'],
    ]);
  });

  it('compareProportions: 7 of 5 and a negative total are errors, never NaN bounds or p = 0', () => {
    expect(codeOf(() => compareProportions({ count: 7, total: 5 }, share(1, 5)))).toBe('COUNT_EXCEEDS_TOTAL');
    expect(codeOf(() => compareProportions(share(1, 5), { count: 1, total: -5 }, { method: 'fisher' }))).toBe('INVALID_COUNT');
    // a confidence named after an Object.prototype member is an unknown option, not NaN bounds
    expect(codeOf(() => compareProportions(share(1, 5), share(2, 5), { confidence: 'constructor' as never }))).toBe('INVALID_OPTION');
  });

  it('formatPercent of a share 7 of 5 is an error, not «140 %»', () => {
    expect(codeOf(() => formatPercent({ count: 7, total: 5 }))).toBe('COUNT_EXCEEDS_TOTAL');
  });
});

describe('values the schemas accept are values arithmetic can carry', () => {
  it('percent fields are 0–100: recentTextbooksPercent 1e308, −1e308, 101 and a 400-digit string are issues', () => {
    for (const v of [1e308, -1e308, 101, -0.1, '9'.repeat(400), '100,5']) {
      expect(ResourcesSchema.safeParse({ schoolId: 's', year: 2024, recentTextbooksPercent: v }).success, String(v).slice(0, 20)).toBe(false);
    }
    for (const v of [0, 100, '96,3', '100,00', 55.5]) expect(ResourcesSchema.safeParse({ schoolId: 's', year: 2024, recentTextbooksPercent: v }).success).toBe(true);
    expect(SocialPassportSchema.safeParse({ schoolId: 's', year: 2024, pupils: 10, percents: { disability: 1e308 } }).success).toBe(false);
    expect(AssessmentResultSchema.safeParse({ schoolId: 's', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, reported: { qualityPercent: '9'.repeat(400) } }).success).toBe(false);
  });

  it('decimal values (weights, targets, thresholds) are below 10¹⁵: 1e308 and 400 digits are issues', () => {
    expect(DecimalValueSchema.safeParse(1e308).success).toBe(false);
    expect(DecimalValueSchema.safeParse('9'.repeat(400)).success).toBe(false);
    expect(DecimalValueSchema.safeParse('123456789012345,5').success).toBe(true);
    expect(codeOf(() => parseIndicatorDefinition({ ...def, target: { kind: 'bound', op: 'gte', value: 1e308 } }))).toBe('VALIDATION_FAILED');
  });

  it('roundToNumber never returns Infinity; round of a 400-digit string is an error', () => {
    expect(codeOf(() => roundToNumber('9'.repeat(400), 0))).toBe('INVALID_NUMBER');
    expect(codeOf(() => round('9'.repeat(400), 0))).toBe('INVALID_NUMBER');
    expect(roundToNumber(1e308, 0)).toBe(1e308);
  });
});

describe('dates are days of the calendar, ranges are ordered, years are in range', () => {
  it('2030-13-45, 2019-02-31 and 2023-02-29 are not days; 2024-02-29 is', () => {
    expect(['2030-13-45', '2019-02-31', '2023-02-29', '2024-02-31', '0000-01-01'].map((d) => IsoDateSchema.safeParse(d).success)).toEqual([false, false, false, false, false]);
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
  });

  it('a risk catalogue valid from 2030-13-45, or until before its start, is an issue at its path', () => {
    const base = { id: 'c', name: { ru: 'каталог' }, factors: [{ id: 'rf01', number: 1, name: { ru: 'фактор' } }] };
    const a = RiskCatalogueSchema.safeParse({ ...base, validFrom: '2030-13-45' });
    expect(a.success ? [] : a.error.issues.map((i) => i.path.join('.'))).toEqual(['validFrom']);
    const b = RiskCatalogueSchema.safeParse({ ...base, validFrom: '2024-01-01', validTo: '2023-12-31' });
    expect(b.success ? [] : b.error.issues.map((i) => i.path.join('.'))).toEqual(['validTo']);
  });

  it('an anti-risk deadline of 2024-02-31 is an issue at its path (it was never overdue)', () => {
    const r = safeParseAntiRiskProgram({ id: 'p', schoolId: 's', catalogueId: 'c', priorityFactors: ['rf01'], actions: [{ id: 'm', name: { ru: 'мера' }, addresses: ['rf01'], deadline: '2024-02-31', responsible: ['директор'], indicators: [] }], indicators: [] });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['INVALID_DATE', 'actions.0.deadline']]);
    // and a program built by hand with such a deadline is an error, not «never overdue»
    const program = { id: 'p', schoolId: 's', catalogueId: 'c', priorityFactors: ['rf01'], actions: [{ id: 'm', name: { ru: 'мера' }, addresses: ['rf01'], deadline: '2024-02-31', responsible: ['директор'], indicators: [] }], indicators: [] };
    expect(codeOf(() => antiRiskProgress(program, {}, 2024, '2024-06-01'))).toBe('INVALID_OPTION');
  });

  it('score bands from above to, and staff bands with below ≤ from, are issues', () => {
    expect(StaffingSchema.safeParse({ schoolId: 's', year: 2024, teachers: 10, ageBands: [{ from: 55, below: 35, count: 1 }] }).success).toBe(false);
    expect(AssessmentResultSchema.safeParse({ schoolId: 's', year: 2024, procedure: 'oge', subject: 'math', grade: 9, scoreBands: [{ from: 10, to: 5, count: 1 }] }).success).toBe(false);
  });

  it('assessmentYearOf("0000/0001") and school years outside 1989/1990–2099/2100 are errors', () => {
    expect(codeOf(() => assessmentYearOf('0000/0001'))).toBe('INVALID_YEAR');
    expect(codeOf(() => parseSchoolYear('2100/2101'))).toBe('INVALID_YEAR');
    expect(assessmentYearOf('1989/1990')).toBe(1990);
    expect(codeOf(() => schoolYearOf('0001-05-01'))).toBe('INVALID_YEAR');
  });

  it('a series with a year of 1e300 is an error, not a loop over every year in between', () => {
    expect(codeOf(() => analyzeSeries([{ year: 2020, value: 1 }, { year: 1e300, value: 2 }], { scale: { scale: 'count', better: 'higher' } }))).toBe('INVALID_YEAR');
  });
});
