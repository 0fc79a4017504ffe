// Fuzz suite, second part (issue #15): the remaining public functions of dynamics, model helpers,
// risk summaries and objectivity lists that take untrusted input. Same oracle and tallies as
// entryPoints.fuzz.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEDERAL_500_CATALOGUE,
  compareRiskProfiles,
  confirmedImprovement,
  countInBands,
  gapToReference,
  gapTrend,
  listRepeats,
  listTransition,
  matchSchool,
  normalizeSchoolName,
  ordinalTransition,
  rankByImprovement,
  summarizeRiskProfiles,
} from '../../src/index.js';
import { RUNS, fuzz, hostileJson, hostileScalar } from './_harness.js';

const TIMEOUT = 300_000;
const level = fc.oneof(fc.record({ count: fc.nat(50), total: fc.nat(50) }), fc.integer({ min: -50, max: 150 }), hostileScalar, hostileJson);
const points = fc.oneof(fc.array(fc.record({ year: fc.oneof(fc.integer({ min: 2018, max: 2025 }), hostileScalar), value: level }), { maxLength: 5 }), hostileJson);
const measure = fc.oneof(fc.record({ scale: fc.constantFrom('percent', 'score', 'count', 'grade'), better: fc.constantFrom('higher', 'lower') }), hostileJson);
const profile = fc.oneof(
  fc.record({ schoolId: fc.constantFrom('a', 'constructor'), year: fc.constant(2024), catalogueId: fc.constant('fioko-500-10'), factors: fc.array(fc.record({ factorId: fc.constantFrom('rf01', 'rf02', 'toString', '__proto__'), level: fc.constantFrom('high', 'medium', 'low', null), actual: fc.boolean(), priority: fc.constantFrom(true, false, null), origin: fc.constant('self') }), { maxLength: 4 }) }),
  hostileJson,
);
const zero = (t: { crash: number; non_finite: number; pollution: number; silent_drop: number }): void =>
  expect({ crash: t.crash, non_finite: t.non_finite, pollution: t.pollution, silent_drop: t.silent_drop }).toEqual({ crash: 0, non_finite: 0, pollution: 0, silent_drop: 0 });

const entries: [string, () => ReturnType<typeof fuzz>][] = [
  ['gapToReference / gapTrend', () => fuzz(fc.tuple(level, level, points, points, measure), ([a, b, s, r, m]) => [gapToReference(a as never, b as never, { scale: m } as never), gapTrend(s as never, r as never, { scale: m } as never)])],
  ['rankByImprovement', () => fuzz(fc.tuple(fc.oneof(fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'constructor', '__proto__'), points }), { maxLength: 4 }), hostileJson), measure, fc.oneof(fc.integer({ min: 2018, max: 2025 }), hostileScalar), fc.oneof(fc.integer({ min: 2018, max: 2025 }), hostileScalar)), ([s, m, f, t]) => rankByImprovement(s as never, { scale: m, fromYear: f, toYear: t } as never))],
  ['ordinalTransition / listTransition / confirmedImprovement', () => fuzz(fc.tuple(fc.oneof(fc.constant(['низкий', 'средний', 'высокий']), hostileJson), hostileScalar, hostileScalar, hostileJson), ([scale, a, b, x]) => [ordinalTransition(scale as never, a as never, b as never), listTransition(a as never, b as never), confirmedImprovement(x as never, a as never)])],
  ['countInBands', () => fuzz(fc.tuple(fc.oneof(fc.array(fc.record({ from: fc.oneof(fc.nat(70), hostileScalar), below: fc.oneof(fc.nat(70), hostileScalar), count: fc.oneof(fc.nat(50), hostileScalar) }, { requiredKeys: ['count'] }), { maxLength: 5 }), hostileJson), fc.oneof(fc.record({ from: fc.nat(70), below: fc.nat(70) }, { requiredKeys: [] }), hostileJson)), ([bands, range]) => countInBands(bands as never, range as never))],
  ['normalizeSchoolName / matchSchool', () => fuzz(fc.tuple(hostileScalar, fc.oneof(fc.array(fc.record({ id: fc.constantFrom('a', 'constructor'), name: fc.oneof(fc.string({ maxLength: 10 }), hostileScalar) }), { maxLength: 4 }), hostileJson)), ([name, schools]) => [normalizeSchoolName(name as never), matchSchool(schools as never, name as never)])],
  ['compareRiskProfiles / summarizeRiskProfiles', () => fuzz(fc.tuple(profile, profile), ([a, b]) => [compareRiskProfiles(a as never, b as never, FEDERAL_500_CATALOGUE), summarizeRiskProfiles([a, b] as never, FEDERAL_500_CATALOGUE, [b] as never)])],
  ['listRepeats', () => fuzz(fc.oneof(fc.array(fc.record({ schoolId: fc.constantFrom('a', '__proto__', 'constructor'), year: fc.oneof(fc.integer({ min: 2018, max: 2025 }), hostileScalar), lists: fc.oneof(fc.record({ rosobrnadzorBiased: fc.boolean() }), hostileJson) }), { maxLength: 6 }), hostileJson), (facts) => listRepeats(facts as never))],
];

describe(`fuzz, second part (${RUNS} runs each)`, () => {
  for (const [name, run] of entries) {
    it(`${name}: no crash, no NaN or Infinity, no pollution`, () => zero(run()), TIMEOUT);
  }
});
