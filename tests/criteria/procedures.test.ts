import { describe, expect, it } from 'vitest';
import { checkMethodologyData, identify, parseDatasetPartial, parseMethodology, parseRecords, safeParseDataset } from '../../src/index.js';
import { dataset, row, verdict } from './helpers.js';

const rdr = { id: 'rdr', name: { ru: 'Региональная диагностическая работа', en: 'Regional diagnostic work' }, scale: 'marks' } as const;

const base = (extra: Record<string, unknown>): Record<string, unknown> => ({
  format: 'shnor.dataset/1',
  id: 't',
  name: { ru: 'тест' },
  territoryId: 'mo',
  years: [2024],
  territories: [{ id: 'mo', kind: 'municipality', name: { ru: 'МО' } }],
  schools: [{ id: 'A', name: 'Школа А', territoryId: 'mo', type: 'СОШ', settlement: 'rural' }],
  ...extra,
});

describe('procedures declared by a dataset', () => {
  it('a row may name a declared procedure; an id neither built in nor declared is an issue with its path and value', () => {
    const ok = safeParseDataset(base({ declaredProcedures: [rdr], results: [row('A', 2024, 'rdr', 'math', 7, 3, 20)] }));
    expect(ok.success).toBe(true);
    const r = parseDatasetPartial(base({ declaredProcedures: [rdr], results: [row('A', 2024, 'rdr', 'math', 7, 3, 20), row('A', 2024, 'rdrr', 'math', 7, 3, 20)] }));
    expect(r.issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([['unknown_procedure', 'results.1.procedure', 'rdrr']]);
    expect(r.issues[0]?.message.ru).toBe('процедура «rdrr» не входит в каталог и не объявлена в наборе данных (declaredProcedures)');
    expect(r.issues[0]?.message.en).toContain('declaredProcedures');
    expect(r.counts.results).toEqual({ kept: 1, rejected: 1 });
  });

  it('without declarations only the built-in procedures are known, in every collection and in parseRecords', () => {
    const r = parseDatasetPartial(base({ thresholds: [{ year: 2024, procedure: 'rdr', subject: 'math', minScore: 3, scoreKind: 'mark' }] }));
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown_procedure', 'thresholds.0.procedure']]);
    const rows = [row('A', 2024, 'rdr', 'math', 7, 3, 20), row('A', 2024, 'vpr', 'math', 7, 3, 20)];
    expect(parseRecords('results', rows, 10).issues.map((i) => i.path)).toEqual([['results', 10, 'procedure']]);
    expect(parseRecords('results', rows, 0, { declaredProcedures: [rdr] }).valid).toHaveLength(2);
  });

  it('a declaration is checked: built-in ids, repeated ids, bounds that do not fit the scale', () => {
    const r = parseDatasetPartial(base({ declaredProcedures: [{ ...rdr, id: 'oge' }, rdr, rdr, { id: 'x', name: { ru: 'икс' }, scale: 'pass', min: 0 }, { id: 'y', name: { ru: 'игрек' }, scale: 'scores', min: 40, max: 10 }] }));
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_id', 'declaredProcedures.0.id'],
      ['duplicate_id', 'declaredProcedures.2'],
      ['SCALE_MISMATCH', 'declaredProcedures.3.min'],
      ['RANGE_REVERSED', 'declaredProcedures.4.max'],
    ]);
  });

  it('a «2» of a declared marked procedure counts as below the minimum unless the declaration says otherwise', () => {
    const ds = dataset({
      schools: ['A'],
      declaredProcedures: [rdr, { id: 'mdr', name: { ru: 'Муниципальная диагностика' }, scale: 'marks', twoBelowMinimum: false }],
      results: [
        { schoolId: 'A', year: 2024, procedure: 'rdr', subject: 'math', grade: 7, participants: 20, marks: { '2': 8, '3': 6, '4': 4, '5': 2 } },
        { schoolId: 'A', year: 2024, procedure: 'mdr', subject: 'math', grade: 7, participants: 20, marks: { '2': 8, '3': 6, '4': 4, '5': 2 } },
      ],
    });
    const m = parseMethodology({
      id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01',
      categories: [
        { kind: 'flag', id: 'low', name: { ru: 'Низкие результаты РДР' }, rule: { kind: 'threshold', measure: { kind: 'result', procedures: ['rdr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 40 } },
        { kind: 'flag', id: 'mlow', name: { ru: 'Низкие результаты МДР' }, rule: { kind: 'threshold', measure: { kind: 'result', procedures: ['mdr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 40 } },
      ],
    });
    const r = identify(m, ds, 2024);
    expect(verdict(r, 'A', 'low')).toBe(true);
    expect(verdict(r, 'A', 'mlow')).toBe('missing');
    const text = r.schools[0]?.categories[0]?.explanation?.ru ?? '';
    expect(text).toContain('Региональная диагностическая работа');
    expect(text).not.toContain('rdr');
    expect(r.schools[0]?.categories[0]?.explanation?.en).toContain('Regional diagnostic work');
    // a missing input of a declared procedure is named, not printed as its id
    expect(r.schools[0]?.categories[1]?.explanation?.ru).toContain('Муниципальная диагностика');
    expect(r.schools[0]?.categories[1]?.explanation?.ru).not.toMatch(/\bmdr\b/);
  });

  it('the quantifier over results names a declared procedure in its hits and its missing inputs', () => {
    const ds = dataset({ schools: ['A', 'B'], declaredProcedures: [rdr], results: [row('A', 2024, 'rdr', 'math', 7, 9, 20)] });
    const m = parseMethodology({
      id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01',
      categories: [{ kind: 'flag', id: 'q', name: { ru: 'Квантор' }, rule: { kind: 'results', select: { procedures: ['rdr'], subjects: ['math'], unit: 'procedure' }, metric: 'belowMinimumShare', op: 'gte', value: 40, require: { mode: 'distinct', atLeast: 1, years: 1 } } }],
    });
    const r = identify(m, ds, 2024);
    expect(verdict(r, 'A', 'q')).toBe(true);
    expect(r.schools[0]?.categories[0]?.explanation?.ru).toContain('Региональная диагностическая работа 2024, математика, 7 класс: 9 из 20 (45 %)');
    expect(verdict(r, 'B', 'q')).toBe('missing');
    expect(r.schools[1]?.categories[0]?.explanation?.ru).toContain('Региональная диагностическая работа');
    expect(r.schools[1]?.categories[0]?.explanation?.ru).not.toMatch(/\brdr\b/);
  });

  it('checkMethodologyData reports rules that name a procedure neither built in nor declared', () => {
    const m = parseMethodology({
      id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01',
      categories: [{ kind: 'flag', id: 'c', name: { ru: 'к' }, rule: { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr', 'rdr', 'rdrr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 } }],
    });
    const issues = checkMethodologyData(m, dataset({ schools: ['A'], declaredProcedures: [rdr] }));
    expect(issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([['unknown_procedure', 'categories.0.rule.measure.procedures.2', 'rdrr']]);
  });

  it('a declared subject is named in explanations too, in the measure, the hits and the missing inputs', () => {
    const ds = dataset({
      schools: ['A', 'B'],
      declaredSubjects: [{ id: 'bashkir', name: { ru: 'Башкирский язык', en: 'Bashkir' } }],
      results: [row('A', 2024, 'vpr', 'bashkir', 6, 9, 20)],
    });
    const m = parseMethodology({
      id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01',
      categories: [
        { kind: 'flag', id: 't', name: { ru: 'Порог' }, rule: { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['bashkir'], metric: 'belowMinimumShare' }, op: 'gte', value: 40 } },
        { kind: 'flag', id: 'q', name: { ru: 'Квантор' }, rule: { kind: 'results', select: { procedures: ['vpr'], subjects: ['bashkir'], unit: 'procedure' }, metric: 'belowMinimumShare', op: 'gte', value: 40, require: { mode: 'distinct', atLeast: 1, years: 1 } } },
      ],
    });
    const r = identify(m, ds, 2024);
    const a = r.schools[0]?.categories.map((c) => c.explanation?.ru).join('\n') ?? '';
    const b = r.schools[1]?.categories.map((c) => c.explanation?.ru).join('\n') ?? '';
    expect(a).toContain('ВПР; башкирский язык');
    expect(a).toContain('ВПР 2024, башкирский язык, 6 класс: 9 из 20 (45 %)');
    expect(b).toContain('башкирский язык');
    expect(`${a}\n${b}`).not.toMatch(/\bbashkir\b/);
    expect(r.schools[0]?.categories[0]?.explanation?.en).toContain('Bashkir');
  });
});
