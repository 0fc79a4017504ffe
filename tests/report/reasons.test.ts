import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TraceNode } from '../../src/criteria/identify.js';
import { SEED_000_PROGRAM, SEED_001_PROGRAM, evaluateProgram, parseDataset, renderHtml, renderMarkdown } from '../../src/index.js';
import { decisiveChildren, reasonsOf, renderNode } from '../../src/report/_lib/reasons.js';
import { count, plural } from '../../src/report/_lib/words.js';

const dataset = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')));
const ctx = { lang: 'ru' as const, categoryNames: new Map([['shnor', 'ШНОР']]), placeNames: new Map([['s1', 'Школа № 1'], ['reg', 'Энская область']]), year: 2024 };

describe('Russian words', () => {
  it('plurals by Intl.PluralRules', () => {
    expect([1, 2, 5, 11, 21, 22, 73, 111].map((n) => count(n, 'school', 'ru'))).toEqual(['1 школа', '2 школы', '5 школ', '11 школ', '21 школа', '22 школы', '73 школы', '111 школ']);
    expect(plural(1, ['school', 'schools'], 'en')).toBe('1 school');
    expect(count(3, 'yearRunning', 'ru')).toBe('3 года подряд');
  });
});

describe('reasons from a trace', () => {
  const rank: TraceNode = { rule: 'rank', label: { ru: 'N1: 25 % школ с самыми низкими результатами' }, outcome: 'true', params: { position: 'bottom', percent: 25, pool: { scope: 'municipality' } }, values: { value: -0.8, rank: 4, poolSize: 16, k: 4 } };
  const share: TraceNode = { rule: 'threshold', label: { ru: 'N2: менее 60 % продолжили обучение' }, outcome: 'false', params: { op: 'lt', value: 60 }, values: { value: 65.5172, count: 19, total: 29, years: [2023] } };

  it('a node without text: its label and its numbers, in Russian', () => {
    expect(renderNode(rank, undefined, ctx)).toBe('N1: 25 % школ с самыми низкими результатами: место 4 с конца из 16; в список входят первые 4 с конца — выполнено');
    expect(renderNode(share, undefined, ctx)).toBe('N2: менее 60 % продолжили обучение: факт 65,5 % (19 из 29) в 2023 г.; порог < 60 % — не выполнено');
  });

  it('an unlabelled node with text prints its text; a labelled one its label and numbers', () => {
    const { label: _, ...bare } = share;
    expect(renderNode({ ...bare, text: { ru: 'готовый текст', en: 'ready text' } }, undefined, ctx)).toBe('готовый текст');
    expect(renderNode({ ...share, text: { ru: 'готовый текст', en: 'ready text' } }, undefined, ctx)).toBe(renderNode(share, undefined, ctx));
    // a labelled step with nothing of its own to show keeps its text after the label
    expect(renderNode({ rule: 'custom', label: { ru: 'особое правило' }, outcome: 'true', text: { ru: 'готовый текст', en: 'x' } }, undefined, ctx)).toBe('особое правило: готовый текст');
  });

  it('the decisive children: the true ones of a "yes" under any, all of a "yes" under all, the failed ones of a "no" under all', () => {
    const any: TraceNode = { rule: 'any', outcome: 'true', children: [share, rank] };
    expect(decisiveChildren(any)).toEqual([1]);
    expect(decisiveChildren({ rule: 'all', outcome: 'true', children: [rank, rank] })).toEqual([0, 1]);
    expect(decisiveChildren({ rule: 'all', outcome: 'false', children: [rank, share] })).toEqual([1]);
    // a school that is ШНОР by a bottom-25 % rank: the rank is the reason, not «1 из 5»
    expect(reasonsOf(any, undefined, ctx).map((l) => l.text)).toEqual([renderNode(rank, undefined, ctx)]);
  });

  it('a missing input names the school or territory and the procedure in Russian', () => {
    const lacking: TraceNode = { rule: 'gap', outcome: 'missing', missing: [{ kind: 'results', school: 'reg', procedures: ['ege'], subjects: ['russian'], years: [2023, 2023] }, { kind: 'field', school: 's1', section: 'external', field: 'rosobrnadzorBiased', years: [2023, 2023] }] };
    const text = renderNode(lacking, undefined, ctx);
    expect(text).toContain('Энская область: ЕГЭ, русский язык (2023 г.)');
    expect(text).toContain('Школа № 1: «в списке Рособрнадзора (признаки необъективности)» (2023 г.)');
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('a rule about an earlier year prints the year, not an offset', () => {
    const node: TraceNode = { rule: 'threshold', outcome: 'true', params: { op: 'eq', value: 1 }, values: { value: 1, years: [2023] } };
    const rule = { kind: 'threshold', measure: { kind: 'category', category: 'shnor', yearOffset: -1 }, op: 'eq', value: 1 } as const;
    const text = renderNode(node, rule as never, ctx);
    expect(text).toContain('в списке «ШНОР» в 2023 г.');
    expect(text).not.toMatch(/год -1|-1/);
  });
});

describe('reports written from the result value', () => {
  it('seed 001: three ШНСУ sub-types keep their own names; a bottom-25 % school shows its rank', () => {
    const e = evaluateProgram(SEED_001_PROGRAM, dataset, 2023, { trace: true, explain: false });
    const md = renderMarkdown(e, { dataset });
    for (const h of ['### ШНСУ: социальные условия', '### ШНСУ: кадровый потенциал', '### ШНСУ: ресурсная обеспеченность']) expect(md).toContain(h);
    expect(md).toMatch(/критерий 1: 25 % школ с самыми низкими результатами[^\n]*место \d+ с конца из 16/);
    expect(md).not.toMatch(/выполнено \d из \d\n/);
    expect(md).not.toMatch(/rezh-\d|seed001|typology|band\b/);
  });

  it('indicators by name, with units and the program’s precision', () => {
    const actuals = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.actuals.json'), 'utf8')) as { actuals: never }).actuals;
    const e = evaluateProgram(SEED_000_PROGRAM, dataset, 2023, { actuals, trace: true });
    const md = renderMarkdown(e, { dataset });
    expect(md).not.toContain('seed000.i');
    // no-break spaces: a table cell never breaks «≥ 64 %» or «+7 п.п.» over two lines
    expect(md).toContain('≥\u00a064\u00a0%');
    // the change on the year before in percentage points, not a bare arrow
    expect(md).toContain('| 95\u00a0% | ↑\u00a0+7\u00a0п.п. |');
    expect(md).toContain('| 63,6\u00a0% | →\u00a00\u00a0п.п. |');
    const en = renderMarkdown(e, { dataset, lang: 'en' });
    expect(en).toContain('| 95\u00a0% | ↑\u00a0+7\u00a0pp |');
    expect(md).toContain('сравнение при точности программы: 63,64 → 64');
    expect(md).toContain('Данные синтетические / учебный пример');
  });

  it('warns about a methodology from another territory and a «regional» pool of one municipality', async () => {
    const { SEED_002_PROGRAM } = await import('../../src/index.js');
    const md = renderMarkdown(evaluateProgram(SEED_002_PROGRAM, dataset, 2023, { trace: true }), { dataset });
    expect(md).toContain('## Важно для читателя');
    expect(md).toMatch(/написана для территории «Сергокалинский район[^»]*», а данные — по территории «Режевской городской округ»/);
    expect(md).toContain('Сравнение «по региону» выполнено только по 16 школам одного муниципалитета');
  });

  it('warns when the latest results are older than the year evaluated', () => {
    const md = renderMarkdown(evaluateProgram(SEED_000_PROGRAM, dataset, 2026, { trace: true }), { dataset });
    expect(md).toContain('Последние результаты в данных — за 2024 г., а оценивается 2026 г.');
  });

  it('a school named constructor or __proto__ is printed by its name', () => {
    const odd = parseDataset({ ...JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'sample-rezh.dataset.json'), 'utf8')), id: 'odd' });
    const e = evaluateProgram(SEED_000_PROGRAM, odd, 2023, { trace: true });
    const md = renderMarkdown(e, { schoolNames: { 'rezh-4': 'constructor', 'rezh-5': '__proto__' }, indicatorNames: {} });
    expect(md).toContain('constructor');
    expect(md).not.toContain('function Object');
    expect(renderHtml(e, { schoolNames: { 'rezh-4': 'constructor' } })).not.toContain('function Object');
  });

  it('without traces the lists say the reasons were not kept, and never print ids', () => {
    const e = evaluateProgram(SEED_000_PROGRAM, dataset, 2023);
    const md = renderMarkdown(e, { dataset });
    expect(md).toContain('причины не сохранены');
    expect(md).not.toMatch(/rezh-\d/);
  });
});

describe('targets due later', () => {
  it('print the year they are due by', () => {
    const first = SEED_000_PROGRAM.indicators[0] as (typeof SEED_000_PROGRAM.indicators)[number];
    const program = { ...SEED_000_PROGRAM, indicators: [{ ...first, target: { kind: 'bound' as const, op: 'gte' as const, value: 80, byYear: 2025 } }] };
    const e = evaluateProgram(program, dataset, 2023, { actuals: { [first.id]: [{ year: 2023, value: 70 }] }, trace: true });
    const md = renderMarkdown(e, { dataset, program });
    expect(md).toMatch(/≥\s80\s% \(к 2025 г\.\)/);
    // only the year's actual, none the year before: no change, a dash (not a bare dot)
    expect(md).toMatch(/\| 70\s% \| — \|/);
    expect(md).toContain('цель должна быть достигнута к 2025 г.');
  });
});
