import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Dataset, identify, parseMethodology } from '../../src/index.js';
import { dataset, ruleFileDataset, shortVerdict, verdict } from './helpers.js';

// Rule families written purely as data (one JSON file each: the rule, a small dataset, the verdicts
// worked out by hand, the source act quoted with its address), evaluated with no change to library code.
const DIR = join(import.meta.dirname, '..', 'fixtures', 'rules');

/** The first family format: schools with a distance, a low-income count and ОГЭ quality. */
interface LegacyCase {
  readonly methodology: unknown;
  readonly schools: readonly { id: string; distanceToCentreKm: number; lowIncome: number; quality: readonly [number, number][] | null }[];
  readonly year: number;
  readonly expected: Readonly<Record<string, boolean | string>>;
}

/** The general format: a dataset's collections (the header is filled in), verdicts by category and school. */
interface Case {
  /** the act: its address (`url`, or `seed` and `line` for an act stored with the project), the words quoted; `draft` when the rule goes beyond what the act says (said how in `draftNote`) */
  readonly source: { readonly act: string; readonly url?: string; readonly seed?: string; readonly line?: number; readonly quote: string; readonly verified: boolean; readonly draft?: boolean; readonly draftNote?: string };
  readonly methodology: unknown;
  /** schools of the municipality `mo` unless they name another `territoryId`; more municipalities of the region in `territories` */
  readonly dataset: { readonly schools: readonly ({ id: string; type?: string; territoryId?: string } | string)[]; readonly years: readonly number[]; readonly territories?: readonly { id: string; name: string }[]; readonly [k: string]: unknown };
  readonly year: number;
  readonly expected: Readonly<Record<string, Readonly<Record<string, boolean | string | null>>>>;
  readonly handCalculation: string;
}

function legacyData(c: LegacyCase): Dataset {
  const ds = dataset({ schools: c.schools.map((s) => s.id) });
  return {
    ...ds,
    schools: ds.schools.map((s) => ({ ...s, distanceToCentreKm: c.schools.find((x) => x.id === s.id)?.distanceToCentreKm })),
    results: c.schools.flatMap((s) =>
      (s.quality ?? []).map(([good, n], i) => ({ schoolId: s.id, year: c.year - 2 + i, procedure: 'oge' as const, subject: 'math', grade: 9, participants: n, marks: { '2': 0, '3': n - good, '4': good, '5': 0 } })),
    ),
    social: c.schools.map((s) => ({ schoolId: s.id, year: c.year, pupils: 100, counts: { low_income: s.lowIncome } })),
  } as Dataset;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

it('there are at least eight rule families, each citing its source', () => {
  expect(files.length).toBeGreaterThanOrEqual(8);
});

describe.each(files)('rule family %s', (file) => {
  const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as LegacyCase | Case;
  const methodology = parseMethodology(raw.methodology);

  it('evaluates to the hand-checked verdicts', () => {
    if ('dataset' in raw) {
      const r = identify(methodology, ruleFileDataset(raw.dataset, 'family', 'семейство правил'), raw.year);
      const got: Record<string, Record<string, unknown>> = {};
      for (const [category, bySchool] of Object.entries(raw.expected)) {
        const territorial = methodology.categories.find((c) => c.id === category)?.kind === 'territory';
        got[category] = Object.fromEntries(Object.keys(bySchool).map((id) => [id, territorial ? shortVerdict(r, id, category) : verdict(r, id, category)]));
      }
      expect(got).toEqual(raw.expected);
      // every verdict is explained in Russian, with no NaN, undefined or internal code
      for (const s of [...r.schools, ...(r.territories ?? [])]) for (const v of s.categories) expect(v.explanation?.ru).not.toMatch(/NaN|undefined|Infinity/);
    } else {
      const r = identify(methodology, legacyData(raw), raw.year);
      const category = methodology.categories[0]?.id as string;
      expect(Object.fromEntries(raw.schools.map((s) => [s.id, verdict(r, s.id, category)]))).toEqual(raw.expected);
    }
  });

  it('cites its source act with an address', () => {
    const source = (raw as Partial<Case>).source;
    if (source === undefined) return; // the first family predates the format (an example of the language, not an act)
    // an address: a web page, or an act stored with the project (a seed and its line)
    if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\//);
    else expect(source.seed).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    // a rule that goes beyond its act says so, and how
    if (source.draft === true) expect(source.draftNote?.length ?? 0).toBeGreaterThan(40);
    expect(source.quote.length).toBeGreaterThan(40);
  });
});
