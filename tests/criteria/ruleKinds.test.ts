/**
 * Rule tests as data (issue #16): one readable YAML file per rule kind in
 * `tests/fixtures/rules/kinds/` — the rule, the schools, the verdicts worked out by hand, the
 * source where the cases take an act's rule — run by this one loader, the way publicodes tests its
 * mechanisms. Every rule kind of the registry, and the territory category, has its file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { identify, parseMethodology } from '../../src/index.js';
import { RULES } from '../../src/criteria/rules/registry.js';
import { ruleFileDataset, shortVerdict } from './helpers.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'rules', 'kinds');

type Verdict = boolean | string | null;
interface DatasetPart {
  readonly years: readonly number[];
  readonly schools: readonly ({ id: string; type?: string; territoryId?: string } | string)[];
  readonly territories?: readonly { id: string; name: string }[];
  readonly [k: string]: unknown;
}
interface KindCase {
  readonly name: string;
  /** the rule of a flag category `c`… */
  readonly rule?: unknown;
  /** …or the categories themselves (verdicts then by category) */
  readonly categories?: readonly unknown[];
  readonly dataset?: DatasetPart;
  readonly year?: number;
  /** school (or territory) → verdict: true / false / a class / null / `missing` / `not_applicable`; with `categories`, category → that */
  readonly expected: Readonly<Record<string, Verdict | Readonly<Record<string, Verdict>>>>;
}
interface KindFile {
  readonly kind: string;
  readonly kinds: readonly string[];
  readonly about: string;
  readonly source?: { readonly act: string; readonly url?: string; readonly seed?: string; readonly quote: string };
  readonly dataset?: DatasetPart;
  readonly cases: readonly KindCase[];
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const loaded = files.map((f) => [f, parse(readFileSync(join(DIR, f), 'utf8')) as KindFile] as const);

it('every rule kind of the language, and the territory category, has its file of cases', () => {
  const covered = new Set(loaded.flatMap(([, k]) => k.kinds));
  expect([...Object.keys(RULES), 'territory'].filter((k) => !covered.has(k))).toEqual([]);
});

describe.each(loaded)('rule kind file %s', (file, k) => {
  it('says what it tests, and quotes its act with an address when it takes one', () => {
    expect(file).toBe(`${k.kind}.yaml`);
    expect(k.about.length).toBeGreaterThan(60);
    expect(k.cases.length).toBeGreaterThanOrEqual(3);
    if (k.source !== undefined) {
      expect(k.source.url ?? k.source.seed).toMatch(/^(https?:\/\/|\d{3}_[0-9a-f]+\.txt$)/);
      expect(k.source.quote.length).toBeGreaterThan(40);
    }
  });

  it.each(k.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const d = c.dataset ?? k.dataset;
    if (d === undefined) throw new Error(`${file}: no dataset for «${c.name}»`);
    const categories = c.categories ?? [{ kind: 'flag', id: 'c', name: { ru: 'Категория', en: 'Category' }, rule: c.rule }];
    const methodology = parseMethodology({ id: `kind.${k.kind}`, name: { ru: `вид правила ${k.kind}` }, territories: ['region'], validFrom: '2000-01-01', categories });
    const r = identify(methodology, ruleFileDataset(d, 'kind', 'вид правила'), c.year ?? (d.years[d.years.length - 1] as number));
    const byCategory = (c.categories === undefined ? { c: c.expected } : c.expected) as Readonly<Record<string, Readonly<Record<string, Verdict>>>>;
    const got: Record<string, Record<string, unknown>> = {};
    for (const [category, byId] of Object.entries(byCategory)) got[category] = Object.fromEntries(Object.keys(byId).map((id) => [id, shortVerdict(r, id, category)]));
    expect(got).toEqual(byCategory);
    // every verdict explained in Russian, without NaN, undefined or Infinity
    for (const s of [...r.schools, ...(r.territories ?? [])]) for (const v of s.categories) expect(v.explanation?.ru).not.toMatch(/NaN|undefined|Infinity/);
  });
});
