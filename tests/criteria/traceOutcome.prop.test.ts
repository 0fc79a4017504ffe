/**
 * A trace's outcome is one of the three states, spelled as the verdict spells them: the root
 * node of every verdict says `missing` / `not_applicable` exactly when the verdict's status does,
 * and `true` / `false` otherwise; no node says `unknown`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CategoryVerdict, type Dataset, type Identification, type Methodology, PRESET_PROGRAMS, type Rule, type TraceNode, explainTrace, identify, parseDataset, parseMethodology, prepareDataset } from '../../src/index.js';
import { dataset } from './helpers.js';

/** Every node of a trace keeps the rule: `not_applicable` has a reason and no missing input; `missing` has not. */
function checkNodes(n: TraceNode): void {
  expect(['true', 'false', 'missing', 'not_applicable']).toContain(n.outcome);
  if (n.outcome === 'not_applicable') {
    expect(n.reason).toBeDefined();
    expect(n.missing ?? []).toEqual([]);
  }
  if (n.outcome === 'missing') expect(n.reason !== undefined && (n.missing ?? []).length === 0).toBe(false);
  for (const c of n.children ?? []) checkNodes(c);
}

/** The root's outcome agrees with the verdict's status (and a flag's value with `true` / `false`). */
function checkVerdict(v: CategoryVerdict, flag: boolean): void {
  const t = v.trace;
  expect(t, `${v.categoryId}: a trace`).toBeDefined();
  if (t === undefined) return;
  const o = v.outcome;
  if (o.status === 'value') {
    expect(['true', 'false']).toContain(t.outcome);
    if (flag) expect(t.outcome).toBe(o.value === true ? 'true' : 'false');
  } else expect(t.outcome, `${v.categoryId}: ${JSON.stringify(o)}`).toBe(o.status);
  checkNodes(t);
}

function checkIdentification(r: Identification, m: Pick<Methodology, 'categories'>): number {
  const kinds = new Map(m.categories.map((c) => [c.id, c.kind] as const));
  let n = 0;
  for (const s of [...r.schools.map((x) => x.categories), ...(r.territories ?? []).map((x) => x.categories)]) {
    for (const v of s) {
      checkVerdict(v, kinds.get(v.categoryId) !== 'classifier');
      n++;
    }
  }
  return n;
}

const FACTS = ['x0', 'x1'] as const;
const OPS = ['gte', 'gt', 'lte', 'lt', 'eq'] as const;

/** Rules over two numeric facts and a yes/no fact (any of them may be missing), with every way a rule can be not applicable. */
const ruleArb: fc.Arbitrary<Rule> = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('threshold' as const), measure: fc.constantFrom(...FACTS).map((fact) => ({ kind: 'declared' as const, fact })), op: fc.constantFrom(...OPS), value: fc.integer({ min: 0, max: 100 }), ifMissing: fc.constantFrom(undefined, 'fails' as const, 'holds' as const) }).map((r) => (r.ifMissing === undefined ? { kind: r.kind, measure: r.measure, op: r.op, value: r.value } : r) as Rule),
    // x1 is published to whole units: a value on the boundary is undetermined (missing, with a reason)
    fc.record({ op: fc.constantFrom(...OPS), value: fc.integer({ min: 0, max: 100 }) }).map(({ op, value }): Rule => ({ kind: 'threshold', measure: { kind: 'declared', fact: 'x1' }, op, value, onRoundedBoundary: 'unknown' })),
    fc.constant<Rule>({ kind: 'status', fact: 'flag', in: [true] }),
    // a fact the dataset does not declare: not applicable
    fc.constant<Rule>({ kind: 'status', fact: 'undeclared', in: [true] }),
    // a pool too small: not applicable
    fc.integer({ min: 1, max: 8 }).map((minPoolSize): Rule => ({ kind: 'rank', measure: { kind: 'declared', fact: 'x0' }, better: 'higher', position: 'bottom', percent: 25, pool: { scope: 'municipality' }, rounding: 'ceil', ties: 'include', minPoolSize })),
    fc.tuple(tie('rule'), tie('rule')).map(([when, rule]): Rule => ({ kind: 'scope', when, rule, reason: { ru: 'вне сферы действия' } })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((rules): Rule => ({ kind: 'all', rules })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((rules): Rule => ({ kind: 'any', rules })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).chain((rules) => fc.integer({ min: 1, max: rules.length }).map((k): Rule => ({ kind: 'atLeast', k, rules }))),
    tie('rule').map((rule): Rule => ({ kind: 'not', rule })),
    tie('rule').map((rule): Rule => ({ kind: 'persist', rule, atLeast: 1, years: 2 })),
  ),
})).rule;

const schoolArb = fc.record({
  x0: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  // few values, so that a threshold often falls on one
  x1: fc.option(fc.constantFrom(0, 30, 50, 100), { nil: undefined }),
  flag: fc.option(fc.boolean(), { nil: undefined }),
});

function build(rows: readonly { x0?: number | undefined; x1?: number | undefined; flag?: boolean | undefined }[]): Dataset {
  const ds = dataset({ schools: rows.map((_, i) => `s${i}`) });
  const factValues = rows.flatMap((r, i) =>
    Object.entries(r)
      .filter(([, v]) => v !== undefined)
      .map(([fact, value]) => ({ schoolId: `s${i}`, year: 2024, fact, value: value as number | boolean })),
  );
  return { ...ds, declaredFacts: [...FACTS.map((id) => ({ id, kind: 'number' as const, unit: 'percent' as const, name: { ru: id }, ...(id === 'x1' ? { decimals: 0 } : {}) })), { id: 'flag', kind: 'boolean' as const, name: { ru: 'признак' } }], factValues } as Dataset;
}

describe('a trace outcome agrees with its verdict', () => {
  it('for any rule and data: the root says missing / not applicable exactly when the verdict does (flags, classes, territories)', () => {
    fc.assert(
      fc.property(ruleArb, ruleArb, fc.array(schoolArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (a, b, rows, explain) => {
        const m = parseMethodology({
          id: 'p',
          name: { ru: 'p' },
          territories: ['mo'],
          validFrom: '2020-01-01',
          categories: [
            { kind: 'flag', id: 'c', name: { ru: 'категория' }, rule: a },
            { kind: 'classifier', id: 'k', name: { ru: 'класс' }, classifier: { kind: 'ordered', options: [{ value: 'а', rule: a }, { value: 'б', rule: b }], otherwise: null } },
            { kind: 'territory', id: 't', name: { ru: 'муниципалитет' }, level: 'municipality', category: 'c', measure: 'share', op: 'gt', value: 50 },
          ],
        });
        const r = identify(m, build(rows), 2024, { explain });
        expect(checkIdentification(r, m)).toBe(rows.length * 2 + 1);
        // the lists say the same: every id is in exactly one of yes / missing / notApplicable or none
        for (const c of m.categories) {
          const list = r.lists[c.id];
          const subjects = c.kind === 'territory' ? (r.territories ?? []).map((t) => ({ id: t.territoryId, v: t.categories.find((x) => x.categoryId === c.id) })) : r.schools.map((s) => ({ id: s.schoolId, v: s.categories.find((x) => x.categoryId === c.id) }));
          for (const { id, v } of subjects) {
            const o = v?.outcome;
            expect(list?.missing.includes(id)).toBe(o?.status === 'missing');
            expect(list?.notApplicable.includes(id)).toBe(o?.status === 'not_applicable');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('for every seed program over the bundled datasets', () => {
    const files = ['sample-rezh.dataset.json', 'seed000-rezh-2021.dataset.json', 'seed001-berezovsky-2018-2020.dataset.json', 'seed004-kemerovsky-2021.dataset.json'];
    const seen = { missing: 0, not_applicable: 0, value: 0 };
    for (const f of files) {
      const ds = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', f), 'utf8')));
      const prepared = prepareDataset(ds);
      for (const p of Object.values(PRESET_PROGRAMS)) {
        if (p.methodology === undefined) continue;
        for (const year of ds.years) {
          const r = identify(p.methodology, prepared, year, { trace: true, explain: false });
          checkIdentification(r, p.methodology);
          for (const s of r.schools) for (const v of s.categories) seen[v.outcome.status]++;
        }
      }
    }
    // the seeds exercise all three states
    expect(seen.missing).toBeGreaterThan(0);
    expect(seen.not_applicable).toBeGreaterThan(0);
    expect(seen.value).toBeGreaterThan(0);
  }, 120_000);
});

describe('a trace stored with the old spelling', () => {
  it("explainTrace reads 'unknown' as the state it was: not applicable with a reason and no missing input, else missing", () => {
    const m = parseMethodology({
      id: 'p',
      name: { ru: 'p' },
      territories: ['mo'],
      validFrom: '2020-01-01',
      categories: [{ kind: 'flag', id: 'c', name: { ru: 'категория' }, rule: { kind: 'not', rule: { kind: 'scope', when: { kind: 'status', fact: 'flag', in: [true] }, rule: { kind: 'threshold', measure: { kind: 'declared', fact: 'x0' }, op: 'gte', value: 30 }, reason: { ru: 'школа без признака' } } } }],
    });
    const r = identify(m, build([{ flag: false }, {}]), 2024, { explain: false });
    const relabel = (n: TraceNode): TraceNode => ({ ...n, outcome: (n.outcome === 'missing' || n.outcome === 'not_applicable' ? 'unknown' : n.outcome) as TraceNode['outcome'], ...(n.children ? { children: n.children.map(relabel) } : {}) });
    for (const s of r.schools) {
      const t = s.categories[0]?.trace as TraceNode;
      expect(explainTrace(relabel(t), 'ru')).toBe(explainTrace(t, 'ru'));
    }
    expect(explainTrace(r.schools[0]?.categories[0]?.trace as TraceNode, 'ru')).toContain('условие ниже не должно выполняться — не применимо');
    expect(explainTrace(r.schools[1]?.categories[0]?.trace as TraceNode, 'ru')).toContain('условие ниже не должно выполняться — неизвестно (нет данных)');
  });
});
