import { describe, expect, it } from 'vitest';
import { type Rule, identify, parseMethodology } from '../../src/index.js';
import { dataset, row } from './helpers.js';

// A rule written again under other names whose parts carry no names of their own: the second trace
// keeps those parts' nodes as the first trace has them (one node, not a copy), and is, field for
// field and word for word, the trace the category gives when evaluated alone.

const results: Rule = {
  kind: 'results',
  select: { procedures: ['vpr'], subjects: ['math', 'russian'], unit: 'procedure+subject' },
  metric: 'belowMinimumShare',
  op: 'gte',
  value: 30,
  require: { mode: 'distinct', atLeast: 2, years: 1 },
};
const share: Rule = { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' }, op: 'gte', value: 30 };
const first = { kind: 'flag', id: 'shnor', name: { ru: 'ШНОР' }, rule: { kind: 'any', label: { ru: 'правило 1 или 2' }, rules: [results, { kind: 'not', rule: share }] } };
const again = { kind: 'flag', id: 'again', name: { ru: 'Кластер' }, rule: { kind: 'any', label: { ru: 'ШНОР (кластер)' }, rules: [results, { kind: 'not', rule: share }] } };
const header = { id: 'm', name: { ru: 'М' }, territories: ['mo'], validFrom: '2020-01-01' };
const ds = dataset({
  schools: ['A', 'B', 'C'],
  results: [row('A', 2024, 'vpr', 'math', 5, 8, 20), row('A', 2024, 'vpr', 'russian', 5, 9, 20), row('B', 2024, 'vpr', 'math', 5, 1, 20), row('C', 2024, 'vpr', 'russian', 5, 9, 20)],
});

describe('a rule written again under other names, its parts unnamed', () => {
  const both = identify(parseMethodology({ ...header, categories: [first, again] }), ds, 2024);
  const alone = identify(parseMethodology({ ...header, categories: [again] }), ds, 2024);

  it('is the trace and explanation of the category evaluated alone', () => {
    for (const [i, s] of both.schools.entries()) {
      const second = s.categories[1];
      const own = alone.schools[i]?.categories[0];
      expect(JSON.stringify(second)).toBe(JSON.stringify(own));
    }
  });

  it('shares the unnamed parts\u2019 nodes with the first trace', () => {
    for (const s of both.schools) {
      const [a, b] = s.categories;
      expect(b?.trace?.children?.[0]).toBe(a?.trace?.children?.[0]);
      expect(b?.trace).not.toBe(a?.trace);
    }
  });
});
