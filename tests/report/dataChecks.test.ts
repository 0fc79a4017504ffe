import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_000_PROGRAM, evaluateProgram, parseDataset, renderHtml, renderMarkdown } from '../../src/index.js';

const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')) as { results: { procedure: string; mean?: number; marks?: Record<string, number> }[] };

// a national file's thousands of warnings would bury the report: past 30 they are grouped by kind
describe('the data checks of a report', () => {
  it('few warnings: each listed (the sample’s own)', () => {
    const dataset = parseDataset(raw);
    const e = evaluateProgram(SEED_000_PROGRAM, dataset, 2023);
    expect(e.warnings.length).toBeLessThanOrEqual(30);
    const md = renderMarkdown(e, { dataset });
    expect(md).not.toContain('по видам, с первыми примерами');
  });

  it('many warnings: a count per kind, the first three of each, and where the full list is', () => {
    // every mark-scored row gets a mean its marks cannot give: one MEAN_MISMATCH each
    const results = raw.results.map((r) => (r.marks !== undefined && r.mean !== undefined && r.mean < 6 ? { ...r, mean: 2.01 } : r));
    const dataset = parseDataset({ ...raw, results });
    const e = evaluateProgram(SEED_000_PROGRAM, dataset, 2023);
    const means = e.warnings.filter((w) => w.code === 'MEAN_MISMATCH').length;
    expect(means).toBeGreaterThan(30);
    const md = renderMarkdown(e, { dataset });
    expect(md).toContain(`- Предупреждений: ${e.warnings.length}; по видам, с первыми примерами. Полный список даёт проверка набора данных.`);
    expect(md).toContain(`- средний балл не сходится с распределением отметок: ${means}, первые 3:\n  - `);
    // exactly three examples under the kind, not every warning
    const section = md.slice(md.indexOf('## Проверка данных'));
    const block = section.slice(section.indexOf('- средний балл не сходится'));
    expect(block.split('\n').slice(1, 5).filter((l) => l.startsWith('  - ')).length).toBe(3);
    expect(section.split('\n').filter((l) => l.startsWith('  - ')).length).toBeLessThan(e.warnings.length);
    const html = renderHtml(e, { dataset, lang: 'en' });
    expect(html).toContain(`the mean does not match the marks: ${means}, the first 3:<ul><li>`);
  });
});
