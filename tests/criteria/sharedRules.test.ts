import { describe, expect, it } from 'vitest';
import { type Rule, identify, parseMethodology } from '../../src/index.js';
import type { TraceNode } from '../../src/criteria/engine/types.js';
import { dataset, row } from './helpers.js';

// A rule written twice under other names (seed 002's clusters repeat its ШНОР rules) is evaluated
// once per school; the second trace carries its own names and the same facts.

const results = (label: string): Rule => ({
  kind: 'results',
  label: { ru: label },
  select: { procedures: ['vpr'], subjects: ['math', 'russian'], unit: 'procedure+subject' },
  metric: 'belowMinimumShare',
  op: 'gte',
  value: 30,
  require: { mode: 'distinct', atLeast: 2, years: 1 },
});
const share = (label: string): Rule => ({ kind: 'threshold', label: { ru: label }, measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 });

const m = parseMethodology({
  id: 'm', name: { ru: 'М' }, territories: ['mo'], validFrom: '2020-01-01',
  categories: [
    { kind: 'flag', id: 'shnor', name: { ru: 'ШНОР' }, rule: { kind: 'any', label: { ru: 'правило 1 или 2' }, rules: [results('две процедуры'), { kind: 'not', rule: share('математика') }] } },
    { kind: 'flag', id: 'again', name: { ru: 'Кластер' }, rule: { kind: 'any', label: { ru: 'ШНОР (кластер)' }, rules: [results('две процедуры (кластер)'), { kind: 'not', rule: share('математика (кластер)') }] } },
  ],
});
const ds = dataset({
  schools: ['A', 'B', 'C'],
  results: [row('A', 2024, 'vpr', 'math', 5, 8, 20), row('A', 2024, 'vpr', 'russian', 5, 9, 20), row('B', 2024, 'vpr', 'math', 5, 1, 20), row('C', 2024, 'vpr', 'russian', 5, 9, 20)],
});

const labels = (n: TraceNode | undefined): string[] => (n === undefined ? [] : [n.label?.ru ?? n.rule, ...(n.children ?? []).flatMap(labels)]);
const facts = (n: TraceNode | undefined): unknown => (n === undefined ? undefined : { rule: n.rule, outcome: n.outcome, values: n.values, missing: n.missing, reason: n.reason, children: (n.children ?? []).map(facts) });

describe('a rule written twice under other names', () => {
  const traced = identify(m, ds, 2024);
  const plain = identify(m, ds, 2024, { trace: false, explain: false });

  it('gives the same verdicts with traces and without', () => {
    expect(traced.schools.map((s) => s.categories.map((c) => c.outcome))).toEqual(plain.schools.map((s) => s.categories.map((c) => c.outcome)));
    // A: two procedures at 30 % or more; B: mathematics below 30 %; C: no mathematics row, one procedure only: missing
    expect(traced.lists.again?.yes).toEqual(['A', 'B']);
    expect(traced.lists.again?.missing).toEqual(['C']);
  });

  it('names each step of the second trace by its own rule, with the first trace\u2019s facts', () => {
    for (const s of traced.schools) {
      const [first, second] = s.categories;
      expect(labels(second?.trace)).toEqual(['ШНОР (кластер)', 'две процедуры (кластер)', 'not', 'математика (кластер)']);
      expect(labels(first?.trace)).toEqual(['правило 1 или 2', 'две процедуры', 'not', 'математика']);
      expect(facts(second?.trace)).toEqual(facts(first?.trace));
      expect(second?.explanation?.ru).toContain('две процедуры (кластер)');
      expect(second?.explanation?.ru).not.toContain('две процедуры:');
    }
  });
});
