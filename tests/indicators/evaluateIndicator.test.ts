import { describe, expect, it } from 'vitest';
import {
  type IndicatorDefinition,
  SEED_000_INDICATORS,
  SEED_001_INDICATORS,
  SEED_003_INDICATORS,
  SEED_004_INDICATORS,
  evaluateIndicator,
  isShnorError,
  parseIndicatorDefinition,
  round,
  safeParseIndicatorDefinition,
  share,
  shareOfSchools,
  summarizeIndicators,
} from '../../src/index.js';

const byId = (id: string): IndicatorDefinition => {
  const d = [...SEED_000_INDICATORS, ...SEED_001_INDICATORS, ...SEED_003_INDICATORS, ...SEED_004_INDICATORS].find((x) => x.id === id);
  if (!d) throw new Error(id);
  return d;
};

describe('seed 000, indicator 6 (risk-zone schools with positive dynamics) against test actuals', () => {
  const i6 = byId('seed000.i6');
  const actuals = [
    { year: 2019, value: share(1, 16) },
    { year: 2020, value: share(2, 16) },
    { year: 2021, value: share(1, 16) },
    { year: 2022, value: share(5, 16) },
    { year: 2023, value: null },
  ];

  it('2019: 1 of 16 (6,25 %) meets the printed 6,3 when compared as the program prints', () => {
    const r = evaluateIndicator(i6, actuals, 2019);
    expect(r.status).toBe('achieved');
    expect(r.compared).toBe('published');
    expect(r.actual).toBe('6.25');
    expect(r.target).toEqual({ op: 'gte', value: '6.3', due: true });
    expect(r.gap).toEqual({ status: 'value', value: { unit: 'pp', value: '-0.05' } });
    expect(r.explanation.ru).toContain('достигнут');
    expect(r.explanation.ru).toContain('не менее 6,3');
  });

  it('2019 compared exactly: 6,25 < 6,3 is not achieved', () => {
    expect(evaluateIndicator(i6, actuals, 2019, { compare: 'exact' }).status).toBe('not_achieved');
  });

  it('2021: 1 of 16 against 12,5 is not achieved, 50 % of plan', () => {
    const r = evaluateIndicator(i6, actuals, 2021);
    expect(r.status).toBe('not_achieved');
    expect(r.percentOfPlan).toEqual({ status: 'value', value: '50' });
  });

  it('2022: 5 of 16 (31,25 %) meets 31', () => {
    expect(evaluateIndicator(i6, actuals, 2022).status).toBe('achieved');
  });

  it('2023: no actual is "no data", listing what is missing', () => {
    const r = evaluateIndicator(i6, actuals, 2023);
    expect(r.status).toBe('missing');
    expect(r.missing).toEqual(['actual 2023']);
    expect(r.gap.status).toBe('missing');
  });

  it('projection: the trend of 2019–2022 does not reach 80 by 2025', () => {
    const r = evaluateIndicator(i6, actuals, 2022);
    if (r.onTrack.status !== 'value') throw new Error('value expected');
    expect(r.onTrack.value.finalYear).toBe(2025);
    expect(r.onTrack.value.reaches).toBe(false);
    // least squares over (2019, 6.25) (2020, 12.5) (2021, 6.25) (2022, 31.25):
    // mean 14.0625 at 2020.5, Σdx·dy = 34.375, Σdx² = 5, slope 6.875 → 2025: 14.0625 + 6.875 × 4.5 = 45
    expect(r.onTrack.value.projected).toBe('45');
  });
});

describe('seed 000, indicator 10: «-» is "no target"', () => {
  it('2019–2021 have no target; 2022 has 6,3', () => {
    const i10 = byId('seed000.i10');
    expect(evaluateIndicator(i10, [{ year: 2019, value: share(0, 16) }], 2019).status).toBe('not_applicable');
    expect(evaluateIndicator(i10, [{ year: 2022, value: share(1, 16) }], 2022).status).toBe('achieved');
  });
});

describe('end-state bounds', () => {
  it('seed 003 #6, «не более 5 %» (lower is better): 3 of 46 = 6,52 % is not achieved', () => {
    const r = evaluateIndicator(byId('seed003.i6'), [{ year: 2023, value: share(3, 46) }], 2023);
    expect(r.status).toBe('not_achieved');
    expect(r.target).toEqual({ op: 'lte', value: '5', due: true });
    if (r.percentOfPlan.status !== 'value') throw new Error('value expected');
    expect(round(r.percentOfPlan.value, 1)).toBe('76.7');
  });

  it('seed 001 #4, «не менее 80 %» by 2024: before 2024 it is not yet due', () => {
    const r = evaluateIndicator(byId('seed001.i4'), [{ year: 2022, value: 78 }], 2022);
    expect(r.status).toBe('not_achieved');
    expect(r.target?.due).toBe(false);
    expect(r.explanation.ru).toContain('срок цели ещё не наступил');
  });

  it('seed 001 #1, a Да/Нет indicator', () => {
    expect(evaluateIndicator(byId('seed001.i1'), [{ year: 2024, value: true }], 2024).status).toBe('achieved');
    expect(evaluateIndicator(byId('seed001.i1'), [{ year: 2024, value: false }], 2024).status).toBe('not_achieved');
    expect(() => evaluateIndicator(byId('seed001.i1'), [{ year: 2024, value: 5 }], 2024)).toThrowError(/INVALID_OPTION.*да или нет \(«true» или «false»\): у показателя цель «да\/нет»/);
  });
});

describe('increments: «увеличение на 3 %» (seed 004, I3) in points and in percent', () => {
  const i3 = byId('seed004.i3');
  const withBaseline = { ...i3, baseline: { year: 2022, value: 40 } };

  it('read as п.п.: 40 % → target 43 %; 41,5 % is half way', () => {
    const r = evaluateIndicator(withBaseline, [{ year: 2024, value: '41,5' }], 2024);
    expect(r.target?.value).toBe('43');
    expect(r.status).toBe('not_achieved');
    expect(r.progress).toEqual({ status: 'value', value: '50' });
  });

  it('read as relative percent: 40 % → target 41,2 %; 41,5 % achieves it', () => {
    const relative = parseIndicatorDefinition({ ...withBaseline, target: { ...i3.target, unit: 'relative_percent' } });
    const r = evaluateIndicator(relative, [{ year: 2024, value: '41,5' }], 2024);
    expect(r.target?.value).toBe('41.2');
    expect(r.status).toBe('achieved');
  });

  it('without a baseline the target cannot be known: "no data" naming the baseline', () => {
    const r = evaluateIndicator(i3, [{ year: 2024, value: 45 }], 2024);
    expect(r.status).toBe('missing');
    expect(r.missing).toEqual(['baseline']);
  });
});

describe('municipal indicators from school facts', () => {
  const schools = [
    { id: '№1', positive: true },
    { id: '№2', positive: false },
    { id: '№3', positive: true },
    { id: '№4', positive: null },
  ];

  it('the share of schools with positive dynamics, numerator and denominator explicit', () => {
    const r = shareOfSchools(schools, (s) => s.positive, { unknown: 'exclude' });
    if (r.status !== 'value') throw new Error('value expected');
    expect(r.value.share).toEqual({ count: 2, total: 3 });
    expect(r.value.numerator).toEqual(['№1', '№3']);
    expect(r.value.denominator).toEqual(['№1', '№2', '№3']);
    expect(r.value.excluded).toEqual([{ id: '№4', missing: [] }]);
  });

  it('by default an unknown school makes the share "missing"', () => {
    expect(shareOfSchools(schools, (s) => s.positive)).toEqual({ status: 'missing', missing: ['№4'] });
  });

  it('feeds evaluateIndicator', () => {
    const r = shareOfSchools(schools.slice(0, 3), (s) => s.positive);
    if (r.status !== 'value') throw new Error('value expected');
    const e = evaluateIndicator(byId('seed003.i15'), [{ year: 2023, value: r.value.share }], 2023);
    expect(e.status).toBe('achieved');
  });

  it('rejects duplicate ids', () => {
    expect(() => shareOfSchools([{ id: 'a' }, { id: 'a' }], () => true)).toThrowError(/INVALID_OPTION/);
  });
});

describe('program summary', () => {
  it('counts and lists indicators by status', () => {
    const evals = SEED_000_INDICATORS.map((d) => evaluateIndicator(d, d.id === 'seed000.i6' ? [{ year: 2019, value: share(1, 16) }] : [{ year: 2019, value: 10 }], 2019));
    const s = summarizeIndicators(evals);
    expect(s.total).toBe(10);
    // 10 % meets only indicator 8's 2019 target (6,3); indicator 6 gets 1 of 16 (6,25 → 6,3)
    expect(s.counts).toEqual({ achieved: 2, not_achieved: 7, not_applicable: 1, missing: 0 });
    expect(s.ids.not_applicable).toEqual(['seed000.i10']);
    expect(s.ids.achieved).toEqual(['seed000.i6', 'seed000.i8']);
  });
});

describe('validation of definitions', () => {
  it('lists every issue with a path, the value and a bilingual message', () => {
    const r = safeParseIndicatorDefinition({ id: 'x', name: { ru: '' }, unit: 'percents', better: 'higher', level: 'municipality', target: { kind: 'series', values: [{ year: 1800, value: 'abc' }] } });
    expect(r.success).toBe(false);
    if (r.success) return;
    const paths = r.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name.ru', 'unit', 'target.values.0.year']));
    const unit = r.issues.find((i) => i.path.join('.') === 'unit')!;
    expect(unit.received).toBe('percents');
    expect(unit.message.ru).toContain('ожидается одно из');
    expect(unit.message.en).toContain('expected one of');
  });

  it('parse throws VALIDATION_FAILED with every issue', () => {
    try {
      parseIndicatorDefinition({ id: 'x' });
      expect.unreachable();
    } catch (e) {
      expect(isShnorError(e, 'VALIDATION_FAILED')).toBe(true);
      if (isShnorError(e, 'VALIDATION_FAILED')) expect(e.details.issues.length).toBeGreaterThan(3);
    }
  });
});

describe('every seed indicator evaluated against test actuals on both sides of its target', () => {
  const all = [...SEED_000_INDICATORS, ...SEED_001_INDICATORS, ...SEED_003_INDICATORS, ...SEED_004_INDICATORS];
  it.each(all.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    const baseline = { year: 2021, value: 40 };
    const def = d.target.kind === 'increment' ? { ...d, baseline } : d;
    const years =
      def.target.kind === 'series'
        ? def.target.values.map((v) => ({ year: v.year, target: v.value }))
        : [{ year: def.target.byYear ?? 2024, target: def.target.kind === 'bound' ? def.target.value : def.target.kind === 'increment' ? null : null }];
    for (const { year, target } of years) {
      if (def.target.kind === 'flag') {
        expect(evaluateIndicator(def, [{ year, value: true }], year).status).toBe('achieved');
        expect(evaluateIndicator(def, [{ year, value: false }], year).status).toBe('not_achieved');
        continue;
      }
      if (def.target.kind === 'increment') {
        // baseline 40 + 3 (or 8) п.п.
        const t = 40 + Number(def.target.by);
        expect(evaluateIndicator(def, [{ year, value: t }], year).status).toBe('achieved');
        expect(evaluateIndicator(def, [{ year, value: t - 0.5 }], year).status).toBe('not_achieved');
        continue;
      }
      if (target === null) {
        expect(evaluateIndicator(def, [{ year, value: 50 }], year).status).toBe('not_applicable');
        continue;
      }
      const t = Number(String(target).replace(',', '.'));
      const worse = def.better === 'higher' ? t - 1 : t + 1;
      expect(evaluateIndicator(def, [{ year, value: t }], year, { compare: 'exact' }).status).toBe('achieved');
      expect(evaluateIndicator(def, [{ year, value: worse }], year).status).toBe('not_achieved');
      expect(evaluateIndicator(def, [{ year, value: null }], year).status).toBe('missing');
    }
  });
});
