import { describe, expect, it } from 'vitest';
import { distinctInputs, missingPath, yearSpan } from '../../src/criteria/engine/missing.js';
import type { MissingInput } from '../../src/criteria/engine/types.js';
import { missingInputWords } from '../../src/criteria/explain/missingWords.js';
import { explainTrace, identify, parseMethodology } from '../../src/index.js';
import { dataset } from './helpers.js';

// Missing inputs are data; their words are written from the data. One of each kind the engine builds.
const EVERY_KIND: readonly [MissingInput, string][] = [
  [{ kind: 'results', school: 's', procedures: ['vpr', 'oge'], subjects: ['math'], years: [2022, 2024] }, 'ВПР, ОГЭ, математика (2022–2024 гг.)'],
  [{ kind: 'results', school: 's', procedures: ['vpr'], subjects: ['math'], grade: 5, field: 'belowMinimum', years: [2023, 2023] }, 'ВПР, 5 класс, математика: число участников ниже минимального порога (2023 г.)'],
  [{ kind: 'results', school: 's', procedures: ['diag'], subjects: ['chem'], years: [2024, 2024], names: { diag: { ru: 'Региональная диагностика' }, chem: { ru: 'Химия' } } }, 'Региональная диагностика, химия (2024 г.)'],
  [{ kind: 'field', school: 's', section: 'external', field: 'absentFromAnalytics', years: [2023, 2023] }, 'отсутствует в аналитических материалах (2023 г.)'],
  [{ kind: 'field', school: 's', section: 'staffing', field: 'ageBands', years: [2024, 2024] }, 'распределение педагогов по возрасту (2024 г.)'],
  [{ kind: 'field', school: 's', section: 'resources', field: 'deficits', years: [2024, 2024] }, 'перечень дефицитов ресурсного обеспечения (2024 г.)'],
  [{ kind: 'field', school: 's', section: 'school', field: 'smallClass' }, 'малокомплектная школа'],
  [{ kind: 'field', school: 's', section: 'facts', field: 'continuedToGrade10', years: [2024, 2024] }, 'доля выпускников 9 класса, продолживших обучение в 10 классе (2024 г.)'],
  [{ kind: 'declared', school: 's', fact: 'growth', name: { ru: 'Статус роста' }, interval: true, years: [2024, 2024] }, '«Статус роста», доверительный интервал (2024 г.)'],
  [{ kind: 'category', school: 's', category: 'a', name: { ru: 'ШНОР' }, years: [2021, 2021] }, 'перечень «ШНОР» (2021 г.)'],
  [{ kind: 'category', school: 's', schoolName: 'МБОУ СОШ № 5', category: 'a', name: { ru: 'ШНОР' } }, 'МБОУ СОШ № 5, перечень «ШНОР»'],
  [{ kind: 'index', school: 's', index: 'isb', name: { ru: 'ИСБ' }, component: 'c1', componentName: { ru: 'доля учителей старше 55 лет' } }, 'ИСБ: доля учителей старше 55 лет'],
  [{ kind: 'computed', school: 's', operation: 'ratio' }, 'отношение'],
  [{ kind: 'boundary', school: 's', what: { ru: 'средний балл', en: 'mean score' }, reason: { ru: 'значение округлено', en: 'rounded' } }, 'средний балл: значение округлено'],
];

describe('missing inputs as data', () => {
  it.each(EVERY_KIND)('%j in Russian words, with «г.» after a year and no id', (m, words) => {
    expect(missingInputWords(m, 'ru')).toBe(words);
    // JSON round trip: a stored trace reads the same
    expect(missingInputWords(JSON.parse(JSON.stringify(m)) as MissingInput, 'ru')).toBe(words);
    expect(missingPath(m).startsWith('s: ')).toBe(true);
  });

  it('a trace of a missing result row carries the row as data, and the explanation names it', () => {
    const m = parseMethodology({ id: 'm', name: { ru: 'М' }, territories: ['mo'], validFrom: '2020-01-01', categories: [
      { kind: 'flag', id: 'a', name: { ru: 'ШНОР' }, rule: { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 } },
    ] });
    // the row has its participants but neither the number below the minimum nor the marks
    const ds = dataset({ schools: ['A'], results: [{ schoolId: 'A', year: 2024, procedure: 'vpr', subject: 'math', grade: 5, participants: 20 }] });
    const v = identify(m, ds, 2024).schools[0]?.categories[0];
    expect(v?.outcome).toEqual({ status: 'missing', missing: ['A: vpr-5 math belowMinimum (2024)'] });
    expect(v?.missingInputs).toEqual([{ kind: 'results', school: 'A', procedures: ['vpr'], subjects: ['math'], grade: 5, field: 'belowMinimum', years: [2024, 2024] }]);
    expect(v?.trace?.missing).toEqual(v?.missingInputs);
    expect(explainTrace(v?.trace as never, 'ru')).toBe('— доля участников ниже минимального порога (ВПР; математика): нет данных: ВПР, 5 класс, математика: число участников ниже минимального порога (2024 г.)');
  });

  it('lists an input met twice once, whether the same object or an equal one, short lists and long alike', () => {
    const a: MissingInput = { kind: 'field', school: 's', section: 'social', field: 'disabled', years: [2024, 2024] };
    const b: MissingInput = { kind: 'field', school: 's', section: 'social', field: 'disabled', years: yearSpan(2024, 2024) };
    const c: MissingInput = { kind: 'field', school: 's', section: 'social', field: 'disabled', years: [2023, 2023] };
    const d: MissingInput = { kind: 'results', school: 's', procedures: ['vpr'], subjects: ['math'], years: [2024, 2024] };
    expect(distinctInputs([a, b, c, a, d, { ...d, procedures: ['vpr'] }])).toEqual([a, c, d]);
    const none = [a, c, d];
    expect(distinctInputs(none)).toBe(none);
    const many = Array.from({ length: 40 }, (_, i): MissingInput => ({ kind: 'field', school: `s${i % 20}`, section: 'staffing', field: 'vacancies', years: [2024, 2024] }));
    expect(distinctInputs(many).map((m) => m.school)).toEqual(Array.from({ length: 20 }, (_, i) => `s${i}`));
    expect(yearSpan(2024, 2024)).toBe(yearSpan(2024, 2024));
  });
});
