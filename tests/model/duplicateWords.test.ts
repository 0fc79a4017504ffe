/** A duplicate record's issue says in words what it repeats (no ids of procedures or subjects). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateMessage } from '../../src/model/_lib/duplicateWords.js';
import { parseDatasetPartial } from '../../src/index.js';

describe('duplicateMessage', () => {
  it('words a result row, an olympiad stage, a school-year record, a territory and an unknown subject', () => {
    expect(duplicateMessage('results', 'rezh-5|2024|vpr|math|4|')).toEqual({
      ru: 'повторная запись: школа «rezh-5», 2024 г., ВПР, математика, 4 класс — оставлена первая',
      en: 'duplicate record: school "rezh-5", 2024, ВПР, Mathematics, grade 4; the first one is kept',
    });
    expect(duplicateMessage('results', 's1|2023|vsosh|physics|9|regional').ru).toBe('повторная запись: школа «s1», 2023 г., ВсОШ, физика, 9 класс, региональный этап — оставлена первая');
    expect(duplicateMessage('social', 'rezh-5|2024').ru).toBe('повторная запись: школа «rezh-5», 2024 г. — оставлена первая');
    expect(duplicateMessage('territoryResults', 'mo|2024|oge|russian||').ru).toBe('повторная запись: территория «mo», 2024 г., ОГЭ, русский язык — оставлена первая');
    expect(duplicateMessage('results', 's1|2024|kdr|chess|7|').ru).toBe('повторная запись: школа «s1», 2024 г., КДР, предмет «chess», 7 класс — оставлена первая');
    expect(duplicateMessage('declaredSubjects', 'chess').ru).toBe('повторная запись: предмет «chess» — оставлена первая');
  });

  it('is the message parseDatasetPartial gives for a repeated result row of the sample', () => {
    const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')) as { results: Record<string, unknown>[] };
    const row = sample.results.find((x) => x.procedure === 'vpr' && x.subject === 'math' && x.stage === undefined) as Record<string, unknown>;
    const r = parseDatasetPartial({ ...sample, results: [...sample.results, row] });
    const dup = r.issues.find((i) => i.code === 'duplicate_record');
    expect(dup?.received).toBe(`${String(row.schoolId)}|${String(row.year)}|vpr|math|${String(row.grade)}|`);
    expect(dup?.message.ru).toBe(`повторная запись: школа «${String(row.schoolId)}», ${String(row.year)} г., ВПР, математика, ${String(row.grade)} класс — оставлена первая`);
  });
});
