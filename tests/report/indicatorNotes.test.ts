import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEREZOVSKY_2021_2024_PROGRAM, evaluateProgram, parseDataset, renderHtml, renderMarkdown } from '../../src/index.js';

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

// a chart needs an actual: an indicator without any is named in one line, not drawn as a lone target
describe('the indicator charts of the HTML report', () => {
  const first = BEREZOVSKY_2021_2024_PROGRAM.indicators[3] as (typeof BEREZOVSKY_2021_2024_PROGRAM.indicators)[number];
  const charts = (html: string): number => (html.match(/<figure class="chart/g) ?? []).length;
  it('without any actual: no chart, one sentence', () => {
    const html = renderHtml(evaluateProgram(BEREZOVSKY_2021_2024_PROGRAM, dataset, 2023), { dataset });
    expect(charts(html)).toBe(0);
    expect(html).toContain('Графиков нет: ни у одного показателя нет фактических значений.');
  });
  it('with the actuals of one indicator (a percent): its chart, and the others named', () => {
    const e = evaluateProgram(BEREZOVSKY_2021_2024_PROGRAM, dataset, 2023, { actuals: { [first.id]: [{ year: 2022, value: 40 }, { year: 2023, value: 55 }] } });
    const html = renderHtml(e, { dataset });
    expect(charts(html)).toBe(1);
    const others = BEREZOVSKY_2021_2024_PROGRAM.indicators.length - 1;
    expect(html).toMatch(new RegExp(`Без графика — нет ни одного фактического значения \\(${others} показател`));
    expect(renderHtml(e, { dataset, lang: 'en' })).toContain('No chart — no actual value in any year');
  });
});
