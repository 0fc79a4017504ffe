import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEREZOVSKY_2021_2024_PROGRAM, evaluateProgram, parseDataset, renderMarkdown } from '../../src/index.js';

const dataset = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));

// an indicator without data says what it lacks, not how many strings its evaluation lists
describe('the indicators table of a report', () => {
  const e = evaluateProgram(BEREZOVSKY_2021_2024_PROGRAM, dataset, 2023);
  it('names the missing actual of the year (was «нет данных (нет данных: 1 значение)»)', () => {
    const ru = renderMarkdown(e, { dataset, lang: 'ru' });
    expect(ru).toContain('нет данных (нет факта за 2023 г.)');
    expect(ru).not.toMatch(/нет данных: \d+ значени/);
    expect(renderMarkdown(e, { dataset, lang: 'en' })).toContain('(no actual for 2023)');
  });
});
