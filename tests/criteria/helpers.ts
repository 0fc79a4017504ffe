import { type Dataset, type IdentificationResult, parseDataset } from '../../src/index.js';

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

/** The outcome of one school's category as a short value: true / false / a class / null / 'unknown'. */
export function verdict(r: IdentificationResult, schoolId: string, categoryId: string): boolean | string | null | 'unknown' | 'n/a' {
  const v = r.schools.find((s) => s.schoolId === schoolId)?.categories.find((c) => c.categoryId === categoryId)?.outcome;
  if (v === undefined) throw new Error(`no verdict for ${schoolId}/${categoryId}`);
  return v.status === 'value' ? v.value : v.status === 'missing' ? 'unknown' : 'n/a';
}
