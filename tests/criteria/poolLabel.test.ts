// The name of a pool in explanations (issue #11): the school's own territory is named as such, not as
// a municipality (a dataset may group by province, as South Africa's quintiles do), and a cluster
// reads as a restriction of the pool, in both languages.
import { describe, expect, it } from 'vitest';
import { poolLabel } from '../../src/criteria/_lib/labels.js';
import type { Pool } from '../../src/criteria/schema.js';

const both = (p: Pool): [string, string] => [poolLabel(p, 'ru'), poolLabel(p, 'en')];

describe('poolLabel', () => {
  it('names each scope by what it groups', () => {
    expect(both({ scope: 'municipality' })).toEqual(['школ той же территории', 'schools of the same territory']);
    expect(both({ scope: 'region' })).toEqual(['школ региона', 'schools of the region']);
    expect(both({ scope: 'dataset' })).toEqual(['всех школ набора данных', 'all schools of the dataset']);
  });

  it('a cluster follows the scope as a restriction, its fields joined by «и» / "and"', () => {
    expect(both({ scope: 'region', sameAs: ['type'] })).toEqual(['школ региона — только того же вида', 'schools of the region, only those of the same type']);
    expect(both({ scope: 'municipality', sameAs: ['type', 'settlement', 'smallClass'] })).toEqual([
      'школ той же территории — только того же вида, в поселении того же типа и с тем же признаком малокомплектности',
      'schools of the same territory, only those of the same type, in the same kind of settlement and with the same small-school status',
    ]);
    expect(both({ scope: 'dataset', sameAs: ['settlement', 'settlement'] })).toEqual(['всех школ набора данных — только в поселении того же типа', 'all schools of the dataset, only those in the same kind of settlement']);
    expect(both({ scope: 'dataset', sameAs: [] })).toEqual(both({ scope: 'dataset' }));
  });

  it('the Russian name has no Latin letter and never says «муниципалитета»', () => {
    for (const scope of ['municipality', 'region', 'dataset'] as const) {
      for (const sameAs of [undefined, ['type'], ['type', 'settlement', 'smallClass']] as const) {
        const ru = poolLabel({ scope, ...(sameAs ? { sameAs: [...sameAs] } : {}) }, 'ru');
        expect(ru).not.toMatch(/[a-z]/i);
        expect(ru).not.toContain('муниципалитета');
      }
    }
  });
});
