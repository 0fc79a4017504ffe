import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identify, parseMethodology } from '../../src/index.js';
import { dataset, verdict } from './helpers.js';

// Rule families written purely as data (one JSON file each), evaluated with no change to library code.
const DIR = join(import.meta.dirname, '..', 'fixtures', 'rules');

interface Case {
  readonly methodology: unknown;
  readonly schools: readonly { id: string; distanceToCentreKm: number; lowIncome: number; quality: readonly [number, number][] | null }[];
  readonly year: number;
  readonly expected: Readonly<Record<string, boolean | string>>;
}

describe.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))('rule family %s', (file) => {
  const c = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Case;
  const methodology = parseMethodology(c.methodology);
  const ds = dataset({ schools: c.schools.map((s) => s.id) });
  const data = {
    ...ds,
    schools: ds.schools.map((s) => ({ ...s, distanceToCentreKm: c.schools.find((x) => x.id === s.id)?.distanceToCentreKm })),
    results: c.schools.flatMap((s) =>
      (s.quality ?? []).map(([good, n], i) => ({ schoolId: s.id, year: c.year - 2 + i, procedure: 'oge' as const, subject: 'math', grade: 9, participants: n, marks: { '2': 0, '3': n - good, '4': good, '5': 0 } })),
    ),
    social: c.schools.map((s) => ({ schoolId: s.id, year: c.year, pupils: 100, counts: { low_income: s.lowIncome } })),
  };

  it('evaluates to the hand-checked verdicts', () => {
    const r = identify(methodology, data as never, c.year);
    const category = methodology.categories[0]?.id as string;
    expect(Object.fromEntries(c.schools.map((s) => [s.id, verdict(r, s.id, category)]))).toEqual(c.expected);
  });
});
