// The one comparison (issue #16): a threshold rule in `identify`, a risk band, the objectivity
// signals and an indicator target give the same answer on every (value, operator, threshold) they
// share, because all of them compare through `compareValue`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEDERAL_500_CATALOGUE,
  type IndicatorDefinition,
  type Methodology,
  computeRiskProfile,
  distributionAgainstRegion,
  evaluateIndicator,
  identify,
  prepareDataset,
  vprAgainstSchoolMarks,
} from '../../src/index.js';
import { compareValue } from '../../src/numbers/compare.js';
import { dataset, verdict } from '../criteria/helpers.js';

type Op = 'gte' | 'gt' | 'lte' | 'lt' | 'eq';
const SEED = 20_261_202;

function methodology(field: 'onOneAndHalfRates' | 'vacancies', op: Op, value: string | number): Methodology {
  return {
    id: 'agree',
    name: { ru: 'согласие сравнений' },
    territories: ['mo'],
    validFrom: '2020-01-01',
    categories: [{ kind: 'flag', id: 'c', name: { ru: 'категория' }, rule: { kind: 'threshold', measure: { kind: 'staffing', field }, op, value } }],
  };
}

function indicator(op: Op, value: string | number): IndicatorDefinition {
  return { id: 'i', name: { ru: 'доля учителей на 1,5 ставки' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op, value } };
}

/** Every verdict the four places give for one school's share (or number) against one threshold. */
function verdicts(field: 'onOneAndHalfRates' | 'vacancies', count: number, total: number, op: Op, t: string | number) {
  const ds = prepareDataset(dataset({ schools: ['a'], staffing: [{ schoolId: 'a', year: 2024, teachers: total, [field]: count }] }));
  const rule = verdict(identify(methodology(field, op, t), ds, 2024, { explain: false }), 'a', 'c');
  const out: Record<string, unknown> = { rule };
  if (op !== 'eq') {
    const { profile } = computeRiskProfile(ds, 'a', 2024, [{ factorId: 'rf02', measure: { kind: 'staffing', field }, bands: [{ level: 'high', op, value: t }], otherwise: 'low' }], FEDERAL_500_CATALOGUE);
    out.band = profile.factors[0]?.level === 'high';
  }
  // the value the measure computes: a share as counts for a share field, a computed number per 100 teachers otherwise
  const actual = field === 'onOneAndHalfRates' ? { count, total } : (count * 100) / total;
  out.indicator = evaluateIndicator(indicator(op, t), [{ year: 2024, value: actual }], 2024, { compare: 'exact' }).status === 'achieved';
  const c = compareValue(actual, op, t);
  out.core = c.status === 'value' && c.value;
  if (op === 'gt' && field === 'onOneAndHalfRates' && typeof t === 'number') {
    out.vpr = vprAgainstSchoolMarks({ confirmed: total - count, vprLower: count, vprHigher: 0 }, { maxRaisedPercent: t, minWorks: 0 }).result === 'signal';
    out.region = distributionAgainstRegion({ count, total }, 0, { maxExcessPp: t, minParticipants: 0 }).result === 'signal';
  }
  return out;
}

const shareArb = fc.integer({ min: 1, max: 60 }).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));
const opArb = fc.constantFrom<Op>('gte', 'gt', 'lte', 'lt', 'eq');

/** thresholds that often sit exactly on (or a rounding away from) a share's percent */
const thresholdArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.tuple(shareArb, fc.integer({ min: 0, max: 12 })).map(([[c, t], d]) => ((c * 100) / t).toFixed(d)),
  fc.tuple(shareArb, fc.integer({ min: 0, max: 12 })).map(([[c, t], d]) => ((c * 100) / t).toFixed(d).replace('.', ',')),
  fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 1e6) / 1e6),
);

/** a share with a threshold drawn near its own percent: exactly on it, or rounded to a few decimals, or anything */
const caseArb = shareArb.chain(([c, t]) =>
  fc.tuple(
    fc.constant([c, t] as const),
    opArb,
    fc.oneof(
      fc.integer({ min: 0, max: 12 }).map((d) => ((c * 100) / t).toFixed(d)),
      fc.constant((c * 100) % t === 0 ? (c * 100) / t : ((c * 100) / t).toFixed(14)),
      thresholdArb,
    ),
  ),
);

describe('one comparison: rules, risk bands, objectivity signals and indicators agree', () => {
  it('2 of 3 teachers against «менее 66,6666666667 %»: true everywhere (the divergence of issue #16)', () => {
    const v = verdicts('onOneAndHalfRates', 2, 3, 'lt', '66.6666666667');
    expect(v).toEqual({ rule: true, band: true, indicator: true, core: true });
    // and 6 of 20 against «не менее 30 %» is exactly on the threshold
    expect(verdicts('onOneAndHalfRates', 6, 20, 'gte', 30)).toEqual({ rule: true, band: true, indicator: true, core: true });
    expect(verdicts('onOneAndHalfRates', 6, 20, 'gt', 30)).toEqual({ rule: false, band: false, indicator: false, core: false, vpr: false, region: false });
  });

  it('a share (counts) against any threshold and operator: every place gives the one answer', () => {
    let onBoundary = 0;
    fc.assert(
      fc.property(caseArb, ([[count, total], op, t]) => {
        const v = verdicts('onOneAndHalfRates', count, total, op, t);
        const answers = new Set(Object.values(v));
        if (compareValue({ count, total }, 'eq', t).status === 'value' && (compareValue({ count, total }, 'eq', t) as { value: boolean }).value) onBoundary++;
        expect(answers.size, JSON.stringify({ count, total, op, t, v })).toBe(1);
      }),
      { seed: SEED, numRuns: 400 },
    );
    // the generator reaches the hard case (the value exactly on the threshold) in a good share of runs
    expect(onBoundary).toBeGreaterThan(20);
  }, 120_000);

  it('a computed number (vacancies per 100 teachers) against any threshold: rules, bands, indicators and the core agree', () => {
    fc.assert(
      fc.property(shareArb, opArb, thresholdArb, ([count, total], op, t) => {
        const v = verdicts('vacancies', count, total, op, t);
        expect(new Set(Object.values(v)).size, JSON.stringify({ count, total, op, t, v })).toBe(1);
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  }, 120_000);
});
