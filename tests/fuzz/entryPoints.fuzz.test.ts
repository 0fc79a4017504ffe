// Fuzz suite (issue #15): every public function of the number core, the model, dynamics,
// indicators, risk and objectivity that takes untrusted input, fed hostile values with a fixed
// seed. Counted per entry point: crashes (anything but a ShnorError), non-finite numbers in the
// output, prototype pollution and silent drops — all must stay zero.
// CI: `npx vitest run tests/fuzz`; deep: `SHNOR_FUZZ_RUNS=100000 npx vitest run tests/fuzz`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEDERAL_500_CATALOGUE,
  analyzeSeries,
  antiRiskProgress,
  assessmentYearOf,
  boundaryConcentration,
  change,
  compareProportions,
  compareShareToPercent,
  detectInstability,
  distributionAgainstRegion,
  evaluateIndicator,
  failureSwings,
  formatNumber,
  formatPercent,
  formatQuantity,
  interpretPercentChange,
  matchShareCounts,
  minCountForPercent,
  parseSchoolYear,
  percentOf,
  percentagePointChange,
  parseDatasetPartial,
  parseRecords,
  quantity,
  relativePercentChange,
  round,
  roundToNumber,
  safeParseAntiRiskProgram,
  safeParseDataset,
  safeParseIndicatorDefinition,
  safeParseRiskProfile,
  schoolYearOf,
  share,
  sharePercent,
  vprAgainstSchoolMarks,
} from '../../src/index.js';
import { safeParseActuals } from '../../src/indicators/actuals.js';
import { compareValue } from '../../src/numbers/compare.js';
import { parseOperator } from '../../src/numbers/operators.js';
import { HEAVY_RUNS, RUNS, type Tally, fuzz, hostileJson, hostileScalar, mutationsOf } from './_harness.js';

const DATA = join(import.meta.dirname, '..', '..', 'src', 'data');
const sampleDataset: unknown = JSON.parse(readFileSync(join(DATA, 'sample-rezh.dataset.json'), 'utf8'));
const sampleActuals: unknown = JSON.parse(readFileSync(join(DATA, 'sample-rezh.actuals.json'), 'utf8'));
const sampleProfiles: unknown = JSON.parse(readFileSync(join(DATA, 'sample-rezh.risk-profiles.json'), 'utf8'));

const TIMEOUT = 300_000;
const tallies: Record<string, Tally> = {};
const zero = (t: Tally): void => {
  expect({ crash: t.crash, non_finite: t.non_finite, pollution: t.pollution, silent_drop: t.silent_drop }).toEqual({ crash: 0, non_finite: 0, pollution: 0, silent_drop: 0 });
  expect(t.runs).toBeGreaterThan(0);
};

const count = fc.oneof(fc.nat(100), hostileScalar);
const shareLike = fc.oneof(fc.record({ count, total: count }), fc.record({ count: fc.nat(50), total: fc.nat(50) }), hostileScalar, hostileJson);
const decimal = fc.oneof(fc.integer({ min: -200, max: 200 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), hostileScalar);
const op = fc.oneof(fc.constantFrom('gte', 'gt', 'lte', 'lt', 'eq'), hostileScalar);
const mode = fc.oneof(fc.constantFrom('half-up', 'half-even', 'down', 'ceil'), hostileScalar);
const year = fc.oneof(fc.integer({ min: 1985, max: 2105 }), hostileScalar);

const indicatorDef = fc.record({
  id: fc.constantFrom('i1', 'constructor', 'toString'),
  name: fc.constant({ ru: 'показатель' }),
  unit: fc.constantFrom('percent', 'count', 'value', 'boolean'),
  better: fc.constantFrom('higher', 'lower'),
  level: fc.constant('school'),
  baseline: fc.option(fc.record({ year: fc.integer({ min: 2019, max: 2024 }), value: fc.integer({ min: 0, max: 100 }) }), { nil: undefined }),
  target: fc.oneof(
    fc.record({ kind: fc.constant('bound'), op: fc.constantFrom('gte', 'gt', 'lte', 'lt', 'eq'), value: fc.integer({ min: 0, max: 100 }), byYear: fc.option(fc.integer({ min: 2020, max: 2026 }), { nil: undefined }) }, { requiredKeys: ['kind', 'op', 'value'] }),
    fc.record({ kind: fc.constant('series'), values: fc.array(fc.record({ year: fc.integer({ min: 2019, max: 2026 }), value: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), { minLength: 1, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('increment'), by: fc.integer({ min: -20, max: 20 }), unit: fc.constantFrom('pp', 'relative_percent', 'count', 'value'), byYear: fc.integer({ min: 2020, max: 2026 }) }),
    fc.record({ kind: fc.constant('flag'), expected: fc.boolean() }),
  ),
});
const actualsList = fc.oneof(
  fc.array(fc.record({ year: fc.oneof(fc.integer({ min: 2019, max: 2026 }), hostileScalar), value: fc.oneof(decimal, shareLike, fc.boolean(), fc.constant(null)) }), { maxLength: 5 }),
  hostileJson,
);

const entries: [string, () => Tally][] = [
  ['share', () => fuzz(fc.tuple(count, count), ([c, t]) => share(c as number, t as number))],
  ['sharePercent', () => fuzz(shareLike, (s) => sharePercent(s as never))],
  ['compareValue', () => fuzz(fc.tuple(fc.oneof(shareLike, decimal), op, decimal), ([v, o, t]) => compareValue(v as never, o as never, t as never))],
  ['compareShareToPercent', () => fuzz(fc.tuple(shareLike, op, decimal), ([s, o, t]) => compareShareToPercent(s as never, o as never, t as never))],
  ['percentOf / minCountForPercent', () => fuzz(fc.tuple(count, decimal), ([t, p]) => [percentOf(t as number, p as never), minCountForPercent(t as number, p as never)])],
  ['round / roundToNumber', () => fuzz(fc.tuple(decimal, fc.oneof(fc.nat(20), hostileScalar), mode), ([v, d, m]) => [round(v as never, d as number, m as never), roundToNumber(v as never, d as number, m as never)])],
  ['formatNumber / formatPercent / formatQuantity', () => fuzz(fc.tuple(fc.oneof(decimal, shareLike), fc.record({ decimals: fc.oneof(fc.nat(6), hostileScalar), lang: fc.constantFrom('ru', 'en'), signed: fc.boolean() }, { requiredKeys: [] })), ([v, o]) => [formatPercent(v as never, o as never), formatNumber(v as never, o as never), formatQuantity({ unit: 'pp', value: v } as never, o as never)])],
  ['quantity and changes', () => fuzz(fc.tuple(decimal, decimal, shareLike), ([a, b, s]) => [percentagePointChange(quantity('percent', a as never), s as never), relativePercentChange(quantity('count', a as never), quantity('count', b as never))])],
  ['parseOperator', () => fuzz(fc.oneof(hostileScalar, fc.constantFrom('не менее', '≥', '>=', 'более', 'at most')), (t) => parseOperator(t as string))],
  ['compareProportions', () => fuzz(fc.tuple(shareLike, shareLike, fc.constantFrom('newcombe', 'fisher'), fc.oneof(fc.constantFrom(0.8, 0.9, 0.95, 0.99), hostileScalar)), ([a, b, m, c]) => compareProportions(a as never, b as never, { method: m as 'fisher', confidence: c as 0.95 }))],
  ['change', () => fuzz(fc.tuple(fc.oneof(shareLike, decimal), fc.oneof(shareLike, decimal), fc.constantFrom('percent', 'count', 'score'), fc.constantFrom('higher', 'lower')), ([a, b, scale, better]) => change(a as never, b as never, { scale: { scale, better } } as never))],
  ['interpretPercentChange', () => fuzz(fc.tuple(decimal, decimal), ([a, b]) => interpretPercentChange(a as never, b as never))],
  ['analyzeSeries / detectInstability', () => fuzz(fc.array(fc.record({ year, value: fc.oneof(shareLike, decimal) }), { maxLength: 6 }), (pts) => [analyzeSeries(pts as never, { scale: { scale: 'percent', better: 'higher' } } as never), detectInstability(pts as never, { scale: { scale: 'percent', better: 'lower' } } as never)])],
  ['matchShareCounts', () => fuzz(fc.tuple(decimal, fc.oneof(fc.nat(500), hostileScalar)), ([p, n]) => matchShareCounts(p as never, n as number))],
  ['evaluateIndicator', () => fuzz(fc.tuple(indicatorDef, actualsList, year), ([d, a, y]) => {
    const def = safeParseIndicatorDefinition(d);
    return def.success ? [evaluateIndicator(def.data, a as never, y as number), evaluateIndicator(def.data, a as never, y as number, { compare: 'exact' })] : def;
  })],
  ['safeParseActuals', () => fuzz(fc.oneof(hostileJson, mutationsOf(sampleActuals)), (x) => safeParseActuals(x))],
  ['safeParseIndicatorDefinition', () => fuzz(fc.oneof(hostileJson, indicatorDef), (x) => safeParseIndicatorDefinition(x))],
  ['safeParseRiskProfile', () => fuzz(fc.oneof(hostileJson, mutationsOf((sampleProfiles as { profiles?: unknown[] }).profiles?.[0] ?? sampleProfiles)), (x) => safeParseRiskProfile(x, FEDERAL_500_CATALOGUE))],
  ['safeParseAntiRiskProgram + antiRiskProgress', () => fuzz(fc.tuple(fc.oneof(hostileJson, fc.constant(null)), fc.constantFrom('toString', 'constructor', 'i1'), actualsList, fc.oneof(fc.constantFrom('2024-12-31', '2024-02-31'), hostileScalar)), ([x, id, a, asOf]) => {
    const program = { id: 'p', schoolId: 's', catalogueId: 'fioko-500-10', priorityFactors: ['rf01'], actions: [{ id: 'm', name: { ru: 'мера' }, addresses: ['rf01'], deadline: typeof asOf === 'string' ? asOf : '2024-06-30', responsible: ['директор'], indicators: [id] }], indicators: [{ id, name: { ru: 'доля' }, unit: 'percent', better: 'higher', level: 'school', target: { kind: 'bound', op: 'gte', value: 50 } }] };
    const r = safeParseAntiRiskProgram(x ?? program);
    return r.success ? antiRiskProgress(r.data, { [id]: a } as never, 2024, asOf as string) : r;
  })],
  ['objectivity signals', () => fuzz(fc.tuple(count, count, count, decimal, fc.array(count, { maxLength: 14 }), count), ([a, b, c, p, hist, boundary]) => [
    vprAgainstSchoolMarks({ confirmed: a, vprLower: b, vprHigher: c } as never, { maxRaisedPercent: p as number }),
    distributionAgainstRegion({ count: a, total: b } as never, p as number),
    boundaryConcentration(hist as number[], boundary as number),
    failureSwings([{ year: 2020, count: a, total: b }, { year: 2021, count: b, total: c }, { year: 2022, count: a, total: c }] as never, { minParticipants: 0 }),
  ])],
  ['school years and dates', () => fuzz(hostileScalar, (x) => [parseSchoolYear(x as string), assessmentYearOf(x as string), schoolYearOf(x as string)].map(String))],
  ['parseRecords (every collection name, prototype names included)', () => fuzz(fc.tuple(fc.oneof(fc.constantFrom('results', 'schools', 'staffing', 'resources', 'social', 'facts', 'constructor', '__proto__', 'toString'), hostileScalar), fc.oneof(fc.array(hostileJson, { maxLength: 5 }), hostileJson)), ([c, rows]) => parseRecords(c as never, rows as never), RUNS, (input, out) => {
    const [, rows] = input;
    const r = out as { valid: unknown[]; rejected: number };
    return Array.isArray(rows) && r.valid.length + r.rejected !== rows.length ? `kept ${r.valid.length} + rejected ${r.rejected} ≠ ${rows.length}` : null;
  })],
  ['parseDatasetPartial / safeParseDataset (mutations of the shipped sample)', () => fuzz(fc.oneof({ weight: 4, arbitrary: mutationsOf(sampleDataset) }, { weight: 1, arbitrary: hostileJson }), (x) => [parseDatasetPartial(x), safeParseDataset(x)], HEAVY_RUNS, (input, out) => {
    const [p] = out as [{ dataset: Record<string, unknown[]> | null; issues: { path: (string | number)[] }[]; counts: Record<string, { kept: number; rejected: number }> }];
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
    for (const [name, c] of Object.entries(p.counts)) {
      const raw = (input as Record<string, unknown>)[name];
      if (!Array.isArray(raw)) continue;
      if (c.kept + c.rejected !== raw.length) return `${name}: kept ${c.kept} + rejected ${c.rejected} ≠ ${raw.length}`;
      if (p.dataset !== null && (p.dataset[name]?.length ?? 0) !== c.kept) return `${name}: ${p.dataset[name]?.length} in the dataset, ${c.kept} kept`;
      const reported = new Set(p.issues.filter((i) => i.path[0] === name && typeof i.path[1] === 'number').map((i) => i.path[1]));
      if (reported.size !== c.rejected) return `${name}: ${c.rejected} rejected, ${reported.size} reported`;
    }
    return null;
  })],
];

describe(`fuzz: every entry point with untrusted input (${RUNS} runs each, ${HEAVY_RUNS} for whole datasets)`, () => {
  for (const [name, run] of entries) {
    it(`${name}: no crash, no NaN or Infinity, no pollution, no silent drop`, () => {
      const t = run();
      tallies[name] = t;
      zero(t);
    }, TIMEOUT);
  }
});
