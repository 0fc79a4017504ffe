import { describe, expect, it } from 'vitest';
import { MAX_METHODOLOGY_DEPTH } from '../../src/criteria/methodology.js';
import { type Rule, ShnorError, identify, parseMethodology, safeParseMethodology } from '../../src/index.js';
import { dataset, row, verdict } from './helpers.js';

const below: Rule = { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 };

const nested = (depth: number): unknown => {
  let r: unknown = below;
  for (let i = 0; i < depth; i++) r = { kind: 'not', rule: r };
  return { id: 'deep', name: { ru: 'глубокая' }, territories: ['mo'], validFrom: '2020-01-01', categories: [{ kind: 'flag', id: 'c', name: { ru: 'к' }, rule: r }] };
};

describe('robustness of the rule language', () => {
  it('a methodology nested too deep is an issue at its path, never a stack overflow', () => {
    const r = safeParseMethodology(nested(5000));
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues[0]?.code).toBe('too_deep');
      expect(r.issues[0]?.path.slice(0, 4)).toEqual(['categories', 0, 'rule', 'rule']);
      expect(r.issues[0]?.message.ru).toContain(`${MAX_METHODOLOGY_DEPTH} уровней`);
    }
    expect(() => parseMethodology(nested(5000))).toThrow(ShnorError);
    // within the limit it parses and evaluates
    expect(safeParseMethodology(nested(150)).success).toBe(true);
  });

  it('ids such as constructor, toString and hasOwnProperty work like any other id; __proto__ is rejected with an issue at its path', () => {
    const ids = ['constructor', 'toString', 'hasOwnProperty'];
    const base = (indexId: string) => ({
      id: 'm',
      name: { ru: 'м' },
      territories: ['mo'],
      validFrom: '2020-01-01',
      indices: [{ id: indexId, name: { ru: 'индекс' }, components: [{ id: 'constructor', measure: below.measure, direction: 'negative', weight: 1 }], normalization: 'none', pool: { scope: 'municipality' }, missing: { policy: 'unknown' } }],
      categories: ids.map((id) => ({ kind: 'flag', id, name: { ru: id }, rule: below })),
    });
    const rejected = safeParseMethodology(base('__proto__'));
    expect(rejected.success).toBe(false);
    if (!rejected.success) expect(rejected.issues.map((i) => i.path.join('.'))).toContain('indices.0.id');
    const m = parseMethodology(base('valueOf'));
    const ds = dataset({ schools: ids, results: ids.map((s, i) => row(s, 2024, 'vpr', 'math', 5, 10 * i, 20)) });
    const r = identify(m, ds, 2024);
    for (const c of ids) {
      expect(Object.hasOwn(r.lists, c)).toBe(true);
      expect(r.lists[c]?.yes).toEqual(['toString', 'hasOwnProperty']);
    }
    expect(Object.keys(r.indices)).toEqual(['valueOf']);
    expect(Object.keys(r.indices.valueOf as object)).toEqual(ids);
    expect(verdict(r, 'constructor', 'toString')).toBe(false);
  });

  it('index weights are bounded and extreme inputs give no NaN or Infinity', () => {
    const base = { id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [{ kind: 'flag', id: 'c', name: { ru: 'к' }, rule: below }] };
    const index = (weight: unknown) => ({ ...base, indices: [{ id: 'i', name: { ru: 'и' }, components: [{ id: 'a', measure: { kind: 'declared', fact: 'x' }, direction: 'positive', weight }], normalization: 'zscore', pool: { scope: 'municipality' }, missing: { policy: 'unknown' } }] });
    expect(safeParseMethodology(index(1e308)).success).toBe(false);
    expect(safeParseMethodology(index('1e400')).success).toBe(false);
    const m = parseMethodology(index(1000));
    const ds = {
      ...dataset({ schools: ['A', 'B', 'C'] }),
      declaredFacts: [{ id: 'x', kind: 'number' as const, name: { ru: 'x' } }],
      factValues: [
        { schoolId: 'A', year: 2024, fact: 'x', value: 1e308 },
        { schoolId: 'B', year: 2024, fact: 'x', value: -1e308 },
        { schoolId: 'C', year: 2024, fact: 'x', value: 0 },
      ],
    };
    const r = identify(m, ds as never, 2024);
    expect(JSON.stringify(r.indices)).not.toMatch(/NaN|Infinity/);
    for (const v of Object.values(r.indices.i ?? {})) expect(v === null || Number.isFinite(v)).toBe(true);
  });

  it('index values are the same whatever the order of the schools', () => {
    const m = parseMethodology({
      id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01',
      indices: [{ id: 'i', name: { ru: 'и' }, components: [{ id: 'a', measure: { kind: 'declared', fact: 'x' }, direction: 'positive', weight: 1 }], normalization: 'zscore', pool: { scope: 'municipality' }, missing: { policy: 'unknown' } }],
      categories: [{ kind: 'flag', id: 'c', name: { ru: 'к' }, rule: { kind: 'rank', measure: { kind: 'index', index: 'i' }, better: 'higher', position: 'bottom', percent: 50, pool: { scope: 'municipality' }, rounding: 'floor', ties: 'include', minPoolSize: 1 } }],
    });
    const xs = [0.1, 0.2, 0.3, 1e-17, 1e16, -1e16, 0.7];
    const make = (order: number[]) => ({
      ...dataset({ schools: order.map((i) => `s${i}`) }),
      declaredFacts: [{ id: 'x', kind: 'number' as const, name: { ru: 'x' } }],
      factValues: order.map((i) => ({ schoolId: `s${i}`, year: 2024, fact: 'x', value: xs[i] as number })),
    });
    const a = identify(m, make([0, 1, 2, 3, 4, 5, 6]) as never, 2024).indices.i as Record<string, number>;
    const b = identify(m, make([6, 4, 2, 0, 5, 3, 1]) as never, 2024).indices.i as Record<string, number>;
    for (const k of Object.keys(a)) expect(b[k]).toBe(a[k]);
  });
});

describe('a methodology checked against its data', () => {
  it('names a subject neither built in nor declared, and an undeclared fact, at their paths', async () => {
    const { checkMethodologyData } = await import('../../src/index.js');
    const m = parseMethodology({
      id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01',
      categories: [{ kind: 'flag', id: 'c', name: { ru: 'к' }, rule: { kind: 'all', rules: [
        { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['math', 'bashkir', 'bashkirr'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 },
        { kind: 'threshold', measure: { kind: 'declared', fact: 'progress8' }, op: 'lt', value: 0 },
      ] } }],
    });
    const ds = { ...dataset({ schools: ['A'] }), declaredSubjects: [{ id: 'bashkir', name: { ru: 'Башкирский язык' } }] };
    const issues = checkMethodologyData(m, ds as never);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_subject', 'categories.0.rule.rules.0.measure.subjects.2'],
      ['undeclared_fact', 'categories.0.rule.rules.1.measure.fact'],
    ]);
    expect(issues[0]?.message.ru).toBe('предмет «bashkirr» не входит в каталог и не объявлен в наборе данных (declaredSubjects)');
  });
});
