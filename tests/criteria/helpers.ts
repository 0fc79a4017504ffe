import { type Dataset, type Identification, parseDataset } from '../../src/index.js';

/** A result row with `below` of `n` participants below the minimum. */
export function row(schoolId: string, year: number, procedure: string, subject: string, grade: number, below: number, n: number): Record<string, unknown> {
  return { schoolId, year, procedure, subject, grade, participants: n, belowMinimum: below };
}

/** A small dataset around the given schools and records. */
export function dataset(parts: { schools: string[]; territoryId?: string; regionId?: string; [k: string]: unknown }): Dataset {
  const territoryId = parts.territoryId ?? 'mo';
  const regionId = parts.regionId ?? 'region';
  const { schools, territoryId: _t, regionId: _r, ...rest } = parts;
  return parseDataset({
    format: 'shnor.dataset/1',
    id: 'test',
    name: { ru: 'тест' },
    territoryId,
    years: [2022, 2023, 2024],
    territories: [
      { id: regionId, kind: 'region', name: { ru: 'регион' } },
      { id: territoryId, kind: 'municipality', name: { ru: 'МО' }, parentId: regionId },
    ],
    schools: schools.map((id) => ({ id, name: `Школа ${id}`, territoryId, type: 'СОШ', settlement: 'rural' })),
    ...rest,
  });
}

/** The outcome of one school's category as a short value: true / false / a class / null / 'missing' / 'not_applicable'. */
export function verdict(r: Identification, schoolId: string, categoryId: string): boolean | string | null | 'missing' | 'not_applicable' {
  const v = r.schools.find((s) => s.schoolId === schoolId)?.categories.find((c) => c.categoryId === categoryId)?.outcome;
  if (v === undefined) throw new Error(`no verdict for ${schoolId}/${categoryId}`);
  return v.status === 'value' ? v.value : v.status;
}

/** The dataset part of a rule-kind or rule-family data file: schools (ids, or with a type and territory), years, more municipalities, records. */
export interface RuleFileDataset {
  readonly schools: readonly ({ readonly id: string; readonly type?: string; readonly territoryId?: string } | string)[];
  readonly years: readonly number[];
  readonly territories?: readonly { readonly id: string; readonly name: string }[];
  readonly [k: string]: unknown;
}

/** The dataset of a rule data file: one region, the municipality «МО» and any more, urban СОШ by default. */
export function ruleFileDataset(d: RuleFileDataset, id: string, name: string): Dataset {
  const { schools, years, territories: more, ...rest } = d;
  return parseDataset({
    format: 'shnor.dataset/1',
    id,
    name: { ru: name },
    territoryId: 'mo',
    years,
    territories: [
      { id: 'region', kind: 'region', name: { ru: 'регион' } },
      { id: 'mo', kind: 'municipality', name: { ru: 'МО' }, parentId: 'region' },
      ...(more ?? []).map((t) => ({ id: t.id, kind: 'municipality', name: { ru: t.name }, parentId: 'region' })),
    ],
    schools: schools.map((s) => {
      const o = typeof s === 'string' ? { id: s } : s;
      return { id: o.id, name: `Школа ${o.id}`, territoryId: o.territoryId ?? 'mo', type: o.type ?? 'СОШ', settlement: 'urban' };
    }),
    ...rest,
  });
}

/** A school's or a territory's verdict of a category as a short value: the value, `missing` or `not_applicable`. */
export function shortVerdict(r: Identification, id: string, categoryId: string): boolean | string | null | 'missing' | 'not_applicable' {
  const v = (r.schools.find((s) => s.schoolId === id) ?? r.territories?.find((t) => t.territoryId === id))?.categories.find((c) => c.categoryId === categoryId)?.outcome;
  if (v === undefined) throw new Error(`no verdict for ${id}/${categoryId}`);
  return v.status === 'value' ? v.value : v.status;
}

/** A deterministic shuffle (a linear congruential generator), so that a failure can be replayed. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
