import { describe, expect, it } from 'vitest';
import { type Methodology, type Rule, explainTrace, identify, parseMethodology } from '../../src/index.js';
import { dataset, row } from './helpers.js';

const below = (label?: string): Rule => ({
  kind: 'threshold',
  measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'belowMinimumShare' },
  op: 'gte',
  value: 30,
  ...(label ? { label: { ru: label, en: label } } : {}),
});

const methodology = (rule: Rule): Methodology =>
  parseMethodology({
    id: 'm',
    name: { ru: 'Методика' },
    territories: ['mo'],
    validFrom: '2024-01-01',
    categories: [
      { kind: 'flag', id: 'shnor', name: { ru: 'ШНОР', en: 'ШНОР' }, rule },
      { kind: 'flag', id: 'shnsu', name: { ru: 'ШНСУ', en: 'ШНСУ' }, rule: { kind: 'threshold', measure: { kind: 'category', category: 'shnor' }, op: 'eq', value: 1 } },
    ],
  });

const ds = dataset({ schools: ['A', 'B'], results: [row('A', 2024, 'vpr', 'math', 5, 6, 20), row('B', 2024, 'vpr', 'math', 5, 2, 20)] });

describe('explanations written from the trace', () => {
  it('explainTrace gives the same words from a trace computed without explanations', () => {
    const m = methodology({ kind: 'all', label: { ru: 'правило А' }, rules: [below('не менее 30 % с «2»'), { kind: 'not', rule: below() }] });
    const withText = identify(m, ds, 2024);
    const without = identify(m, ds, 2024, { explain: false });
    const v = without.schools[0]?.categories[0];
    expect(v?.explanation).toBeUndefined();
    expect(v?.trace?.text).toBeUndefined();
    const lines = explainTrace(v?.trace as never, 'ru');
    const full = withText.schools[0]?.categories[0]?.explanation?.ru as string;
    // the explanation is the head line, the trace lines and the source line
    expect(full.split('\n').slice(1, -1).join('\n')).toBe(lines);
    expect(lines).toContain('правило А: все условия');
    expect(lines).toContain('не менее 30 % с «2»: доля участников ниже минимального порога (ВПР; математика) = 30 % (6 из 20) ≥ 30 % — выполнено');
    expect(explainTrace(v?.trace as never, 'en')).toContain('≥ 30 %: holds');
  });

  it('names a category by its name and a yes/no measure as «да»/«нет», with no internal code', () => {
    const r = identify(methodology(below()), ds, 2024);
    const text = r.schools[0]?.categories[1]?.explanation?.ru as string;
    expect(text).toContain('в перечне «ШНОР»: да (требуется: да) — выполнено');
    expect(text).not.toMatch(/shnor|procedure|include|ceil|floor/);
  });

  it('a measure of a category that does not apply to the school does not apply either, with its reason (was «missing» with nothing missing, and the explanation threw)', () => {
    // ШНОР applies only to schools with at least 10 participants: B has none of the rows, so ШНОР does not apply to B
    const scoped: Rule = { kind: 'scope', when: { kind: 'threshold', measure: { kind: 'result', procedures: ['vpr'], subjects: ['math'], metric: 'participants' }, op: 'gte', value: 10 }, rule: below(), reason: { ru: 'меньше 10 участников ВПР', en: 'fewer than 10 ВПР participants' } };
    const small = dataset({ schools: ['A', 'B'], results: [row('A', 2024, 'vpr', 'math', 5, 6, 20), row('B', 2024, 'vpr', 'math', 1, 2, 5)] });
    for (const explain of [true, false]) {
      const r = identify(methodology(scoped), small, 2024, { explain, trace: true });
      const b = r.schools.find((s) => s.schoolId === 'B');
      expect(b?.categories[0]?.outcome.status).toBe('not_applicable');
      expect(b?.categories[1]?.outcome.status).toBe('not_applicable');
      if (explain) {
        const text = b?.categories[1]?.explanation?.ru as string;
        expect(text).toContain('ШНСУ: не применимо');
        expect(text).toContain('действует с 1 января 2024 г.');
        expect(b?.categories[1]?.explanation?.en).toContain('in force from 1 January 2024');
      }
    }
  });

  it('an explanation grows linearly with the depth of nested rules', () => {
    const nest = (depth: number): Rule => {
      let r: Rule = below();
      for (let i = 0; i < depth; i++) r = { kind: 'not', rule: r };
      return r;
    };
    const size = (depth: number): number => (identify(methodology(nest(depth)), ds, 2024).schools[0]?.categories[0]?.explanation?.ru.length ?? 0);
    const a = size(40);
    const b = size(80);
    const c = size(160);
    // each level adds the same number of characters (the indent stops growing; no line repeats the text below it)
    expect(c - b).toBe(2 * (b - a));
    expect(b - a).toBeLessThan(40 * 120);
  });
});
