import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type IndicatorDefinition,
  SEED_000_INDICATORS,
  SEED_001_INDICATORS,
  SEED_003_INDICATORS,
  SEED_004_INDICATORS,
  checkTargetDenominators,
  matchShareCounts,
  parseIndicatorDefinition,
  round,
  sharePercent,
  share,
} from '../../src/index.js';

const ALL: readonly (readonly [string, readonly IndicatorDefinition[], number])[] = [
  ['000', SEED_000_INDICATORS, 10],
  ['001', SEED_001_INDICATORS, 10],
  ['003', SEED_003_INDICATORS, 15],
  ['004', SEED_004_INDICATORS, 7],
];

describe('the seed programs\u2019 target indicators as data', () => {
  it.each(ALL)('seed %s: every indicator validates against the schema and carries its seed line', (_seed, defs, count) => {
    expect(defs).toHaveLength(count);
    for (const d of defs) {
      expect(parseIndicatorDefinition(d)).toEqual(d);
      expect(d.source?.seed).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      expect(d.source?.line).toBeDefined();
    }
    expect(new Set(defs.map((d) => d.id)).size).toBe(defs.length);
  });

  const seeds = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
  it.skipIf(!existsSync(seeds))('seed 000: every yearly target is the value printed at its line', () => {
    let checked = 0;
    for (const d of SEED_000_INDICATORS) {
      if (d.target.kind !== 'series') throw new Error('series expected');
      for (const v of d.target.values) {
        const file = readFileSync(join(seeds, String(v.source?.seed)), 'utf8').split('\n');
        const text = file[Number(v.source?.line) - 1]?.trim();
        expect(text).toBe(v.value === null ? '-' : String(v.value));
        checked++;
      }
    }
    expect(checked).toBe(70);
  });

  it.skipIf(!existsSync(seeds))('seeds 001, 003, 004: each target value appears on its line', () => {
    for (const d of [...SEED_001_INDICATORS, ...SEED_003_INDICATORS, ...SEED_004_INDICATORS]) {
      const t = d.target;
      if (t.kind === 'flag' || t.kind === 'series') continue;
      const file = readFileSync(join(seeds, String(t.source?.seed)), 'utf8').split('\n');
      const [first, last] = String(t.source?.line).split('-').map(Number);
      const text = file.slice((first as number) - 1, last ?? first).join(' ');
      const shown = t.kind === 'bound' ? t.value : t.by;
      // «не менее одного … в месяц» (seed 001, L208) writes the number as a word
      const pattern = shown === 1 ? /одного/ : new RegExp(`(^|\\D)${shown}(\\D|$)`);
      expect(text, `${d.id} at line ${t.source?.line}`).toMatch(pattern);
    }
  });
});

describe("seed 000's target series reproduced from counts (seed-000-notes §4.2)", () => {
  it('1/16 → 6,3; 5/16 → 31 and 31,3; 2/11 → 18 with the rounding named (half-up)', () => {
    const pct = (k: number, n: number): string => {
      const p = sharePercent(share(k, n));
      if (p.status !== 'value') throw new Error('value expected');
      return p.value;
    };
    expect(round(pct(1, 16), 1, 'half-up')).toBe('6.3');
    expect(round(pct(5, 16), 0, 'half-up')).toBe('31');
    expect(round(pct(5, 16), 1, 'half-up')).toBe('31.3');
    expect(round(pct(2, 11), 0, 'half-up')).toBe('18');
  });

  it('matchShareCounts names the count and the modes', () => {
    expect(matchShareCounts('6,3', 16)).toEqual([{ count: 1, exact: '6.25', modes: ['half-up', 'up', 'ceil'] }]);
    expect(matchShareCounts(31, 16).map((m) => m.count)).toEqual([5]);
    expect(matchShareCounts('31,3', 16).map((m) => m.count)).toEqual([5]);
    const m = matchShareCounts(18, 11);
    expect(m.map((x) => [x.count, x.modes])).toEqual([[2, ['half-up', 'half-even', 'half-down', 'down', 'floor']]]);
    expect(m[0]?.exact).toMatch(/^18\.1818181818/);
    expect(matchShareCounts(80, 16)).toEqual([]);
  });

  it('indicator 6: every target is k/16 except 80 for 2025, reported by the denominator check', () => {
    const i6 = SEED_000_INDICATORS.find((d) => d.id === 'seed000.i6')!;
    const rows = checkTargetDenominators(i6);
    expect(rows.map((r) => [r.year, r.matches.map((m) => m.count)])).toEqual([
      [2019, [1]],
      [2020, [2]],
      [2021, [2]],
      [2022, [5]],
      [2023, [10]],
      [2024, [10]],
      [2025, []],
    ]);
    expect(rows.filter((r) => r.inconsistent).map((r) => r.year)).toEqual([2025]);
  });

  it('indicators 8 and 10 are k/16 throughout; indicator 9 is k/11 throughout', () => {
    for (const id of ['seed000.i8', 'seed000.i9', 'seed000.i10']) {
      const d = SEED_000_INDICATORS.find((x) => x.id === id)!;
      const rows = checkTargetDenominators(d);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.inconsistent)).toEqual([]);
    }
    const i10 = checkTargetDenominators(SEED_000_INDICATORS.find((x) => x.id === 'seed000.i10')!);
    expect(i10.map((r) => r.matches[0]?.count)).toEqual([1, 3, 5, 10]);
    const i9 = checkTargetDenominators(SEED_000_INDICATORS.find((x) => x.id === 'seed000.i9')!);
    expect(i9.map((r) => r.matches[0]?.count)).toEqual([2, 4, 5, 6, 7, 10, 11]);
  });

  it('indicator 4 is not k/16 (14, 28, 42, 57, 70 … are about k/7, truncated)', () => {
    const rows = checkTargetDenominators(SEED_000_INDICATORS.find((x) => x.id === 'seed000.i4')!, 7);
    expect(rows.slice(0, 4).map((r) => r.matches.map((m) => [m.count, m.modes.includes('down')]))).toEqual([
      [[1, true]],
      [[2, true]],
      [[3, true]],
      [[4, true]],
    ]);
    expect(rows.filter((r) => r.inconsistent).map((r) => r.printed)).toEqual(['70', '70', '80']);
  });
});

describe("seed 000: indicator 8's denominator (L1466) and the portrait lists against the band of L803", () => {
  it('indicator 8 is defined «в общем количестве таких организаций» (ШНОР/ШНСУ) yet its targets are k/16: no target fits the 11 portrait schools or the 6 of the band', () => {
    const i8 = SEED_000_INDICATORS.find((x) => x.id === 'seed000.i8')!;
    expect(i8.name.ru).toContain('в общем количестве таких организаций');
    expect(i8.computation).toMatchObject({ kind: 'share', of: 'schools', denominatorSize: 16 });
    const over16 = checkTargetDenominators(i8, 16);
    expect(over16.filter((r) => r.inconsistent)).toEqual([]);
    // 6,3 = 1/16 (6,25): over 11 ШНОР/ШНСУ or over the 6 schools of the band no count prints as 6,3
    const first = (n: number) => checkTargetDenominators(i8, n).find((r) => r.printed === '6.3' || r.printed === '6,3');
    expect(first(16)?.matches.map((m) => m.count)).toEqual([1]);
    expect(first(11)?.inconsistent).toBe(true);
    expect(first(6)?.inconsistent).toBe(true);
  });
});
