import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dataset, explainTrace, identify, openIdentification, parseMethodology, safeParseMethodology, territoryCategory, territoryVerdicts } from '../../src/index.js';
import { dataset, row } from './helpers.js';

const shnor = { kind: 'flag', id: 'shnor', name: { ru: 'ШНОР' }, rule: { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 } };
const methodology = (...extra: unknown[]) => parseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [shnor, ...extra] });
const mostly = territoryCategory('mo-shnor', { ru: 'Муниципалитет с преобладанием ШНОР', en: 'Mostly low-results municipality' }, 'shnor', { measure: 'share', op: 'gt', value: 50 });

/** Five schools; `below[i]` of 20 below the minimum (≥ 6 is ШНОР), `null`: no result. */
const five = (below: readonly (number | null)[], extra: Record<string, unknown> = {}): Dataset =>
  dataset({ schools: ['A', 'B', 'C', 'D', 'E'], results: below.flatMap((b, i) => (b === null ? [] : [row('ABCDE'[i] as string, 2024, 'vpr', 'math', 5, b, 20)])), ...extra });

const territoryOutcome = (r: ReturnType<typeof identify>, id = 'mo-shnor') => r.territories?.find((t) => t.territoryId === 'mo')?.categories.find((c) => c.categoryId === id)?.outcome;

describe('a territory category inside a methodology', () => {
  it('more than half of the rated schools: 3 of 5 → yes, with trace and Russian explanation; exactly half → no', () => {
    const r = identify(methodology(mostly), five([8, 8, 8, 2, 2]), 2024);
    expect(territoryOutcome(r)).toEqual({ status: 'value', value: true });
    expect(r.lists['mo-shnor']).toEqual({ yes: ['mo'], missing: [], notApplicable: [] });
    // schools get no verdict of a territory category
    expect(r.schools[0]?.categories.map((c) => c.categoryId)).toEqual(['shnor']);
    const v = r.territories?.[0]?.categories[0];
    expect(v?.explanation?.ru).toBe(
      'Муниципалитет с преобладанием ШНОР: да\n— доля школ в перечне «ШНОР»: 3 из 5 оценённых школ муниципалитета (60 %) > 50 % — выполнено\n(методика «м», действует с 1 января 2020 г.)',
    );
    expect(v?.trace?.values).toMatchObject({ yes: 3, no: 2, missing: 0, total: 5 });
    expect(explainTrace(v?.trace as never, 'ru')).toContain('3 из 5 оценённых школ');
    const half = identify(methodology(mostly), dataset({ schools: ['A', 'B', 'C', 'D'], results: ['A', 'B', 'C', 'D'].map((s, i) => row(s, 2024, 'vpr', 'math', 5, i < 2 ? 8 : 2, 20)) }), 2024);
    expect(territoryOutcome(half)).toEqual({ status: 'value', value: false });
  });

  it('agrees with the territoryVerdicts function', () => {
    const ds = five([8, 8, 2, 2, null]);
    const r = identify(methodology(mostly), ds, 2024);
    const f = territoryVerdicts(r, ds, { id: 'mo-shnor', name: mostly.name, category: 'shnor', level: 'municipality', op: 'gt', percent: 50 });
    expect(territoryOutcome(r)?.status).toBe(f[0]?.outcome.status);
  });

  it('unknown schools decide nothing unless they could change the verdict; they are named', () => {
    expect(territoryOutcome(identify(methodology(mostly), five([8, 8, 8, 2, null]), 2024))).toEqual({ status: 'value', value: true });
    const r = identify(methodology(mostly), five([8, 8, 2, 2, null]), 2024);
    const o = territoryOutcome(r);
    expect(o?.status).toBe('missing');
    expect(r.lists['mo-shnor']).toEqual({ yes: [], missing: ['mo'], notApplicable: [] });
    const text = r.territories?.[0]?.categories[0]?.explanation?.ru ?? '';
    expect(text).toContain('нет вердикта у 1 школы (Школа E), от них зависит итог');
    expect(text).toContain('Школа E, перечень «ШНОР»');
    expect(text).not.toMatch(/\bshnor\b/);
  });

  it('a count of schools, and a share of all schools (not-applicable ones included)', () => {
    const scopedShnor = { ...shnor, id: 'low', name: { ru: 'Низкие результаты (СОШ)' }, rule: { kind: 'scope', when: { kind: 'status', fact: 'pilot', in: [true] }, rule: shnor.rule, reason: { ru: 'не пилотная школа' } } };
    const pilots = { declaredFacts: [{ id: 'pilot', kind: 'boolean', name: { ru: 'Пилотная школа' } }], factValues: ['A', 'B', 'C', 'D', 'E'].map((s, i) => ({ schoolId: s, year: 2024, fact: 'pilot', value: i < 3 })) };
    const ds = five([8, 8, 2, 8, 8], pilots);
    const count2 = territoryCategory('two', { ru: 'Две школы и более' }, 'low', { measure: 'count', op: 'gte', value: 2 });
    const rated = territoryCategory('rated', { ru: 'Доля среди оценённых' }, 'low', { measure: 'share', op: 'gt', value: 50 });
    const allBase = territoryCategory('all', { ru: 'Доля среди всех' }, 'low', { measure: 'share', op: 'gt', value: 50, base: 'all' });
    const m = parseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [scopedShnor, count2, rated, allBase] });
    const r = identify(m, ds, 2024);
    // A, B yes; C no; D, E not applicable: 2 schools; 2 of 3 rated (66,67 %); 2 of 5 all (40 %)
    expect(territoryOutcome(r, 'two')).toEqual({ status: 'value', value: true });
    expect(territoryOutcome(r, 'rated')).toEqual({ status: 'value', value: true });
    expect(territoryOutcome(r, 'all')).toEqual({ status: 'value', value: false });
    expect(r.territories?.[0]?.categories[2]?.explanation?.ru).toContain('2 из 5 школ муниципалитета (40 %) > 50 %');
    expect(r.territories?.[0]?.categories[0]?.explanation?.ru).toContain('число школ муниципалитета в перечне «Низкие результаты (СОШ)»: 2 ≥ 2 — выполнено');
  });

  it('a territory with no rated school is not applicable for a share; a classifier counts the classes named', () => {
    const cls = { kind: 'classifier', id: 'level', name: { ru: 'Уровень' }, classifier: { kind: 'ordered', options: [{ value: 'низкий', rule: shnor.rule }], otherwise: 'обычный' } };
    const m = parseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [cls, territoryCategory('t', { ru: 'Территория' }, 'level', { measure: 'count', op: 'gte', value: 1, classes: ['низкий'] }), territoryCategory('s', { ru: 'Доля' }, 'level', { measure: 'share', op: 'gt', value: 0 })] });
    expect(territoryOutcome(identify(m, five([8, 2, 2, 2, 2]), 2024), 't')).toEqual({ status: 'value', value: true });
    expect(territoryOutcome(identify(m, five([2, 2, 2, 2, 2]), 2024), 't')).toEqual({ status: 'value', value: false });
    const scoped = parseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [{ ...shnor, rule: { kind: 'scope', when: { kind: 'status', fact: 'pilot', in: [true] }, rule: shnor.rule, reason: { ru: 'не пилотная' } } }, mostly] });
    const none = five([8, 8, 8, 8, 8], { declaredFacts: [{ id: 'pilot', kind: 'boolean', name: { ru: 'Пилотная' } }], factValues: ['A', 'B', 'C', 'D', 'E'].map((s) => ({ schoolId: s, year: 2024, fact: 'pilot', value: false })) });
    expect(territoryOutcome(identify(scoped, none, 2024))?.status).toBe('not_applicable');
  });

  it('a school rule may read its territory\'s verdict; a territory category of itself or of an unknown category is refused', () => {
    const inTroubled = { kind: 'flag', id: 'in-troubled', name: { ru: 'Школа в муниципалитете с преобладанием ШНОР' }, rule: { kind: 'threshold', measure: { kind: 'category', category: 'mo-shnor' }, op: 'eq', value: 1 } };
    const r = identify(methodology(mostly, inTroubled), five([8, 8, 8, 2, 2]), 2024);
    expect(r.lists['in-troubled']?.yes).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(safeParseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [shnor, { ...mostly, category: 'mo-shnor' }] }).success).toBe(false);
    expect(safeParseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [shnor, { ...mostly, category: 'shnorr' }] }).success).toBe(false);
  });

  it('the result has no territories when the methodology has no territory category', () => {
    expect('territories' in identify(methodology(), five([8, 8, 8, 2, 2]), 2024)).toBe(false);
  });
});


describe('a territory category, as a property', () => {
  it('agrees with territoryVerdicts, and a decided verdict holds for every completion of the unknown schools', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<'y' | 'n' | 'u'>('y', 'n', 'u'), { minLength: 1, maxLength: 9 }), fc.constantFrom<'gt' | 'gte'>('gt', 'gte'), fc.integer({ min: 0, max: 100 }), (states, op, percent) => {
        const ids = states.map((_, i) => `S${i}`);
        const ds = dataset({ schools: ids, results: states.flatMap((s, i) => (s === 'u' ? [] : [row(ids[i] as string, 2024, 'vpr', 'math', 5, s === 'y' ? 8 : 2, 20)])) });
        const cat = territoryCategory('t', { ru: 'Территория' }, 'shnor', { measure: 'share', op, value: percent });
        const r = identify(methodology(cat), ds, 2024, { explain: false });
        const got = territoryOutcome(r, 't');
        const f = territoryVerdicts(r, ds, { id: 't', name: { ru: 'Т' }, category: 'shnor', level: 'municipality', op, percent })[0]?.outcome;
        expect(got?.status).toBe(f?.status);
        if (got?.status === 'value') {
          const yes = states.filter((s) => s === 'y').length;
          const unknown = states.filter((s) => s === 'u').length;
          for (let k = yes; k <= yes + unknown; k++) {
            const share = (k * 100) / states.length;
            expect(op === 'gt' ? share > percent : share >= percent).toBe(got.value);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('categories that read each other', () => {
  it('a same-year cycle through a territory category is refused with its path; an earlier year is no cycle', () => {
    const school = (offset?: number) => ({ kind: 'flag', id: 'a', name: { ru: 'А' }, rule: { kind: 'threshold', measure: { kind: 'category', category: 't', ...(offset !== undefined ? { yearOffset: offset } : {}) }, op: 'eq', value: 1 } });
    const t = { kind: 'territory', id: 't', name: { ru: 'Т' }, level: 'municipality', category: 'a', measure: 'share', op: 'gt', value: 50 };
    const r = safeParseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [school(), t] });
    expect(r.success).toBe(false);
    if (!r.success) expect([r.issues[0]?.code, r.issues[0]?.received]).toEqual(['category_cycle', 'a → t → a']);
    expect(safeParseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [school(-1), t] }).success).toBe(true);
  });
});

describe('a category reading its own earlier years', () => {
  it('ends at the data\'s first year: unknown there, with the year named, never a stack overflow', () => {
    const m = parseMethodology({ id: 'm', name: { ru: 'м' }, territories: ['mo'], validFrom: '2020-01-01', categories: [
      { kind: 'flag', id: 'a', name: { ru: 'В перечне три года подряд' }, rule: { kind: 'all', rules: [shnor.rule, { kind: 'threshold', measure: { kind: 'category', category: 'a', yearOffset: -1 }, op: 'eq', value: 1 }] } },
    ] });
    const ds = dataset({ schools: ['A', 'B'], results: [2022, 2023, 2024].flatMap((y) => [row('A', y, 'vpr', 'math', 5, 8, 20), row('B', y, 'vpr', 'math', 5, y === 2023 ? 2 : 8, 20)]) });
    const r = identify(m, ds, 2024);
    // A: yes in 2024 and 2023, and 2022 reads 2021, before the data (2022–2024): unknown
    expect(r.schools[0]?.categories[0]?.outcome).toEqual({ status: 'missing', missing: ['A: a (2021)'] });
    expect(r.schools[0]?.categories[0]?.missingInputs).toEqual([{ kind: 'category', school: 'A', category: 'a', name: { ru: 'В перечне три года подряд' }, years: [2021, 2021] }]);
    expect(r.schools[0]?.categories[0]?.explanation?.ru).toContain('перечень «В перечне три года подряд» (2021 г.)');
    // B: no in 2023 → no in 2024, whatever came before
    expect(r.schools[1]?.categories[0]?.outcome).toEqual({ status: 'value', value: false });
  });
});

describe('a territory asked for on its own', () => {
  it('an open identification explains one municipality after a run without explanations', () => {
    const session = openIdentification(methodology(mostly), five([8, 8, 8, 2, 2]), 2024);
    const all = session.all({ trace: false, explain: false });
    expect(all.territories?.[0]?.categories[0]?.explanation).toBeUndefined();
    const one = session.territory('mo');
    expect(one.categories[0]?.outcome).toEqual({ status: 'value', value: true });
    expect(one.categories[0]?.explanation?.ru).toContain('3 из 5 оценённых школ муниципалитета (60 %) > 50 %');
    expect(() => session.territory('nowhere')).toThrow(/territoryId/);
  });
});
